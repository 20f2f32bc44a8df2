package io.github.sixps.formulation.prioritise;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.sixps.formulation.model.Factor;
import java.util.Optional;

/**
 * One perpetuating factor with its place in a {@link Ranking}.
 *
 * @param factor the factor as it is in the formulation
 * @param rank its place, from 1
 * @param band the group the method put it in, from its ratings; kept for a pinned factor too
 * @param score its weighted score; empty exactly when the band is {@link Band#UNSCORED}
 * @param reach how many of the formulation's presenting issues it keeps going
 * @param pinned whether a practitioner set its rank by hand
 * @param explanation why it is where it is, in plain English, such as {@code "2nd: keeps 2
 *     presenting issues going; impact 4 of 5; ..."}
 */
public record RankedFactor(
    Factor factor, int rank, Band band, Optional<Integer> score, int reach, boolean pinned,
    String explanation) {

  /**
   * Checks that no argument is null, that rank and reach make sense and score fits band.
   *
   * @param factor the factor as it is in the formulation
   * @param rank its place, from 1
   * @param band the group the method put it in, from its ratings; kept for a pinned factor too
   * @param score its weighted score; empty exactly when the band is {@link Band#UNSCORED}
   * @param reach how many of the formulation's presenting issues it keeps going
   * @param pinned whether a practitioner set its rank by hand
   * @param explanation why it is where it is, in plain English
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the rank is below 1, the reach is negative, or the score is
   *     present for an unscored factor or missing for a scored one
   */
  public RankedFactor {
    checkNotNull(factor, "factor must not be null");
    checkNotNull(band, "band must not be null");
    checkNotNull(score, "score must not be null");
    checkNotNull(explanation, "explanation must not be null");
    checkArgument(rank >= 1, "rank must be 1 or more, but was %s", rank);
    checkArgument(reach >= 0, "reach must be 0 or more, but was %s", reach);
    checkArgument(score.isEmpty() == (band == Band.UNSCORED),
        "score must be empty exactly when the band is UNSCORED, but band is %s and score %s",
        band, score);
  }

  /** {@return the factor's id} */
  public String id() {
    return factor.id();
  }

  /** {@return the rank in words: "1st", "2nd", "3rd", "11th"} */
  public String ordinal() {
    return Explainer.ordinal(rank);
  }
}
