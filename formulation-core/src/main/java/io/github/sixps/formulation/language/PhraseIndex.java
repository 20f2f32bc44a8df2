package io.github.sixps.formulation.language;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A lexicon compiled for matching: a tree of phrases, one word per step, and a table from every
 * written form of every lexicon word to the steps it can take.
 *
 * <p>Matching reads each word of the text once, looks its forms up in a hash table and walks the
 * tree from there for at most as many words as the longest phrase, so it takes time in proportion
 * to the length of the text whatever the size of the lexicon. A regular expression per entry would
 * take time in proportion to both. From each word the walk may go on to the next word, or step
 * over an aside ({@code failed, despite reminders, to attend}); where an entry ends, its
 * {@link Context} is checked against the words around the match before the match counts.
 *
 * <p>Immutable once built: the tree and tables are filled in the constructor and only read after,
 * and final fields publish them safely to other threads.
 */
final class PhraseIndex {
  /** Separates a step's role from its word; a character no text key contains. */
  private static final char ROLE = '\u0000';

  /** An acronym's word, matched exactly or in capitals. */
  private static final String EXACT = "A";
  /** The first word of a jargon or deficit phrase, matched in all its forms. */
  private static final String VERB = "V";
  /** A later word of a jargon or deficit phrase, matched in its plural and possessive forms. */
  private static final String NOUN = "N";

  /** Hyphens joined up in a phrase are also tried written solid, up to this many. */
  private static final int MAX_JOINED_HYPHENS = 4;

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    /** The entries that end here, earliest in the lexicon first. */
    final List<LexiconEntry> entries = new ArrayList<>(1);
    final List<Integer> ranks = new ArrayList<>(1);
  }

  /** The best match found so far from one starting word. */
  private static final class Best {
    LexiconEntry entry;
    int rank;
    int last = -1;
  }

  private final Node root = new Node();
  /** Forms of acronyms, as written, to the steps they can take. */
  private final ImmutableMap<String, ImmutableSet<String>> exactForms;
  /** Forms of other words, in lower case, to the steps they can take. */
  private final ImmutableMap<String, ImmutableSet<String>> foldedForms;

  PhraseIndex(List<LexiconEntry> entries) {
    Map<String, Set<String>> exact = new HashMap<>();
    Map<String, Set<String>> folded = new HashMap<>();
    for (int rank = 0; rank < entries.size(); rank++) {
      LexiconEntry entry = entries.get(rank);
      for (List<Part> path : paths(entry.phrase())) {
        Node node = root;
        for (int k = 0; k < path.size(); k++) {
          boolean everyForm = entry.forms() == PhraseForms.ALL && path.get(k).leading();
          String step = addStep(entry.kind(), path.get(k).key(), everyForm, exact, folded);
          node = node.next.computeIfAbsent(step, s -> new Node());
        }
        // Two entries can reach the same words (non-compliant, non compliant): the earlier one
        // is tried first, and a later one only where the earlier one's context does not hold.
        if (!node.entries.contains(entry)) {
          node.entries.add(entry);
          node.ranks.add(rank);
        }
      }
    }
    exactForms = freeze(exact);
    foldedForms = freeze(folded);
  }

  /**
   * The entries found in {@code text}, in order and without overlaps: reading from the start, at
   * each word the longest phrase that starts there and whose context holds wins, and the search
   * goes on after it.
   */
  ImmutableList<LanguageIssue> find(String text) {
    Words words = Words.of(text);
    ImmutableList.Builder<LanguageIssue> issues = ImmutableList.builder();
    int n = words.size();
    Best best = new Best();
    int i = 0;
    while (i < n) {
      best.entry = null;
      best.last = -1;
      walk(words, i, root, i, best);
      if (best.entry == null) {
        i++;
      } else {
        int start = words.start(i);
        int end = words.end(best.last);
        issues.add(new LanguageIssue(best.entry, text.substring(start, end), start, end));
        i = best.last + 1;
      }
    }
    return issues.build();
  }

  /**
   * Takes word {@code j} as the next word of a phrase begun at word {@code first} and now at
   * {@code node}, recording in {@code best} any entry that ends there, and walks on.
   */
  private void walk(Words words, int first, Node node, int j, Best best) {
    String key = words.key(j);
    ImmutableSet<String> exactSteps = exactForms.get(key);
    ImmutableSet<String> foldedSteps = foldedForms.get(key.toLowerCase(Locale.ROOT));
    if (exactSteps == null && foldedSteps == null) {
      return;
    }
    step(words, first, node, j, exactSteps, best);
    step(words, first, node, j, foldedSteps, best);
  }

  private void step(Words words, int first, Node node, int j, ImmutableSet<String> steps,
      Best best) {
    if (steps == null) {
      return;
    }
    for (String step : steps) {
      Node next = node.next.get(step);
      if (next == null) {
        continue;
      }
      for (int e = 0; e < next.entries.size(); e++) {
        int rank = next.ranks.get(e);
        boolean better = j > best.last || (j == best.last && rank < best.rank);
        if (better && next.entries.get(e).context().holds(words, first, j)) {
          best.entry = next.entries.get(e);
          best.rank = rank;
          best.last = j;
          break;
        }
      }
      if (!next.next.isEmpty()) {
        for (int k : words.next(j)) {
          if (k >= 0) {
            walk(words, first, next, k, best);
          }
        }
      }
    }
  }

  /**
   * Records the forms of one phrase word and returns the step they lead to; {@code everyForm}
   * for a word found in all its forms, as a verb.
   */
  private static String addStep(LexiconKind kind, String word, boolean everyForm,
      Map<String, Set<String>> exact, Map<String, Set<String>> folded) {
    if (kind == LexiconKind.ACRONYM) {
      String step = EXACT + ROLE + word;
      String capitals = word.toUpperCase(Locale.ROOT);
      for (String spelling : new LinkedHashSet<>(List.of(word, capitals))) {
        for (String form : List.of(spelling, spelling + "s", spelling + "'s")) {
          exact.computeIfAbsent(form, f -> new LinkedHashSet<>()).add(step);
        }
      }
      return step;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String step = (everyForm ? VERB : NOUN) + ROLE + lower;
    Set<String> forms = everyForm ? WordForms.verbForms(lower) : WordForms.nounForms(lower);
    for (String form : forms) {
      folded.computeIfAbsent(form, f -> new LinkedHashSet<>()).add(step);
    }
    return step;
  }

  /**
   * One word of a way to write a phrase; {@code leading} if it is the first word, or joined to
   * it by hyphens ({@code co-operate}), and so is inflected when the phrase is.
   */
  private record Part(String key, boolean leading) {}

  /**
   * The word sequences a phrase can be written as: its words, and the same with hyphenated
   * parts written solid ({@code non-compliant} also as {@code noncompliant}).
   */
  private static List<List<Part>> paths(String phrase) {
    Words words = Words.of(phrase);
    List<String> keys = new ArrayList<>();
    List<Integer> hyphens = new ArrayList<>();
    int leading = 1;
    for (int k = 0; k < words.size(); k++) {
      keys.add(words.key(k));
      if (k > 0 && isHyphensOnly(phrase, words.end(k - 1), words.start(k))) {
        hyphens.add(k);
        if (leading == k) {
          leading = k + 1;
        }
      }
    }
    int joinable = Math.min(hyphens.size(), MAX_JOINED_HYPHENS);
    List<List<Part>> paths = new ArrayList<>();
    for (int mask = 0; mask < (1 << joinable); mask++) {
      List<Part> path = new ArrayList<>();
      for (int k = 0; k < keys.size(); k++) {
        int h = hyphens.indexOf(k);
        if (h >= 0 && h < joinable && (mask & (1 << h)) != 0) {
          Part joined = path.get(path.size() - 1);
          path.set(path.size() - 1, new Part(joined.key() + keys.get(k), joined.leading()));
        } else {
          path.add(new Part(keys.get(k), k < leading));
        }
      }
      paths.add(path);
    }
    return paths;
  }

  private static boolean isHyphensOnly(String text, int from, int to) {
    if (from == to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Words.isHyphen(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static ImmutableMap<String, ImmutableSet<String>> freeze(Map<String, Set<String>> m) {
    ImmutableMap.Builder<String, ImmutableSet<String>> b = ImmutableMap.builder();
    m.forEach((form, steps) -> b.put(form, ImmutableSet.copyOf(steps)));
    return b.buildOrThrow();
  }
}
