package io.github.sixps.formulation.prioritise;

import com.google.common.primitives.Ints;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.Priority;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One perpetuating factor as the method sees it before ranks are given out: where it sits in the
 * file, what it was rated, how many presenting issues it keeps going, its band and its score.
 *
 * @param position its index among the perpetuating factors, in file order
 * @param score empty exactly when the band is {@link Band#UNSCORED}
 */
record Assessment(
    int position, Factor factor, Priority priority, int reach, Band band,
    Optional<Integer> score) {

  /**
   * Unpinned factors in rank order: band, then higher score, then higher reach, then earlier in
   * the file. Unscored factors skip score and reach, so they stay in the order written. Position
   * is unique, so no two factors ever compare equal and the order never depends on the sort.
   */
  static final Comparator<Assessment> ORDER = Comparator.comparing(Assessment::band)
      .thenComparing(Comparator.comparingInt(Assessment::scoreForOrder).reversed())
      .thenComparing(Comparator.comparingInt(Assessment::reachForOrder).reversed())
      .thenComparingInt(Assessment::position);

  static Assessment of(int position, Factor factor, Set<String> presentingIds, Weights weights,
      int safetyThreshold) {
    Priority priority = factor.priority().orElse(Priority.none());
    int reach = reach(factor, presentingIds);
    if (priority.isUnrated()) {
      return new Assessment(position, factor, priority, reach, Band.UNSCORED, Optional.empty());
    }
    // Long, so that no weights and no number of presenting issues can wrap round to negative.
    long sum = (long) weights.reachPerIssue() * reach;
    for (Criterion c : Criterion.values()) {
      sum += (long) c.weight(weights) * c.counted(priority).orElse(0);
    }
    boolean urgent = Criterion.URGENCY.counted(priority).orElse(0) >= safetyThreshold;
    return new Assessment(position, factor, priority, reach,
        urgent ? Band.SAFETY_FIRST : Band.SCORED, Optional.of(Ints.saturatedCast(sum)));
  }

  /**
   * The distinct presenting issues in the factor's {@code explains} that exist in the
   * formulation: a reference to nothing, or to something that is not a presenting issue, is a
   * drafting slip for the validator, not a reason to rank a factor higher.
   */
  private static int reach(Factor factor, Set<String> presentingIds) {
    Set<String> counted = new HashSet<>();
    for (String id : factor.explains()) {
      if (presentingIds.contains(id)) {
        counted.add(id);
      }
    }
    return counted.size();
  }

  boolean pinned() {
    return priority.pin().isPresent();
  }

  private int scoreForOrder() {
    return band == Band.UNSCORED ? 0 : score.orElseThrow();
  }

  private int reachForOrder() {
    return band == Band.UNSCORED ? 0 : reach;
  }
}
