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
    ImmutableList<Goal> goals, ImmutableList<Action> actions, Optional<LocalDate> nextReview) {

  private static final Plan EMPTY = new Plan(ImmutableList.of(), ImmutableList.of(),
      Optional.empty());

  /** Checks that no argument is null and copies the lists. */
  public Plan {
    goals = list(goals, "goals");
    actions = list(actions, "actions");
    optional(nextReview, "nextReview");
  }

  /** A plan with nothing in it yet. */
  public static Plan empty() {
    return EMPTY;
  }

  /** A plan with goals and actions and no review date. */
  public static Plan of(List<Goal> goals, List<Action> actions) {
    return new Plan(list(goals, "goals"), list(actions, "actions"), Optional.empty());
  }

  /** A copy with the given next review date. */
  public Plan withNextReview(LocalDate date) {
    return new Plan(goals, actions, Optional.of(Values.required(date, "nextReview")));
  }

  /** Whether the plan has no goals, no actions and no review date. */
  public boolean isEmpty() {
    return goals.isEmpty() && actions.isEmpty() && nextReview.isEmpty();
  }
}
