package io.github.sixps.formulation.spelling;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the known word closest to a misspelt one, for "did you mean" hints in messages about
 * keys, enumerated values and references.
 *
 * <pre>{@code
 * NearestMatch.among("nmae", List.of("id", "name", "role"));   // Optional[name]
 * NearestMatch.among("colour", List.of("id", "name", "role")); // Optional.empty
 * }</pre>
 */
public final class NearestMatch {
  private NearestMatch() {}

  /**
   * The candidate closest to {@code input}, if one is close enough to be a likely misspelling:
   * differing only in case, spaces or underscores, or within an edit distance of about a third of
   * its length (at least 1, at most 3), where swapping two neighbouring letters counts as one edit.
   *
   * @param input the word as written, such as {@code nmae}
   * @param candidates the known words, such as the keys an object may have
   * @return the closest candidate other than the input itself, or empty if none is close
   */
  public static Optional<String> among(String input, Collection<String> candidates) {
    String wanted = normalise(input);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    int limit = Math.max(1, Math.min(3, wanted.length() / 3));
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(input)) {
        continue;
      }
      String known = normalise(candidate);
      int d = swapsTwoNeighbours(wanted, known) ? 1 : distance.apply(wanted, known);
      if (d >= 0 && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether {@code b} is {@code a} with one pair of neighbouring letters swapped: nmae, name. */
  private static boolean swapsTwoNeighbours(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i + 1 < a.length()
        && a.charAt(i) == b.charAt(i + 1)
        && a.charAt(i + 1) == b.charAt(i)
        && a.substring(i + 2).equals(b.substring(i + 2));
  }

  private static String normalise(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
  }
}
