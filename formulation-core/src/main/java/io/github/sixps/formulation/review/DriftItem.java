package io.github.sixps.formulation.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Goal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * One sign of drift or delay that {@link Drift} found, with the item it is about and the dates
 * and values behind it, so that a caller can word it, count it or chart it as it likes.
 *
 * <pre>{@code
 * for (DriftItem item : Drift.standard().asOf(formulation, today)) {
 *   if (item instanceof DriftItem.ActionOverdue overdue) {
 *     System.out.println(overdue.action().id() + " was due on " + overdue.due());
 *   }
 * }
 * }</pre>
 */
public sealed interface DriftItem {
  /** The kinds of drift, one for each implementation of {@link DriftItem}. */
  enum Kind {
    /** An action is past its due date and not done or dropped. */
    ACTION_OVERDUE,
    /** The plan's next review date has passed with no review on or after it. */
    REVIEW_OVERDUE,
    /** A goal's scale fell or stayed the same between the last two reviews that scored it. */
    GOAL_NOT_MOVING,
    /** No review has been recorded, long after the formulation was made. */
    NO_REVIEW_YET
  }

  /** {@return which kind of drift this is} */
  Kind kind();

  /**
   * An action past its due date that is not done or dropped by the latest word on it.
   *
   * @param action the action as it is in the plan
   * @param due the date it was due
   * @param status how far it has got, by the latest review that mentions it
   */
  record ActionOverdue(Action action, LocalDate due, ActionStatus status) implements DriftItem {
    /**
     * Checks that no argument is null.
     *
     * @param action the action as it is in the plan
     * @param due the date it was due
     * @param status how far it has got, by the latest review that mentions it
     * @throws NullPointerException if an argument is null
     */
    public ActionOverdue {
      checkNotNull(action, "action must not be null");
      checkNotNull(due, "due must not be null");
      checkNotNull(status, "status must not be null");
    }

    @Override
    public Kind kind() {
      return Kind.ACTION_OVERDUE;
    }
  }

  /**
   * The plan's next review date has passed and no review on or after it is recorded.
   *
   * @param due the next review date in the plan
   * @param lastReview the date of the latest dated review, if any
   */
  record ReviewOverdue(LocalDate due, Optional<LocalDate> lastReview) implements DriftItem {
    /**
     * Checks that no argument is null.
     *
     * @param due the next review date in the plan
     * @param lastReview the date of the latest dated review, if any
     * @throws NullPointerException if an argument is null
     */
    public ReviewOverdue {
      checkNotNull(due, "due must not be null");
      checkNotNull(lastReview, "lastReview must not be null");
    }

    @Override
    public Kind kind() {
      return Kind.REVIEW_OVERDUE;
    }
  }

  /**
   * A goal whose scale fell or stayed the same between the last two reviews that scored it.
   *
   * @param goal the goal as it is in the plan
   * @param before the scale at the earlier of the two reviews
   * @param last the scale at the later
   * @param beforeOn the date of the earlier review, if recorded
   * @param lastOn the date of the later review, if recorded
   */
  record GoalNotMoving(Goal goal, int before, int last, Optional<LocalDate> beforeOn,
      Optional<LocalDate> lastOn) implements DriftItem {
    /**
     * Checks that no argument is null and that the scale did not go up.
     *
     * @param goal the goal as it is in the plan
     * @param before the scale at the earlier of the two reviews
     * @param last the scale at the later
     * @param beforeOn the date of the earlier review, if recorded
     * @param lastOn the date of the later review, if recorded
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the later scale is above the earlier one
     */
    public GoalNotMoving {
      checkNotNull(goal, "goal must not be null");
      checkArgument(last <= before, "last must not be above before, but went from %s to %s",
          before, last);
      checkNotNull(beforeOn, "beforeOn must not be null");
      checkNotNull(lastOn, "lastOn must not be null");
    }

    /** {@return whether the scale went down} */
    public boolean fell() {
      return last < before;
    }

    /** {@return whether the scale stayed where it was} */
    public boolean stayed() {
      return last == before;
    }

    @Override
    public Kind kind() {
      return Kind.GOAL_NOT_MOVING;
    }
  }

  /**
   * No review of the plan is recorded, and more than the allowed period has passed since the
   * formulation was made.
   *
   * @param formulatedOn the formulation date
   * @param allowed how long a plan may go without a first review
   * @param dueBy the last day a first review was expected: the formulation date plus the period
   */
  record NoReviewYet(LocalDate formulatedOn, Period allowed, LocalDate dueBy)
      implements DriftItem {
    /**
     * Checks that no argument is null.
     *
     * @param formulatedOn the formulation date
     * @param allowed how long a plan may go without a first review
     * @param dueBy the last day a first review was expected: the formulation date plus the period
     * @throws NullPointerException if an argument is null
     */
    public NoReviewYet {
      checkNotNull(formulatedOn, "formulatedOn must not be null");
      checkNotNull(allowed, "allowed must not be null");
      checkNotNull(dueBy, "dueBy must not be null");
    }

    @Override
    public Kind kind() {
      return Kind.NO_REVIEW_YET;
    }
  }
}
