package io.github.sixps.formulation.redact;

import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Decides whether a word that is both someone's name and an ordinary English word ("Park",
 * "Green", "Will", "Hope") is used, at one place in a sentence, as that person's name.
 *
 * <p>The evidence, strongest first: a title before it ("Mrs Green", "mr park", but not "miss")
 * makes it a name; lower case makes it an ordinary word ("the park"); a possessive after it
 * ("Rose's") makes it a name; a month or day with a date word or number by it ("in May") is the
 * date; "the" before it, a place word after it ("Park Road") or another capitalised word before
 * it ("Roundhay Park", but not "Nan Rose", "On Monday Will" or a sentence's first word) make it
 * part of the name of a place; in capitals throughout it is unsure; otherwise a capital inside a
 * sentence makes it a name. At the start of a sentence every word has a capital, so what follows
 * decides: "Will" or "May" starting a question is the verb; a plural noun and its verb ("Dawn
 * visits are hard") are ordinary words; a verb people do ("Will said"), another part of a name,
 * or a comma make it a name; "is", "was" and the like, or any verb in the present or past, make a
 * first name a name and leave a surname unsure; anything else ("Park the car", "Will you",
 * "Young people") leaves it an ordinary word. Unsure words are kept and reported for a person to
 * decide.
 *
 * <p>The rules are measured on a labelled corpus of everyday sentences ({@code NameCorpusTest}).
 */
final class NameUse {
  private NameUse() {}

  /** What a word is, where it stands. */
  enum Verdict {
    /** Used as the person's name: replace it. */
    NAME,
    /** An ordinary word: keep it. */
    WORD,
    /** Could be either: keep it and report it. */
    UNSURE
  }

  private static final String RESOURCE = "ordinary-words.txt";

  /** Lower-case words that are names and ordinary English words too. */
  static final ImmutableSet<String> ORDINARY = load();

  /** Verbs and adverbs that follow a person at the start of a sentence, and seldom a thing. */
  private static final ImmutableSet<String> PERSON_VERBS = ImmutableSet.of(
      "said", "says", "told", "tells", "asked", "asks", "wants", "wanted", "likes", "liked",
      "loves", "loved", "enjoys", "enjoyed", "feels", "felt", "went", "goes", "lives", "lived",
      "attends", "attended", "cried", "cries", "laughed", "laughs", "plays", "played", "walks",
      "walked", "came", "comes", "stayed", "stays", "misses", "missed", "sleeps", "slept",
      "worries", "worried", "needs", "needed", "shares", "shared", "talked", "talks", "got",
      "gets", "gave", "gives", "hopes", "hoped", "thinks", "thought", "knows", "knew", "helps",
      "helped", "drew", "draws", "wrote", "writes", "spoke", "speaks", "met", "meets", "visits",
      "visited", "rang", "phoned", "calls", "called", "explained", "explains", "agreed",
      "agrees", "struggles", "struggled", "finds", "found", "took", "takes", "brought", "brings",
      "picks", "picked", "collects", "collected", "looks", "looked", "smiled", "smiles",
      "became", "becomes", "started", "starts", "stopped", "tries", "tried", "reads", "read",
      "sees", "saw", "watches", "watched", "plans", "planned", "shows", "showed", "made",
      "makes", "keeps", "kept", "left", "leaves", "arrived", "arrives", "joined", "joins",
      "described", "describes", "mentioned", "reported", "reports", "remembers", "remembered",
      "often", "usually", "sometimes", "never", "always", "still", "also", "really", "rarely",
      "recently", "now", "then", "just", "chose", "ate", "ran", "sat", "sang", "won", "lost",
      "fell", "grew", "hid", "woke", "wore", "swam", "rode", "threw", "broke", "forgot",
      "bought", "caught", "heard", "held", "hit", "hurt", "paid", "put", "sent", "stood", "rose",
      "cooks", "cooked", "grows", "noticed", "listened", "asked", "loses", "sings", "dances",
      "runs", "swims", "rides", "eats", "cares", "checked", "checks", "wrote", "signed", "chaired",
      "runs", "uses", "used", "weighed", "works", "worked", "joins", "painted", "lives");

  /** Words after which a first name at the start of a sentence is still a name. */
  private static final ImmutableSet<String> AUXILIARIES = ImmutableSet.of(
      "is", "was", "can", "could", "will", "would", "does", "did", "may", "might", "must",
      "should", "seems", "seemed", "has", "had", "isn't", "wasn't", "hasn't", "hadn't", "doesn't", "didn't",
      "can't", "won't", "wouldn't", "couldn't", "and", "or");

  /** Capitalised words that make the word before them part of the name of a place. */
  private static final ImmutableSet<String> PLACE_WORDS = ImmutableSet.of(
      "road", "street", "lane", "park", "avenue", "close", "drive", "way", "hill", "green",
      "primary", "school", "academy", "surgery", "centre", "center", "court", "gardens",
      "estate", "farm", "house", "library", "church", "hall", "rise", "view", "terrace",
      "crescent", "square", "place", "grove", "wood", "woods", "common", "field", "fields",
      "leisure", "sports", "medical", "health", "nursery", "college", "station", "market",
      "bridge", "brook", "row", "mews", "walk", "vale", "end", "infants", "juniors", "high",
      "community", "practice", "clinic", "hospital", "ward", "unit",
      "club", "pub", "inn", "arms", "tavern", "cafe", "café", "shop", "stores", "mosque",
      "temple", "gurdwara", "chapel", "cathedral", "village", "town", "city", "heights",
      "park's", "road's", "street", "parade", "quay", "wharf", "dock", "avenue's");

  /** Months and days, which are names of people too; with a date around them they are dates. */
  private static final ImmutableSet<String> CALENDAR = ImmutableSet.of(
      "april", "may", "june", "august", "sunday");

  private static final ImmutableSet<String> DATE_WORDS = ImmutableSet.of(
      "in", "on", "by", "since", "until", "till", "from", "of", "during", "last", "next",
      "this", "early", "late", "mid", "before", "after", "end", "start", "beginning");

  private static final ImmutableSet<String> ARTICLES = ImmutableSet.of("the", "a", "an");

  /** What a family calls its own: "Nan Rose", "Uncle Will" are names, though two capitals. */
  private static final ImmutableSet<String> KIN = ImmutableSet.of(
      "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa",
      "auntie", "aunty", "aunt", "uncle", "mum", "mummy", "mam", "mom", "dad", "daddy", "cousin",
      "sister", "brother", "baby", "little", "big", "baba", "mama", "papa", "dear");

  /** Verbs that start a question: "Will you ...?", "May we ...?". */
  private static final ImmutableSet<String> MODALS = ImmutableSet.of("will", "may", "can");

  /** Verbs after a plural subject: "Dawn visits are hard" is about visits, not Dawn. */
  private static final ImmutableSet<String> PLURAL_VERBS = ImmutableSet.of(
      "are", "were", "have", "need", "make", "help", "seem", "go", "come", "take");

  /** {@return whether the word, in any case, is a name that is also an ordinary word} */
  static boolean ordinary(String word) {
    return ORDINARY.contains(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
  }

  /**
   * How the ordinary-word name at {@code [start, end)} of {@code text} is used.
   *
   * @param titled whether a title stands just before it in the match
   * @param given whether the word is someone's first name, which people use alone at the start
   *     of a sentence far more often than a surname
   * @param isName whether another word is a part of someone's name
   */
  static Verdict of(String text, int start, int end, boolean titled, boolean given,
      Predicate<String> isName) {
    String word = text.substring(start, end);
    int first = word.codePointAt(0);
    if (titled) {
      return Verdict.NAME;
    }
    if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) {
      return Verdict.WORD;
    }
    boolean allCaps = word.codePointCount(0, word.length()) > 1
        && word.codePoints().noneMatch(Character::isLowerCase);
    String after = text.substring(end);
    boolean possessive = after.matches("(?s)^['\u2019][sS](?![\\p{L}\\p{N}]).*");
    String next = nextWord(text, end);
    String previous = previousWord(text, start);
    String nextLower = next.toLowerCase(Locale.ROOT);
    String previousLower = previous.toLowerCase(Locale.ROOT);
    if (CALENDAR.contains(word.toLowerCase(Locale.ROOT))
        && (DATE_WORDS.contains(previousLower) || previous.matches("\\d+(st|nd|rd|th)?")
            || next.matches("\\d.*"))) {
      return Verdict.WORD;
    }
    if (possessive) {
      return Verdict.NAME;
    }
    if (ARTICLES.contains(previousLower) && !sentenceStart(text, start)) {
      return Verdict.WORD;
    }
    if (capitalised(next) && PLACE_WORDS.contains(nextLower) && !isName.test(next)) {
      return Verdict.WORD;
    }
    boolean atStart = sentenceStart(text, start);
    if (!atStart && capitalised(previous) && !isName.test(previous)
        && !NameMatcher.TITLES.contains(previousLower) && !KIN.contains(previousLower)
        && !Leftovers.COMMON.contains(previous) && adjacent(text, start)
        && !sentenceStart(text, text.lastIndexOf(previous, start - 1))) {
      // "Roundhay Park": a capitalised word before it, not one that has a capital only because
      // it starts the sentence ("When Hope is tired") nor a day ("On Monday Will refused").
      return Verdict.WORD;
    }
    if (allCaps) {
      return Verdict.UNSURE;
    }
    if (!atStart) {
      return Verdict.NAME;
    }
    String sentence = text.substring(start).split("(?<=[.!?])\\s", 2)[0].strip();
    if (MODALS.contains(word.toLowerCase(Locale.ROOT)) && sentence.endsWith("?")) {
      return Verdict.WORD;
    }
    if (next.endsWith("s") && PLURAL_VERBS.contains(
        nextWord(text, nextWordEnd(text, end)).toLowerCase(Locale.ROOT))) {
      return Verdict.WORD;
    }
    if (capitalised(next) && isName.test(next) || after.matches("(?s)^\\s*,.*")
        || PERSON_VERBS.contains(nextLower)) {
      return Verdict.NAME;
    }
    // A first name then a verb in the present or past ("Rose grows", "Joy noticed").
    if (given && nextLower.matches("\\p{Ll}{2,}(?<!s)(?:s|ed)")) {
      return Verdict.NAME;
    }
    if (AUXILIARIES.contains(nextLower)) {
      return given ? Verdict.NAME : Verdict.UNSURE;
    }
    return Verdict.WORD;
  }

  /** Whether only spaces and opening marks lie between the last sentence end and here. */
  static boolean sentenceStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2026') {
        return true;
      }
      if (!(Character.isWhitespace(c) || "\"'\u201C\u2018([*_-\u2013\u2014\u2022>#".indexOf(c)
          >= 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  /** Whether only spaces lie between the word before and this one: no comma, no stop. */
  private static boolean adjacent(String text, int start) {
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && i < start - 1 && isWordChar(text.codePointBefore(i + 1));
  }

  /** The word after {@code end}, past spaces only; empty at punctuation or the end. */
  private static String nextWord(String text, int end) {
    return text.substring(nextWordStart(text, end), nextWordEnd(text, end));
  }

  private static int nextWordStart(String text, int end) {
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where the word after {@code end} ends. */
  private static int nextWordEnd(String text, int end) {
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    while (i < text.length() && (isWordChar(text.codePointAt(i))
        || (text.charAt(i) == '\'' || text.charAt(i) == '\u2019') && i + 1 < text.length()
            && Character.isLetter(text.charAt(i + 1)))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  /** The word before {@code start}, past spaces only; empty at punctuation or the start. */
  private static String previousWord(String text, int start) {
    int i = start;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    int to = i;
    while (i > 0 && isWordChar(text.codePointBefore(i))) {
      i -= Character.charCount(text.codePointBefore(i));
    }
    return text.substring(i, to);
  }

  static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
  }

  private static ImmutableSet<String> load() {
    InputStream in = NameUse.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the word list " + RESOURCE + " is missing from the jar");
    }
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the word list " + RESOURCE, e);
    }
    return words.build();
  }
}
