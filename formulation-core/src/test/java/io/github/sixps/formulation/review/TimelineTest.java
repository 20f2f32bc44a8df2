package io.github.sixps.formulation.review;

import static io.github.sixps.formulation.review.Sample.day;
import static io.github.sixps.formulation.review.Sample.review;
import static io.github.sixps.formulation.review.Sample.withReviews;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Plan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static GoalProgress g1(Formulation f) {
    return Timeline.of(f).goals().get(0);
  }

  @Test
  void aGoalStartsAtItsScaleOnTheFormulationDateAndRunsThroughEachReviewToItsTarget() {
    GoalProgress g = g1(withReviews(
        review(day(11, 9), Map.of("G1", 4), Map.of()),
        review(day(11, 16), Map.of(), Map.of()),
        review(day(11, 23), Map.of("G1", 6), Map.of())));
    assertEquals(List.of(
        new GoalProgress.Point(-1, Optional.of(day(11, 2)), 3),
        new GoalProgress.Point(0, Optional.of(day(11, 9)), 4),
        new GoalProgress.Point(2, Optional.of(day(11, 23)), 6)), g.points());
    assertEquals(Optional.of(8), g.target());
    assertEquals(Optional.of(6), g.latest().map(GoalProgress.Point::value));
    assertEquals(Trend.IMPROVING, g.trend());
  }

  @Test
  void improving() {
    assertEquals(Trend.IMPROVING, g1(withReviews(review(day(11, 9), Map.of("G1", 5),
        Map.of()))).trend());
  }

  @Test
  void steady() {
    assertEquals(Trend.STEADY, g1(withReviews(
        review(day(11, 9), Map.of("G1", 5), Map.of()),
        review(day(11, 23), Map.of("G1", 5), Map.of()))).trend());
  }

  @Test
  void worsening() {
    assertEquals(Trend.WORSENING, g1(withReviews(
        review(day(11, 9), Map.of("G1", 5), Map.of()),
        review(day(11, 23), Map.of("G1", 4), Map.of()))).trend());
  }

  @Test
  void worseningAgainstTheStartingScale() {
    assertEquals(Trend.WORSENING, g1(withReviews(review(day(11, 9), Map.of("G1", 2),
        Map.of()))).trend());
  }

  @Test
  void notYetReviewed() {
    GoalProgress g = g1(withReviews(review(day(11, 9), Map.of(), Map.of())));
    assertEquals(Trend.NOT_YET_REVIEWED, g.trend());
    assertEquals(Optional.of(3), g.latest().map(GoalProgress.Point::value));
  }

  @Test
  void oneReviewAndNoStartingScaleIsSteady() {
    Formulation f = withReviews(review(day(11, 9), Map.of("G1", 5), Map.of()));
    Formulation unscaled = f.toBuilder().plan(new Plan(
        com.google.common.collect.ImmutableList.of(Goal.of("G1", "Kim is in school.")),
        f.plan().actions(), f.plan().nextReview())).build();
    GoalProgress g = g1(unscaled);
    assertEquals(Optional.empty(), g.start());
    assertEquals(Optional.empty(), g.target());
    assertEquals(Trend.STEADY, g.trend());
  }

  @Test
  void actionStatusesOverReviews() {
    Formulation f = withReviews(
        review(day(11, 9), Map.of(), Map.of("A1", ActionStatus.DONE)),
        review(day(11, 16), Map.of(), Map.of("A1", ActionStatus.IN_PROGRESS,
            "A2", ActionStatus.DROPPED)));
    Timeline t = Timeline.of(f);
    ActionProgress a1 = t.actions().get(0);
    assertEquals(List.of(
        new ActionProgress.Point(0, Optional.of(day(11, 9)), ActionStatus.DONE),
        new ActionProgress.Point(1, Optional.of(day(11, 16)), ActionStatus.IN_PROGRESS)),
        a1.reviews());
    assertEquals(ActionStatus.IN_PROGRESS, a1.latest(), "a later review reopened it");
    assertEquals(ActionStatus.DROPPED, t.actions().get(1).latest());
    assertEquals(Optional.of(day(11, 2)), t.start());
  }

  @Test
  void thePlansDoneOrDroppedOutranksAnEarlierReview() {
    Formulation f = withReviews(review(day(11, 9), Map.of(), Map.of("A1",
        ActionStatus.IN_PROGRESS)));
    Formulation done = f.toBuilder().plan(new Plan(f.plan().goals(),
        com.google.common.collect.ImmutableList.of(Sample.a1().toBuilder()
            .status(ActionStatus.DONE).build()), f.plan().nextReview())).build();
    assertEquals(ActionStatus.DONE, Timeline.of(done).actions().get(0).latest());
    assertEquals(ActionStatus.NOT_STARTED, Timeline.of(withReviews()).actions().get(1).latest());
  }
}
