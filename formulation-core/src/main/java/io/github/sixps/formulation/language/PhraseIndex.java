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
 * take time in proportion to both.
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
    LexiconEntry entry;
    int rank;
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
      for (List<String> path : paths(entry.phrase())) {
        Node node = root;
        for (int k = 0; k < path.size(); k++) {
          String step = addStep(entry.kind(), path.get(k), k == 0, exact, folded);
          node = node.next.computeIfAbsent(step, s -> new Node());
        }
        // Two entries can reach the same words (non-compliant, non compliant): the first wins.
        if (node.entry == null) {
          node.entry = entry;
          node.rank = rank;
        }
      }
    }
    exactForms = freeze(exact);
    foldedForms = freeze(folded);
  }

  /**
   * The entries found in {@code text}, in order and without overlaps: reading from the start, at
   * each word the longest phrase that starts there wins, and the search goes on after it.
   */
  ImmutableList<LanguageIssue> find(String text) {
    Words words = Words.of(text);
    ImmutableList.Builder<LanguageIssue> issues = ImmutableList.builder();
    List<Node> states = new ArrayList<>();
    List<Node> nextStates = new ArrayList<>();
    int n = words.size();
    int i = 0;
    while (i < n) {
      states.clear();
      states.add(root);
      Node best = null;
      int bestLast = -1;
      for (int j = i; j < n && !states.isEmpty(); j++) {
        if (j > i && !words.followsOn(j)) {
          break;
        }
        String key = words.key(j);
        ImmutableSet<String> exactSteps = exactForms.get(key);
        ImmutableSet<String> foldedSteps = foldedForms.get(key.toLowerCase(Locale.ROOT));
        nextStates.clear();
        Node found = null;
        for (Node state : states) {
          found = step(state, exactSteps, nextStates, found);
          found = step(state, foldedSteps, nextStates, found);
        }
        if (found != null) {
          best = found;
          bestLast = j;
        }
        List<Node> swap = states;
        states = nextStates;
        nextStates = swap;
      }
      if (best == null) {
        i++;
      } else {
        int start = words.start(i);
        int end = words.end(bestLast);
        issues.add(new LanguageIssue(best.entry, text.substring(start, end), start, end));
        i = bestLast + 1;
      }
    }
    return issues.build();
  }

  /**
   * Takes every step in {@code steps} from {@code state}, adding where they lead to {@code into};
   * returns whichever of {@code found} and the new places that end an entry comes first in the
   * lexicon.
   */
  private static Node step(Node state, ImmutableSet<String> steps, List<Node> into, Node found) {
    if (steps == null) {
      return found;
    }
    for (String step : steps) {
      Node next = state.next.get(step);
      if (next != null) {
        into.add(next);
        if (next.entry != null && (found == null || next.rank < found.rank)) {
          found = next;
        }
      }
    }
    return found;
  }

  /** Records the forms of one phrase word and returns the step they lead to. */
  private static String addStep(LexiconKind kind, String word, boolean first,
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
    String step = (first ? VERB : NOUN) + ROLE + lower;
    Set<String> forms = first ? WordForms.verbForms(lower) : WordForms.nounForms(lower);
    for (String form : forms) {
      folded.computeIfAbsent(form, f -> new LinkedHashSet<>()).add(step);
    }
    return step;
  }

  /**
   * The word sequences a phrase can be written as: its words, and the same with hyphenated
   * parts written solid ({@code non-compliant} also as {@code noncompliant}).
   */
  private static List<List<String>> paths(String phrase) {
    Words words = Words.of(phrase);
    List<String> keys = new ArrayList<>();
    List<Integer> hyphens = new ArrayList<>();
    for (int k = 0; k < words.size(); k++) {
      keys.add(words.key(k));
      if (k > 0 && isHyphensOnly(phrase, words.end(k - 1), words.start(k))) {
        hyphens.add(k);
      }
    }
    int joinable = Math.min(hyphens.size(), MAX_JOINED_HYPHENS);
    List<List<String>> paths = new ArrayList<>();
    for (int mask = 0; mask < (1 << joinable); mask++) {
      List<String> path = new ArrayList<>();
      for (int k = 0; k < keys.size(); k++) {
        int h = hyphens.indexOf(k);
        if (h >= 0 && h < joinable && (mask & (1 << h)) != 0) {
          path.set(path.size() - 1, path.get(path.size() - 1) + keys.get(k));
        } else {
          path.add(keys.get(k));
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
