package io.github.sixps.formulation.server.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The known name closest to a mistyped one, for "did you mean" messages. */
public final class NearestName {
  private NearestName() {}

  /**
   * The candidate nearest to {@code typed} by edit distance, if one is near enough to be what was
   * meant: at most a third of its letters different, and at least one the same.
   *
   * @param typed what was given
   * @param candidates the names that exist
   * @return the nearest candidate, or empty when none is close
   */
  public static Optional<String> of(String typed, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String t = typed.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      int d = distance(t, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    if (best == null || bestDistance > Math.max(1, Math.max(t.length(), best.length()) / 3)) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
