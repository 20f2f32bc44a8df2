package io.github.sixps.formulation.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One action over time: its status at each review that mentioned it.
 *
 * @param action the action as it is in the plan
 * @param reviews its status at each review that mentioned it, oldest first
 */
public record ActionProgress(Action action, List<Point> reviews) {

  /**
   * An action's status at one review.
   *
   * @param review the position of the review in the formulation's reviews
   * @param on the date of the review, if known
   * @param status how far the action had got
   */
  public record Point(int review, Optional<LocalDate> on, ActionStatus status) {
    /**
     * Checks that no argument is null and that the review position makes sense.
     *
     * @param review the position of the review in the formulation's reviews
     * @param on the date of the review, if known
     * @param status how far the action had got
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the review position is negative
     */
    public Point {
      checkArgument(review >= 0, "review must be 0 or more, but was %s", review);
      checkNotNull(on, "on must not be null");
      checkNotNull(status, "status must not be null");
    }
  }

  /**
   * Checks that no argument is null and copies the list.
   *
   * @param action the action as it is in the plan
   * @param reviews its status at each review that mentioned it, oldest first
   * @throws NullPointerException if an argument, or an element of a list, is null
   */
  public ActionProgress {
    checkNotNull(action, "action must not be null");
    reviews = ImmutableList.copyOf(checkNotNull(reviews, "reviews must not be null"));
  }

  /**
   * How far the action has got, by the latest word on it. The plan's own status counts when it
   * says done or dropped, since a plan is updated when work ends; otherwise the latest review
   * that mentions the action, which may have reopened it; otherwise the plan's status.
   *
   * @return the status to show for the action now
   */
  public ActionStatus latest() {
    ActionStatus planned = action.status();
    if (planned == ActionStatus.DONE || planned == ActionStatus.DROPPED) {
      return planned;
    }
    return reviews.isEmpty() ? planned : reviews.get(reviews.size() - 1).status();
  }

  /**
   * {@return whether the action is finished with} It is when its {@linkplain #latest latest} status
   * is done or dropped.
   */
  public boolean isSettled() {
    ActionStatus status = latest();
    return status == ActionStatus.DONE || status == ActionStatus.DROPPED;
  }
}
