package io.github.sixps.formulation.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Goal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One goal over time: where it started on its 0 to 10 scale, where each review that scored it put
 * it, and where the family hopes to get to.
 *
 * @param goal the goal as it is in the formulation
 * @param start where the goal stood when it was set, on the formulation date ({@code scale.now})
 * @param reviews where each review that scored the goal put it, oldest first
 * @param target the scale hoped for
 */
public record GoalProgress(
    Goal goal, Optional<Point> start, List<Point> reviews, Optional<Integer> target) {

  /**
   * One reading of a goal's scale.
   *
   * @param review the position of the review in the formulation's reviews, or -1 for the
   *     starting scale
   * @param on the date of the reading, if known
   * @param value where the goal stood, 0 to 10 (drafts may hold other numbers)
   */
  public record Point(int review, Optional<LocalDate> on, int value) {
    /**
     * Checks that no argument is null and that the review position makes sense.
     *
     * @param review the position of the review in the formulation's reviews, or -1 for the starting
     *     scale
     * @param on the date of the reading, if known
     * @param value where the goal stood, 0 to 10 (drafts may hold other numbers)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the review position is below -1
     */
    public Point {
      checkArgument(review >= -1, "review must be -1 or more, but was %s", review);
      checkNotNull(on, "on must not be null");
    }

    /** {@return whether this is the starting scale rather than a review's} */
    public boolean isStart() {
      return review == -1;
    }
  }

  /**
   * Checks that no argument is null and copies the list.
   *
   * @param goal the goal as it is in the formulation
   * @param start where the goal stood when it was set, on the formulation date ({@code scale.now})
   * @param reviews where each review that scored the goal put it, oldest first
   * @param target the scale hoped for
   * @throws NullPointerException if an argument, or an element of a list, is null
   */
  public GoalProgress {
    checkNotNull(goal, "goal must not be null");
    checkNotNull(start, "start must not be null");
    reviews = ImmutableList.copyOf(checkNotNull(reviews, "reviews must not be null"));
    checkNotNull(target, "target must not be null");
  }

  /** {@return every reading, the starting scale first if there is one, then the reviews'} */
  public List<Point> points() {
    return ImmutableList.<Point>builder().addAll(start.stream().iterator()).addAll(reviews)
        .build();
  }

  /**
   * {@return the latest reading: the last review's, or the starting scale if no review scored it}
   */
  public Optional<Point> latest() {
    return reviews.isEmpty() ? start : Optional.of(reviews.get(reviews.size() - 1));
  }

  /**
   * Which way the goal went at its latest review, compared with the reading before it (the
   * previous review's, or the starting scale). A goal no review has scored is
   * {@link Trend#NOT_YET_REVIEWED}; one scored once with no starting scale has nothing to compare
   * with and is {@link Trend#STEADY}.
   *
   * @return improving, steady, worsening, or not yet reviewed
   */
  public Trend trend() {
    if (reviews.isEmpty()) {
      return Trend.NOT_YET_REVIEWED;
    }
    List<Point> all = points();
    if (all.size() < 2) {
      return Trend.STEADY;
    }
    int before = all.get(all.size() - 2).value();
    int last = all.get(all.size() - 1).value();
    return last > before ? Trend.IMPROVING : last < before ? Trend.WORSENING : Trend.STEADY;
  }
}
