package io.github.sixps.formulation.review;

import static io.github.sixps.formulation.review.Sample.day;
import static io.github.sixps.formulation.review.Sample.review;
import static io.github.sixps.formulation.review.Sample.withReviews;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Formulation;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CurrentStateTest {
  private final Formulation reviewed = withReviews(
      review(day(11, 9), Map.of("G1", 4), Map.of("A2", ActionStatus.IN_PROGRESS)),
      review(day(11, 23), Map.of("G1", 6), Map.of("A2", ActionStatus.DONE)));

  @Test
  void anActionTheLatestReviewRecordedDoneIsDoneAndSaysWhichReview() {
    CurrentState.ActionNow a2 = CurrentState.of(reviewed).action("A2").orElseThrow();
    assertEquals(ActionStatus.DONE, a2.status());
    assertEquals(new CurrentState.Source(1, Optional.of(day(11, 23))), a2.source());
    assertTrue(a2.isSettled());
  }

  @Test
  void anActionNoReviewNamesStandsAsThePlanHasIt() {
    CurrentState.ActionNow a1 = CurrentState.of(reviewed).action("A1").orElseThrow();
    assertEquals(ActionStatus.IN_PROGRESS, a1.status());
    assertTrue(a1.source().isPlan());
  }

  @Test
  void aGoalStandsWhereTheLatestReviewScoredIt() {
    CurrentState.GoalNow g1 = CurrentState.of(reviewed).goal("G1").orElseThrow();
    assertEquals(Optional.of(6), g1.score());
    assertEquals(Optional.of(8), g1.target());
    assertEquals(Optional.of(day(11, 23)), g1.source().on());
  }

  @Test
  void reviewsAfterTheDayAreNotYetKnown() {
    CurrentState then = CurrentState.of(reviewed, day(11, 20));
    assertEquals(ActionStatus.IN_PROGRESS, then.action("A2").orElseThrow().status());
    assertEquals(Optional.of(4), then.goal("G1").orElseThrow().score());
    CurrentState before = CurrentState.of(reviewed, day(11, 3));
    assertEquals(ActionStatus.NOT_STARTED, before.action("A2").orElseThrow().status());
    assertEquals(Optional.of(3), before.goal("G1").orElseThrow().score());
    assertTrue(before.goal("G1").orElseThrow().source().isPlan());
  }

  @Test
  void aReviewOnTheDayItselfCounts() {
    assertEquals(ActionStatus.DONE,
        CurrentState.of(reviewed, day(11, 23)).action("A2").orElseThrow().status());
  }

  @Test
  void aPlanThatSaysDoneWinsOverAnEarlierReviewThatSaidInProgress() {
    Formulation f = withReviews(review(day(11, 9), Map.of(), Map.of("A1",
        ActionStatus.IN_PROGRESS)));
    Formulation done = f.toBuilder().plan(io.github.sixps.formulation.model.Plan.of(
        java.util.List.of(Sample.g1()), java.util.List.of(
        Sample.a1().toBuilder().status(ActionStatus.DONE).build(), Sample.a2()))).build();
    CurrentState.ActionNow a1 = CurrentState.of(done).action("A1").orElseThrow();
    assertEquals(ActionStatus.DONE, a1.status());
    assertTrue(a1.source().isPlan());
  }
}
