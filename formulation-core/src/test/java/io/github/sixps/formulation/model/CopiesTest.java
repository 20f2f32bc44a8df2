package io.github.sixps.formulation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The copies an editor needs: every model type with a builder gives one holding its values, and
 * a plan's lists can be replaced and its review date taken out.
 */
class CopiesTest {
  @Test
  void aReviewsBuilderHoldsItsValues() {
    Review review = Review.builder().on(LocalDate.of(2026, 12, 3)).by("dunne")
        .scale(Map.of("G2", 4, "G1", 3)).actions(Map.of("A1", ActionStatus.DONE))
        .notes("Kai used the code word.").build();

    assertEquals(review, review.toBuilder().build());
    Review later = review.toBuilder().on(LocalDate.of(2026, 12, 17)).build();
    assertEquals(Optional.of(LocalDate.of(2026, 12, 17)), later.on());
    assertEquals(review.scale(), later.scale());
    assertEquals(List.of("G1", "G2"), List.copyOf(later.scale().keySet()), "still in id order");
  }

  @Test
  void aPrioritysBuilderHoldsItsValues() {
    Priority p = Priority.builder().impact(4).changeability(3).familyPriority(5).urgency(2)
        .pin(1, "The family's first worry.").build();

    assertEquals(p, p.toBuilder().build());
    assertEquals(Optional.of(1), p.toBuilder().impact(1).build().impact());
    assertEquals(p.reason(), p.toBuilder().impact(1).build().reason());
  }

  @Test
  void aPlansListsAreReplacedAndItsReviewDateTakenOut() {
    Goal g1 = Goal.of("G1", "Amira is in school every day.");
    Action a1 = Action.builder("A1").action("Farida walks Amira to school.").build();
    Action a2 = Action.builder("A2").action("School gives Amira a calm start.").build();
    Plan plan = Plan.of(List.of(g1), List.of(a1, a2)).withNextReview(LocalDate.of(2027, 1, 8));

    assertEquals(List.of(a2), plan.withActions(List.of(a2)).actions());
    assertEquals(List.of(), plan.withGoals(List.of()).goals());
    assertEquals(plan.actions(), plan.withGoals(List.of()).actions());
    assertEquals(Optional.empty(), plan.withoutNextReview().nextReview());
    assertEquals(plan.goals(), plan.withoutNextReview().goals());
    assertThrows(NullPointerException.class, () -> plan.withActions(null));
  }
}
