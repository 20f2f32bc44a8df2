package io.github.sixps.formulation.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the known word closest to a misspelt one, for "did you mean" hints in messages about
 * keys, enumerated values and references.
 */
public final class NearestMatch {
  private NearestMatch() {}

  /**
   * The candidate closest to {@code input}, if one is close enough to be a likely misspelling:
   * differing only in case, spaces or underscores, or within an edit distance of about a third of
   * its length (at least 1, at most 3).
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
      int d = distance.apply(wanted, normalise(candidate));
      if (d >= 0 && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String normalise(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
  }
}
