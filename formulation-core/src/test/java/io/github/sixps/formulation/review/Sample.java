package io.github.sixps.formulation.review;

import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.FormulationStatus;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.GoalScale;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Priority;
import io.github.sixps.formulation.model.Review;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A small formulation with fixed dates for the review tests: formulated on 2 November 2026. */
final class Sample {
  private Sample() {}

  static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2026, month, dayOfMonth);
  }

  static Goal g1() {
    return Goal.of("G1", "Kim is in school every day.").withFor(List.of("P1"))
        .withScale(GoalScale.of(3, 8));
  }

  static Action a1() {
    return Action.builder("A1").action("Kim packs her school bag the night before.")
        .owner("kim").addresses(List.of("M1")).goals(List.of("G1")).due(day(11, 20))
        .measure("Kim's bag is by the door.").status(ActionStatus.IN_PROGRESS).build();
  }

  static Action a2() {
    return Action.builder("A2").action("Lee walks Kim to school on Mondays and Fridays.")
        .owner("lee").addresses(List.of("M1")).goals(List.of("G1")).due(day(11, 27))
        .status(ActionStatus.NOT_STARTED).build();
  }

  /** The formulation with the given reviews, next review on 7 December 2026. */
  static Formulation withReviews(Review... reviews) {
    return Formulation.builder()
        .id("F-TEST-1")
        .title("Formulation with Kim and Lee")
        .formulatedOn(day(11, 2))
        .status(FormulationStatus.AGREED)
        .addPerson(Person.of("kim", "Kim", PersonRole.CHILD).withAge(9))
        .addPerson(Person.of("lee", "Lee", PersonRole.PARENT))
        .addContributor(Contributor.of("tm", "Sam Patel", "Team manager", "Early help service"))
        .addPresenting(PresentingIssue.of("P1", "Kim has missed many school days this term."))
        .addFactor(Factor.builder(FactorKind.PREDISPOSING, "D1")
            .statement("Kim has always found new places hard at first.").build())
        .addFactor(Factor.builder(FactorKind.PERPETUATING, "M1")
            .statement("Mornings are rushed.").explains(List.of("P1"))
            .priority(Priority.builder().impact(4).changeability(4).build()).build())
        .addFactor(Factor.builder(FactorKind.PERPETUATING, "M2")
            .statement("Kim worries about her mum.").explains(List.of("P1"))
            .priority(Priority.builder().impact(3).changeability(3).build()).build())
        .addFactor(Factor.of(FactorKind.PROTECTIVE, "S1", "Kim's aunt lives close by."))
        .plan(Plan.of(List.of(g1()), List.of(a1(), a2())).withNextReview(day(12, 7)))
        .reviews(List.of(reviews))
        .build();
  }

  static Review review(LocalDate on, Map<String, Integer> scale,
      Map<String, ActionStatus> actions) {
    return Review.builder().on(on).by("tm").scale(scale).actions(actions).build();
  }
}
