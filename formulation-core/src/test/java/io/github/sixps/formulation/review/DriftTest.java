package io.github.sixps.formulation.review;

import static io.github.sixps.formulation.review.Sample.day;
import static io.github.sixps.formulation.review.Sample.review;
import static io.github.sixps.formulation.review.Sample.withReviews;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Formulation;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DriftTest {
  private static final Drift DRIFT = Drift.standard();

  private static List<DriftItem> of(DriftItem.Kind kind, Formulation f, LocalDate asOf) {
    return DRIFT.asOf(f, asOf).stream().filter(i -> i.kind() == kind)
        .collect(Collectors.toList());
  }

  private static final Formulation REVIEWED = withReviews(
      review(day(11, 9), Map.of("G1", 4), Map.of("A1", ActionStatus.IN_PROGRESS)));

  @Test
  void nothingAdriftOnTheDayAfterTheFirstReview() {
    assertEquals(List.of(), DRIFT.asOf(REVIEWED, day(11, 10)));
  }

  @Test
  void anActionPastItsDueDate() {
    List<DriftItem> found = of(DriftItem.Kind.ACTION_OVERDUE, REVIEWED, day(11, 21));
    assertEquals(1, found.size(), found::toString);
    DriftItem.ActionOverdue a = (DriftItem.ActionOverdue) found.get(0);
    assertSame(REVIEWED.plan().actions().get(0), a.action());
    assertEquals(day(11, 20), a.due());
    assertEquals(ActionStatus.IN_PROGRESS, a.status());
    assertEquals(List.of(), of(DriftItem.Kind.ACTION_OVERDUE, REVIEWED, day(11, 20)),
        "due today is not yet overdue");
  }

  @Test
  void anActionDoneAtAReviewIsNotOverdue() {
    Formulation f = withReviews(review(day(11, 9), Map.of(), Map.of("A1", ActionStatus.DONE,
        "A2", ActionStatus.DROPPED)));
    assertEquals(List.of(), of(DriftItem.Kind.ACTION_OVERDUE, f, day(11, 30)));
  }

  @Test
  void theNextReviewDatePassedWithNoReview() {
    List<DriftItem> found = of(DriftItem.Kind.REVIEW_OVERDUE, REVIEWED, day(12, 8));
    assertEquals(List.of(new DriftItem.ReviewOverdue(day(12, 7), Optional.of(day(11, 9)))),
        found);
    assertEquals(List.of(), of(DriftItem.Kind.REVIEW_OVERDUE, REVIEWED, day(12, 7)));
    Formulation reviewedOnTheDay = withReviews(review(day(11, 9), Map.of(), Map.of()),
        review(day(12, 7), Map.of(), Map.of()));
    assertEquals(List.of(), of(DriftItem.Kind.REVIEW_OVERDUE, reviewedOnTheDay, day(12, 20)));
  }

  @Test
  void aGoalThatStayedTheSame() {
    Formulation f = withReviews(review(day(11, 9), Map.of("G1", 4), Map.of()),
        review(day(11, 23), Map.of("G1", 4), Map.of()));
    DriftItem.GoalNotMoving g = (DriftItem.GoalNotMoving) of(DriftItem.Kind.GOAL_NOT_MOVING, f,
        day(11, 24)).get(0);
    assertSame(f.plan().goals().get(0), g.goal());
    assertTrue(g.stayed());
    assertFalse(g.fell());
    assertEquals(4, g.before());
    assertEquals(4, g.last());
    assertEquals(Optional.of(day(11, 9)), g.beforeOn());
    assertEquals(Optional.of(day(11, 23)), g.lastOn());
  }

  @Test
  void aGoalThatFell() {
    Formulation f = withReviews(review(day(11, 9), Map.of("G1", 5), Map.of()),
        review(day(11, 16), Map.of(), Map.of()),
        review(day(11, 23), Map.of("G1", 3), Map.of()));
    DriftItem.GoalNotMoving g = (DriftItem.GoalNotMoving) of(DriftItem.Kind.GOAL_NOT_MOVING, f,
        day(11, 24)).get(0);
    assertTrue(g.fell());
    assertEquals(5, g.before());
    assertEquals(3, g.last());
  }

  @Test
  void aRisingGoalOrASingleScoreIsNotDrift() {
    Formulation rising = withReviews(review(day(11, 9), Map.of("G1", 4), Map.of()),
        review(day(11, 23), Map.of("G1", 5), Map.of()));
    assertEquals(List.of(), of(DriftItem.Kind.GOAL_NOT_MOVING, rising, day(11, 24)));
    // The first review is below the starting scale, but one review is not yet a trend.
    Formulation once = withReviews(review(day(11, 9), Map.of("G1", 2), Map.of()));
    assertEquals(List.of(), of(DriftItem.Kind.GOAL_NOT_MOVING, once, day(11, 24)));
  }

  @Test
  void noReviewMoreThanSixWeeksAfterTheFormulation() {
    Formulation none = withReviews();
    assertEquals(List.of(new DriftItem.NoReviewYet(day(11, 2), Period.ofWeeks(6), day(12, 14))),
        of(DriftItem.Kind.NO_REVIEW_YET, none, day(12, 15)));
    assertEquals(List.of(), of(DriftItem.Kind.NO_REVIEW_YET, none, day(12, 14)),
        "six weeks to the day is not yet drift");
    assertEquals(List.of(), of(DriftItem.Kind.NO_REVIEW_YET, REVIEWED, day(12, 15)));
    assertEquals(List.of(), of(DriftItem.Kind.NO_REVIEW_YET,
        none.toBuilder().formulatedOn(Optional.empty()).build(), day(12, 15)),
        "without a formulation date there is nothing to count from");
  }

  @Test
  void thePeriodWithoutAReviewCanBeSet() {
    Drift monthly = Drift.builder().noReviewAfter(Period.ofMonths(1)).build();
    assertEquals(Period.ofMonths(1), monthly.noReviewAfter());
    assertEquals(1, monthly.asOf(withReviews(), day(12, 3)).stream()
        .filter(i -> i.kind() == DriftItem.Kind.NO_REVIEW_YET).count());
    assertEquals(Period.ofWeeks(6), Drift.standard().noReviewAfter());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Drift.builder().noReviewAfter(Period.ZERO));
    assertTrue(e.getMessage().startsWith("noReviewAfter"), e.getMessage());
  }

  @Test
  void itemsComeKindByKind() {
    List<DriftItem.Kind> kinds = DRIFT.asOf(withReviews(), day(12, 20)).stream()
        .map(DriftItem::kind).collect(Collectors.toList());
    assertEquals(List.of(DriftItem.Kind.ACTION_OVERDUE, DriftItem.Kind.ACTION_OVERDUE,
        DriftItem.Kind.REVIEW_OVERDUE, DriftItem.Kind.NO_REVIEW_YET), kinds);
  }
}
