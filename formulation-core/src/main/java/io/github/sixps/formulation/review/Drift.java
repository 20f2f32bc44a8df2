package io.github.sixps.formulation.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Review;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * Finds drift and delay in a plan as of a date: actions overdue, a review date passed, goals not
 * moving, and a plan never reviewed. The validator's supervision rules report what this finds, so
 * a supervision tool and a validation report never disagree.
 *
 * <pre>{@code
 * List<DriftItem> drift = Drift.standard().asOf(formulation, LocalDate.of(2026, 12, 10));
 *
 * Drift monthly = Drift.builder().noReviewAfter(Period.ofMonths(1)).build();
 * }</pre>
 *
 * <p>What counts:
 * <ul>
 *   <li><b>Action overdue</b>: its due date is before the date given, and it is not done or
 *       dropped by the latest word on it up to that date ({@link CurrentState}).
 *   <li><b>Review overdue</b>: the plan's next review date is before the date given, and no review
 *       is dated on or after it.
 *   <li><b>Goal not moving</b>: the scale at the last review that scored the goal is no higher
 *       than at the review before that. One scored review is not yet a trend.
 *   <li><b>No review yet</b>: no review is recorded at all, and the date given is more than the
 *       allowed period (6 weeks unless set) after the formulation date.
 * </ul>
 *
 * <p>Items come in that order, each kind in plan order. Immutable and safe to share between
 * threads.
 */
public final class Drift {
  private static final Drift STANDARD = new Builder().build();

  private final Period noReviewAfter;

  private Drift(Builder b) {
    noReviewAfter = b.noReviewAfter;
  }

  /**
   * {@return drift as the standard supervision rules judge it} A plan with no review 6 weeks after
   * the formulation date has drifted.
   */
  public static Drift standard() {
    return STANDARD;
  }

  /** {@return a builder starting from the standard settings} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return how long a plan may go without a first review before that counts as drift} */
  public Period noReviewAfter() {
    return noReviewAfter;
  }

  /**
   * Every sign of drift in the formulation as of the date given; never fails on a draft.
   *
   * @param formulation the formulation to look at, draft or not
   * @param asOf the day that counts as today, such as the day of a supervision
   * @return every sign of drift, kind by kind in the order above, each kind in plan order; empty
   *     when the plan is on track
   */
  public List<DriftItem> asOf(Formulation formulation, LocalDate asOf) {
    checkNotNull(formulation, "formulation must not be null");
    checkNotNull(asOf, "asOf must not be null");
    Timeline timeline = Timeline.of(formulation);
    ImmutableList.Builder<DriftItem> out = ImmutableList.builder();
    // As things stood on the day: an action a later review records done was still late then.
    for (CurrentState.ActionNow state : CurrentState.of(formulation, asOf).actions()) {
      Action a = state.action();
      if (a.due().isPresent() && a.due().get().isBefore(asOf) && !state.isSettled()) {
        out.add(new DriftItem.ActionOverdue(a, a.due().get(), state.status()));
      }
    }
    reviewOverdue(formulation, asOf).ifPresent(out::add);
    for (GoalProgress progress : timeline.goals()) {
      List<GoalProgress.Point> points = progress.reviews();
      if (points.size() < 2) {
        continue;
      }
      GoalProgress.Point before = points.get(points.size() - 2);
      GoalProgress.Point last = points.get(points.size() - 1);
      if (last.value() <= before.value()) {
        out.add(new DriftItem.GoalNotMoving(progress.goal(), before.value(), last.value(),
            before.on(), last.on()));
      }
    }
    if (formulation.reviews().isEmpty() && formulation.formulatedOn().isPresent()) {
      LocalDate formulatedOn = formulation.formulatedOn().get();
      LocalDate dueBy = formulatedOn.plus(noReviewAfter);
      if (dueBy.isBefore(asOf)) {
        out.add(new DriftItem.NoReviewYet(formulatedOn, noReviewAfter, dueBy));
      }
    }
    return out.build();
  }

  private static Optional<DriftItem> reviewOverdue(Formulation f, LocalDate asOf) {
    if (f.plan().nextReview().isEmpty()) {
      return Optional.empty();
    }
    LocalDate due = f.plan().nextReview().get();
    if (!due.isBefore(asOf)) {
      return Optional.empty();
    }
    Optional<LocalDate> last = f.reviews().stream().map(Review::on).flatMap(Optional::stream)
        .max(LocalDate::compareTo);
    if (last.isPresent() && !last.get().isBefore(due)) {
      return Optional.empty();
    }
    return Optional.of(new DriftItem.ReviewOverdue(due, last));
  }

  @Override
  public String toString() {
    return "Drift{noReviewAfter=" + noReviewAfter + "}";
  }

  /** Builds a {@link Drift}; every setting starts at the standard one. */
  public static final class Builder {
    private Period noReviewAfter = Period.ofWeeks(6);

    private Builder() {}

    /**
     * Sets how long a plan may go without a first review before that counts as drift; 6 weeks by
     * default, a common interval for outcome-focused supervision.
     *
     * @param value the longest gap between the formulation date and a first review, longer than
     *     zero
     * @return this builder
     * @throws IllegalArgumentException if the period is zero or negative
     */
    public Builder noReviewAfter(Period value) {
      checkNotNull(value, "noReviewAfter must not be null");
      checkArgument(!value.isNegative() && !value.isZero(),
          "noReviewAfter must be longer than no time at all, but was %s", value);
      noReviewAfter = value;
      return this;
    }

    /** {@return the drift finder built from what was set} */
    public Drift build() {
      return new Drift(this);
    }
  }
}
