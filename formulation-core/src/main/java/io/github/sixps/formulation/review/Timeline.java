package io.github.sixps.formulation.review;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Review;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A formulation's plan over time: each goal's scale from the formulation date through every
 * review to its target, with its trend, and each action's status at every review.
 *
 * <pre>{@code
 * Timeline timeline = Timeline.of(formulation);
 * for (GoalProgress g : timeline.goals()) {
 *   System.out.println(g.goal().id() + ": " + g.points() + " towards " + g.target()
 *       + ", " + g.trend());
 * }
 * }</pre>
 *
 * <p>Reviews are read in the order the formulation lists them (oldest first, as the file format
 * asks); a review that scores a goal or mentions an action by id counts for every goal or action
 * with that id, as a draft may repeat one. Immutable and safe to share between threads.
 */
public final class Timeline {
  private final Optional<LocalDate> start;
  private final ImmutableList<GoalProgress> goals;
  private final ImmutableList<ActionProgress> actions;

  private Timeline(Optional<LocalDate> start, ImmutableList<GoalProgress> goals,
      ImmutableList<ActionProgress> actions) {
    this.start = start;
    this.goals = goals;
    this.actions = actions;
  }

  /**
   * The timeline of a formulation's plan; never fails on a draft.
   *
   * @param formulation the formulation whose plan and reviews to follow, draft or not
   * @return each goal's readings and each action's statuses, in plan order
   */
  public static Timeline of(Formulation formulation) {
    checkNotNull(formulation, "formulation must not be null");
    List<Review> reviews = formulation.reviews();
    Optional<LocalDate> start = formulation.formulatedOn();
    ImmutableList.Builder<GoalProgress> goals = ImmutableList.builder();
    for (Goal goal : formulation.plan().goals()) {
      ImmutableList.Builder<GoalProgress.Point> points = ImmutableList.builder();
      for (int i = 0; i < reviews.size(); i++) {
        Integer value = reviews.get(i).scale().get(goal.id());
        if (value != null) {
          points.add(new GoalProgress.Point(i, reviews.get(i).on(), value));
        }
      }
      goals.add(new GoalProgress(goal,
          goal.scale().map(s -> new GoalProgress.Point(-1, start, s.now())),
          points.build(), goal.scale().map(s -> s.target())));
    }
    ImmutableList.Builder<ActionProgress> actions = ImmutableList.builder();
    for (Action action : formulation.plan().actions()) {
      ImmutableList.Builder<ActionProgress.Point> points = ImmutableList.builder();
      for (int i = 0; i < reviews.size(); i++) {
        ActionStatus status = reviews.get(i).actions().get(action.id());
        if (status != null) {
          points.add(new ActionProgress.Point(i, reviews.get(i).on(), status));
        }
      }
      actions.add(new ActionProgress(action, points.build()));
    }
    return new Timeline(start, goals.build(), actions.build());
  }

  /** {@return the formulation date, when the goals' starting scales were set, if recorded} */
  public Optional<LocalDate> start() {
    return start;
  }

  /** {@return each goal of the plan over time, in plan order} */
  public List<GoalProgress> goals() {
    return goals;
  }

  /** {@return each action of the plan over time, in plan order} */
  public List<ActionProgress> actions() {
    return actions;
  }

  @Override
  public String toString() {
    return "Timeline{start=" + start.map(LocalDate::toString).orElse("unknown") + ", goals="
        + goals.size() + ", actions=" + actions.size() + "}";
  }
}
