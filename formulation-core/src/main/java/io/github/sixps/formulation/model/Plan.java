package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.list;
import static io.github.sixps.formulation.model.Values.optional;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The plan: goals, the actions towards them, and when it will next be reviewed.
 *
 * <pre>{@code
 * Plan plan = Plan.of(List.of(g1), List.of(a1)).withNextReview(LocalDate.of(2026, 12, 7));
 * }</pre>
 *
 * @param goals the outcomes hoped for
 * @param actions the steps agreed
 * @param nextReview when the plan will next be reviewed
 */
public record Plan(
    List<Goal> goals, List<Action> actions, Optional<LocalDate> nextReview) {

  private static final Plan EMPTY = new Plan(ImmutableList.of(), ImmutableList.of(),
      Optional.empty());

  /**
   * Checks that no argument is null and copies the lists.
   *
   * @param goals the outcomes hoped for
   * @param actions the steps agreed
   * @param nextReview when the plan will next be reviewed
   * @throws NullPointerException if an argument, or an element of a list, is null
   */
  public Plan {
    goals = list(goals, "goals");
    actions = list(actions, "actions");
    optional(nextReview, "nextReview");
  }

  /** {@return a plan with nothing in it yet} */
  public static Plan empty() {
    return EMPTY;
  }

  /**
   * A plan with goals and actions and no review date.
   *
   * @param goals the outcomes hoped for, in the order to show them
   * @param actions the steps agreed, in the order to show them
   * @return the plan
   */
  public static Plan of(List<Goal> goals, List<Action> actions) {
    return new Plan(list(goals, "goals"), list(actions, "actions"), Optional.empty());
  }

  /**
   * A copy with the given next review date.
   *
   * @param date the day the plan will next be reviewed
   * @return a copy of this plan with that review date
   */
  public Plan withNextReview(LocalDate date) {
    return new Plan(goals, actions, Optional.of(Values.required(date, "nextReview")));
  }

  /**
   * A copy with no next review date, as an editor needs when the date is taken out.
   *
   * @return a copy of this plan without a review date
   */
  public Plan withoutNextReview() {
    return new Plan(goals, actions, Optional.empty());
  }

  /**
   * A copy with the given goals, in their order.
   *
   * @param value the goals, replacing this plan's
   * @return a copy of this plan with those goals
   * @throws NullPointerException if {@code value} or any goal is null
   */
  public Plan withGoals(List<Goal> value) {
    return new Plan(value, actions, nextReview);
  }

  /**
   * A copy with the given actions, in their order.
   *
   * @param value the actions, replacing this plan's
   * @return a copy of this plan with those actions
   * @throws NullPointerException if {@code value} or any action is null
   */
  public Plan withActions(List<Action> value) {
    return new Plan(goals, value, nextReview);
  }

  /** {@return whether the plan has no goals, no actions and no review date} */
  public boolean isEmpty() {
    return goals.isEmpty() && actions.isEmpty() && nextReview.isEmpty();
  }
}
