package io.github.sixps.formulation.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a formulation's plan stands on a day: each action's status and each goal's score by the
 * latest word on it up to that day, with where that word came from.
 *
 * <p>This is the one place every document, and anything else that shows progress, asks how an
 * action or a goal stands now, so that a parent who did their action, and saw it recorded as done
 * at a review, never reads "Not started" because the plan was written before.
 *
 * <pre>{@code
 * CurrentState now = CurrentState.of(formulation, LocalDate.of(2026, 12, 7));
 * for (CurrentState.ActionNow a : now.actions()) {
 *   System.out.println(a.action().id() + ": " + a.status() + " " + a.source());
 * }
 * }</pre>
 *
 * <p>The rules: a review counts when it is dated on or before the day (an undated review counts
 * always, as nothing says it is later). An action's status is that of the latest counting review
 * that names it, unless the plan itself says done or dropped, since a plan is updated when work
 * ends (see {@link ActionProgress#latest()}); otherwise the plan's. A goal's score is that of the
 * latest counting review that scores it, otherwise the plan's starting scale. Immutable and safe to
 * share between threads.
 */
public final class CurrentState {
  private final Optional<LocalDate> asOf;
  private final ImmutableList<ActionNow> actions;
  private final ImmutableList<GoalNow> goals;

  private CurrentState(Optional<LocalDate> asOf, ImmutableList<ActionNow> actions,
      ImmutableList<GoalNow> goals) {
    this.asOf = asOf;
    this.actions = actions;
    this.goals = goals;
  }

  /**
   * Where a plan stands by every review the formulation holds, whatever its date.
   *
   * @param formulation the formulation, draft or not
   * @return each action's and goal's state by its latest review
   */
  public static CurrentState of(Formulation formulation) {
    return of(formulation, Optional.empty());
  }

  /**
   * Where a plan stands on a day, by the reviews dated on or before it.
   *
   * @param formulation the formulation, draft or not
   * @param asOf the day; reviews dated after it are not yet known
   * @return each action's and goal's state on that day
   */
  public static CurrentState of(Formulation formulation, LocalDate asOf) {
    return of(formulation, Optional.of(checkNotNull(asOf, "asOf must not be null")));
  }

  /**
   * Where a plan stands on a day if one is given, else by every review.
   *
   * @param formulation the formulation, draft or not
   * @param asOf the day, or empty for every review whatever its date
   * @return each action's and goal's state
   */
  public static CurrentState of(Formulation formulation, Optional<LocalDate> asOf) {
    checkNotNull(formulation, "formulation must not be null");
    checkNotNull(asOf, "asOf must not be null");
    Timeline timeline = Timeline.of(formulation);
    ImmutableList.Builder<ActionNow> actions = ImmutableList.builder();
    for (ActionProgress p : timeline.actions()) {
      actions.add(action(p, asOf));
    }
    ImmutableList.Builder<GoalNow> goals = ImmutableList.builder();
    for (GoalProgress p : timeline.goals()) {
      goals.add(goal(p, asOf));
    }
    return new CurrentState(asOf, actions.build(), goals.build());
  }

  private static boolean known(Optional<LocalDate> on, Optional<LocalDate> asOf) {
    return on.isEmpty() || asOf.isEmpty() || !on.get().isAfter(asOf.get());
  }

  private static ActionNow action(ActionProgress p, Optional<LocalDate> asOf) {
    ImmutableList<ActionProgress.Point> known = p.reviews().stream()
        .filter(r -> known(r.on(), asOf)).collect(ImmutableList.toImmutableList());
    ActionStatus status = new ActionProgress(p.action(), known).latest();
    // The word it came from: the latest review that says this status, if the latest says it.
    Source source = known.isEmpty() || known.get(known.size() - 1).status() != status
        ? Source.PLAN
        : Source.review(known.get(known.size() - 1).review(), known.get(known.size() - 1).on());
    return new ActionNow(p.action(), status, source);
  }

  private static GoalNow goal(GoalProgress p, Optional<LocalDate> asOf) {
    Optional<GoalProgress.Point> last = p.reviews().stream().filter(r -> known(r.on(), asOf))
        .reduce((a, b) -> b);
    if (last.isPresent()) {
      return new GoalNow(p.goal(), Optional.of(last.get().value()), p.target(),
          Source.review(last.get().review(), last.get().on()));
    }
    return new GoalNow(p.goal(), p.start().map(GoalProgress.Point::value), p.target(),
        Source.PLAN);
  }

  /** {@return the day this state is as of, or empty when every review counted} */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /** {@return each action of the plan as it stands, in plan order} */
  public List<ActionNow> actions() {
    return actions;
  }

  /** {@return each goal of the plan as it stands, in plan order} */
  public List<GoalNow> goals() {
    return goals;
  }

  /**
   * How the action with an id stands; the first such action when a draft repeats an id.
   *
   * @param id the action's id
   * @return its state, or empty if the plan has no action with that id
   */
  public Optional<ActionNow> action(String id) {
    return actions.stream().filter(a -> a.action().id().equals(id)).findFirst();
  }

  /**
   * How the goal with an id stands; the first such goal when a draft repeats an id.
   *
   * @param id the goal's id
   * @return its state, or empty if the plan has no goal with that id
   */
  public Optional<GoalNow> goal(String id) {
    return goals.stream().filter(g -> g.goal().id().equals(id)).findFirst();
  }

  /**
   * How the given action stands: the state of the action at the same place in the plan, matched
   * by identity so that a draft's repeated ids each get their own.
   *
   * @param action an action of the formulation this state was worked out for
   * @return its state, or empty if it is not one of the plan's actions
   */
  public Optional<ActionNow> stateOf(Action action) {
    return actions.stream().filter(a -> a.action() == action).findFirst()
        .or(() -> action(action.id()));
  }

  /**
   * How the given goal stands, matched as {@link #stateOf(Action)} matches actions.
   *
   * @param goal a goal of the formulation this state was worked out for
   * @return its state, or empty if it is not one of the plan's goals
   */
  public Optional<GoalNow> stateOf(Goal goal) {
    return goals.stream().filter(g -> g.goal() == goal).findFirst().or(() -> goal(goal.id()));
  }

  @Override
  public String toString() {
    return "CurrentState{asOf=" + asOf.map(LocalDate::toString).orElse("every review")
        + ", actions=" + actions + ", goals=" + goals + "}";
  }

  /**
   * Where a status or a score came from: the plan as written, or a review.
   *
   * @param review the position of the review in the formulation's reviews, or -1 for the plan
   * @param on the date of the review, if it has one; empty for the plan
   */
  public record Source(int review, Optional<LocalDate> on) {
    /** The plan as written. */
    public static final Source PLAN = new Source(-1, Optional.empty());

    /**
     * Checks that no argument is null.
     *
     * @param review the position of the review, or -1 for the plan
     * @param on the date of the review, if it has one
     * @throws NullPointerException if {@code on} is null
     * @throws IllegalArgumentException if the position is below -1
     */
    public Source {
      checkArgument(review >= -1,
          "review must be -1 or more, but was %s", review);
      checkNotNull(on, "on must not be null");
    }

    static Source review(int review, Optional<LocalDate> on) {
      return new Source(review, on);
    }

    /** {@return whether this is the plan as written rather than a review} */
    public boolean isPlan() {
      return review == -1;
    }
  }

  /**
   * An action as it stands.
   *
   * @param action the action as the plan has it
   * @param status how far it has got now
   * @param source where that status came from
   */
  public record ActionNow(Action action, ActionStatus status, Source source) {
    /**
     * Checks that no argument is null.
     *
     * @param action the action as the plan has it
     * @param status how far it has got now
     * @param source where that status came from
     * @throws NullPointerException if an argument is null
     */
    public ActionNow {
      checkNotNull(action, "action must not be null");
      checkNotNull(status, "status must not be null");
      checkNotNull(source, "source must not be null");
    }

    /** {@return whether it is done or dropped} */
    public boolean isSettled() {
      return status == ActionStatus.DONE || status == ActionStatus.DROPPED;
    }
  }

  /**
   * A goal as it stands on its 0 to 10 scale.
   *
   * @param goal the goal as the plan has it
   * @param score where it stands now, if it has ever been scaled
   * @param target the scale hoped for, if set
   * @param source where the score came from: the plan's starting scale or a review
   */
  public record GoalNow(Goal goal, Optional<Integer> score, Optional<Integer> target,
      Source source) {
    /**
     * Checks that no argument is null.
     *
     * @param goal the goal as the plan has it
     * @param score where it stands now, if it has ever been scaled
     * @param target the scale hoped for, if set
     * @param source where the score came from
     * @throws NullPointerException if an argument is null
     */
    public GoalNow {
      checkNotNull(goal, "goal must not be null");
      checkNotNull(score, "score must not be null");
      checkNotNull(target, "target must not be null");
      checkNotNull(source, "source must not be null");
    }
  }
}
