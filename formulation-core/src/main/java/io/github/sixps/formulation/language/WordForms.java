package io.github.sixps.formulation.language;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The written forms of a lexicon word that should match it, generated from the word as the
 * lexicon spells it.
 *
 * <p>Forms are generated forwards from the written word, never by stripping endings from the
 * text: a lexicon that says {@code looked after child} finds {@code looked after children} but
 * not {@code looking after children}, which is plain English. Over-generation is harmless (no
 * text says {@code engagemented}), so the spelling rules are simple and err towards more forms.
 *
 * <p>All forms are lower case; callers compare them with lower-cased text.
 */
final class WordForms {
  private WordForms() {}

  /** Verbs whose forms the regular rules cannot make; any member of a group stands for all. */
  private static final ImmutableList<List<String>> IRREGULAR_VERBS = ImmutableList.of(
      List.of("be", "am", "is", "are", "was", "were", "been", "being"),
      List.of("have", "has", "had", "having"),
      List.of("do", "does", "did", "done", "doing"),
      List.of("go", "goes", "went", "gone", "going"),
      List.of("get", "gets", "got", "gotten", "getting"),
      List.of("make", "makes", "made", "making"),
      List.of("take", "takes", "took", "taken", "taking"),
      List.of("put", "puts", "putting"),
      List.of("run", "runs", "ran", "running"),
      List.of("keep", "keeps", "kept", "keeping"),
      List.of("fall", "falls", "fell", "fallen", "falling"),
      List.of("come", "comes", "came", "coming"),
      List.of("give", "gives", "gave", "given", "giving"),
      List.of("seek", "seeks", "sought", "seeking"),
      List.of("break", "breaks", "broke", "broken", "breaking"),
      List.of("show", "shows", "showed", "shown", "showing"),
      List.of("choose", "chooses", "chose", "chosen", "choosing"),
      List.of("feel", "feels", "felt", "feeling"),
      List.of("find", "finds", "found", "finding"),
      List.of("think", "thinks", "thought", "thinking"),
      List.of("know", "knows", "knew", "known", "knowing"),
      List.of("see", "sees", "saw", "seen", "seeing"),
      List.of("say", "says", "said", "saying"),
      List.of("tell", "tells", "told", "telling"),
      List.of("leave", "leaves", "left", "leaving"),
      List.of("let", "lets", "letting"),
      List.of("bring", "brings", "brought", "bringing"),
      List.of("hold", "holds", "held", "holding"),
      List.of("lose", "loses", "lost", "losing"),
      List.of("meet", "meets", "met", "meeting"),
      List.of("speak", "speaks", "spoke", "spoken", "speaking"),
      List.of("drive", "drives", "drove", "driven", "driving"),
      List.of("write", "writes", "wrote", "written", "writing"),
      List.of("drink", "drinks", "drank", "drunk", "drinking"),
      List.of("hide", "hides", "hid", "hidden", "hiding"),
      List.of("throw", "throws", "threw", "thrown", "throwing"),
      List.of("begin", "begins", "began", "begun", "beginning"),
      List.of("become", "becomes", "became", "becoming"),
      List.of("stand", "stands", "stood", "standing"),
      List.of("understand", "understands", "understood", "understanding"),
      List.of("sleep", "sleeps", "slept", "sleeping"),
      List.of("spend", "spends", "spent", "spending"),
      List.of("send", "sends", "sent", "sending"),
      List.of("pay", "pays", "paid", "paying"),
      List.of("hurt", "hurts", "hurting"),
      List.of("hit", "hits", "hitting"),
      List.of("steal", "steals", "stole", "stolen", "stealing"),
      List.of("wake", "wakes", "woke", "woken", "waking"));

  /**
   * Past participles, which at the start of a phrase describe the next word rather than act:
   * "broken home" must not find "short breaks home". They stand only for themselves.
   */
  private static final ImmutableSet<String> PARTICIPLES = ImmutableSet.of(
      "been", "done", "gone", "gotten", "taken", "fallen", "given", "broken", "shown", "chosen",
      "known", "seen", "spoken", "driven", "written", "drunk", "hidden", "thrown", "begun",
      "stolen", "woken");

  /** Nouns with irregular plurals, as singular to plural. */
  private static final ImmutableMap<String, String> IRREGULAR_PLURALS = ImmutableMap.of(
      "child", "children",
      "person", "people",
      "man", "men",
      "woman", "women");

  /**
   * Words that stand for each other wherever they appear, so that one entry written about a girl
   * also finds the same words written about a boy or a young person who uses they.
   */
  private static final ImmutableList<List<String>> INTERCHANGEABLE = ImmutableList.of(
      List.of("herself", "himself", "themselves", "themself", "yourself"));

  /**
   * The forms of a word that is not the verb of its phrase: the word itself, its plural and its
   * possessive ({@code concern, concerns, concern's}).
   */
  static Set<String> nounForms(String word) {
    Set<String> forms = new LinkedHashSet<>();
    for (String spelling : spellings(word)) {
      addNounForms(spelling, forms);
    }
    addInterchangeable(word, forms);
    return forms;
  }

  /**
   * The forms of a word that may be the verb of its phrase: the noun forms plus {@code -s},
   * {@code -ed} and {@code -ing}, and the irregular forms of the common verbs
   * ({@code fail, fails, failed, failing}; {@code did, do, does, done, doing}).
   */
  static Set<String> verbForms(String word) {
    Set<String> forms = new LinkedHashSet<>();
    for (String spelling : spellings(word)) {
      addNounForms(spelling, forms);
      forms.add(pastTense(spelling));
      forms.add(presentParticiple(spelling));
      if (doublesFinalConsonant(spelling)) {
        String doubled = spelling + spelling.charAt(spelling.length() - 1);
        forms.add(doubled + "ed");
        forms.add(doubled + "ing");
      }
    }
    for (List<String> group : IRREGULAR_VERBS) {
      if (group.contains(word) && !PARTICIPLES.contains(word)) {
        forms.addAll(group);
      }
    }
    addInterchangeable(word, forms);
    return forms;
  }

  /**
   * The forms of a word in a context pattern ({@link Neighbours}). A word of three letters or
   * more is found in all its {@linkplain #verbForms verb forms}; a shorter one only as written, so
   * that {@code a} does not find {@code as}, nor {@code us} find {@code uses}; but a form of a
   * common irregular verb ({@code is}, {@code do}, {@code go}) finds all the others.
   */
  static Set<String> patternForms(String word) {
    if (word.length() > 2) {
      return verbForms(word);
    }
    Set<String> forms = new LinkedHashSet<>();
    forms.add(word);
    for (List<String> group : IRREGULAR_VERBS) {
      if (group.contains(word)) {
        forms.addAll(group);
      }
    }
    return forms;
  }

  /** The word and its other spelling where British and American English differ. */
  private static Set<String> spellings(String word) {
    Set<String> spellings = new LinkedHashSet<>();
    spellings.add(word);
    if (word.endsWith("ise")) {
      spellings.add(word.substring(0, word.length() - 3) + "ize");
    }
    if (word.contains("isation")) {
      spellings.add(word.replace("isation", "ization"));
    }
    if (word.contains("iour")) {
      spellings.add(word.replace("iour", "ior"));
    }
    if (word.endsWith("tre")) {
      spellings.add(word.substring(0, word.length() - 3) + "ter");
    }
    return spellings;
  }

  private static void addNounForms(String word, Set<String> forms) {
    forms.add(word);
    String plural = IRREGULAR_PLURALS.getOrDefault(word, plural(word));
    forms.add(plural);
    forms.add(word + "'s");
    if (!plural.endsWith("s")) {
      forms.add(plural + "'s");
    }
  }

  private static void addInterchangeable(String word, Set<String> forms) {
    for (List<String> group : INTERCHANGEABLE) {
      if (group.contains(word)) {
        forms.addAll(group);
      }
    }
  }

  /** The plural of a noun, which is also the third person of a verb: fails, wishes, agencies. */
  static String plural(String word) {
    if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z")
        || word.endsWith("ch") || word.endsWith("sh")) {
      return word + "es";
    }
    if (endsWithConsonantY(word)) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    return word + "s";
  }

  private static String pastTense(String word) {
    if (word.endsWith("e")) {
      return word + "d";
    }
    if (endsWithConsonantY(word)) {
      return word.substring(0, word.length() - 1) + "ied";
    }
    return word + "ed";
  }

  private static String presentParticiple(String word) {
    if (word.endsWith("ie")) {
      return word.substring(0, word.length() - 2) + "ying";
    }
    if (word.endsWith("e") && word.length() > 2
        && !word.endsWith("ee") && !word.endsWith("ye") && !word.endsWith("oe")) {
      return word.substring(0, word.length() - 1) + "ing";
    }
    return word + "ing";
  }

  /**
   * Whether the word ends consonant, vowel, consonant and so may double its last letter before
   * {@code -ed} and {@code -ing} (step, stepped). Whether it does depends on stress, which
   * spelling cannot tell, so both forms are generated: targeted and targetted alike.
   */
  private static boolean doublesFinalConsonant(String word) {
    int n = word.length();
    if (n < 3) {
      return false;
    }
    char last = word.charAt(n - 1);
    return isConsonant(last) && last != 'w' && last != 'x' && last != 'y'
        && isVowel(word.charAt(n - 2))
        && isConsonant(word.charAt(n - 3));
  }

  private static boolean endsWithConsonantY(String word) {
    int n = word.length();
    return n >= 2 && word.charAt(n - 1) == 'y' && isConsonant(word.charAt(n - 2));
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean isConsonant(char c) {
    return c >= 'a' && c <= 'z' && !isVowel(c);
  }
}
