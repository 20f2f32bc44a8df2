package io.github.sixps.formulation.model;

/**
 * Where a goal stands on a 0 to 10 scale when it is set, and where the family hopes to get to, as
 * in Signs of Safety scaling. The model keeps any number; the validator reports values outside 0
 * to 10.
 *
 * @param now the scale when the goal was set
 * @param target the scale hoped for
 */
public record GoalScale(int now, int target) {
  /**
   * A scale from now to the target.
   *
   * @param now where the goal stands when it is set, from 0 to 10
   * @param target where the family hopes to get to, from 0 to 10
   * @return the scale
   */
  public static GoalScale of(int now, int target) {
    return new GoalScale(now, target);
  }
}
