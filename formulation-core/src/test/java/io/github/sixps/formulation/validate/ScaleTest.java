package io.github.sixps.formulation.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.GoalScale;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Priority;
import io.github.sixps.formulation.model.Review;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A guard against quadratic work: a formulation with 5,000 perpetuating factors and 5,000 actions
 * validates well inside a generous bound. Not a benchmark: the bound is loose for a shared
 * machine, and a rule that compared every action with every factor would blow far past it.
 */
class ScaleTest {
  private static final int N = 5_000;
  private static final Duration BOUND = Duration.ofSeconds(20);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 10);

  /** N perpetuating factors, each addressed by its own action, all in the focus and reviewed. */
  static Formulation large(boolean broken) {
    Formulation.Builder b = Formulation.builder()
        .id("F-SCALE").title("A very large formulation")
        .formulatedOn(LocalDate.of(2026, 11, 2))
        .addPerson(Person.of("kim", "Kim", PersonRole.CHILD))
        .addPerson(Person.of("lee", "Lee", PersonRole.PARENT))
        .addContributor(Contributor.of("jo", "Jo Reed", "Family worker", "Early help"))
        .addContributor(Contributor.of("tm", "Sam Patel", "Team manager", "Early help"))
        .addPresenting(PresentingIssue.of("P1", "Kim has missed school.")
            .withSources(List.of("kim", "jo")))
        .addFactor(Factor.builder(FactorKind.PROTECTIVE, "S1").statement("Kim's aunt helps.")
            .explains(List.of("P1")).build())
        .addChildsVoice(ChildsVoice.of("kim", List.of("I feel sick."), List.of(), List.of()));
    List<String> focus = new ArrayList<>();
    List<Action> actions = new ArrayList<>();
    Map<String, ActionStatus> statuses = new LinkedHashMap<>();
    for (int i = 0; i < N; i++) {
      String m = "M" + i;
      String a = "A" + i;
      b.addFactor(Factor.builder(FactorKind.PERPETUATING, m).statement("Factor " + i + ".")
          .explains(List.of("P1")).sources(List.of("lee"))
          .priority(Priority.builder().impact(1 + i % 5).urgency(1 + i % 3).build()).build());
      focus.add(m);
      actions.add(Action.builder(a).action("Step " + i + " of the plan.")
          .owner(broken ? "jj" + i : List.of("kim", "lee", "jo").get(i % 3))
          .addresses(List.of(m))
          .goals(List.of(broken ? "G" + (i + 2) : "G1"))
          .due(LocalDate.of(2026, 12, 1)).measure("Seen by the family.").build());
      statuses.put(a, ActionStatus.IN_PROGRESS);
    }
    b.hypothesis(Hypothesis.of("Many things keep the worry going.", focus));
    b.plan(Plan.of(List.of(Goal.of("G1", "Kim is in school every day.").withFor(List.of("P1"))
            .withScale(GoalScale.of(3, 8))), actions)
        .withNextReview(LocalDate.of(2026, 12, 7)));
    b.addReview(Review.builder().on(LocalDate.of(2026, 11, 6)).by("tm")
        .scale(Map.of("G1", 4)).actions(statuses).build());
    return b.build();
  }

  @Test
  void aLargeLinkedFormulationValidatesWithinTheBound() {
    Formulation f = large(false);
    ValidationReport report = assertTimeoutPreemptively(BOUND,
        () -> Validator.standard().validate(f, AS_OF));
    assertEquals(List.of(), report.errors());
    assertEquals(List.of(), report.warnings());
  }

  @Test
  void aLargeBrokenFormulationValidatesWithinTheBound() {
    // Every action's owner and goal dangle, so each gets a "did you mean" search. (That search
    // is over the ids of the right kind, so a dangling reference to one of 5,000 factors costs
    // 5,000 comparisons: the owners and goals here are searched among a handful.)
    Formulation f = large(true);
    ValidationReport report = assertTimeoutPreemptively(BOUND,
        () -> Validator.standard().validate(f, AS_OF));
    Map<String, Long> counts = report.findings().stream()
        .collect(Collectors.groupingBy(Finding::code, Collectors.counting()));
    assertEquals(2L * N, counts.get("unknown-reference"));
    // A dangling owner may be the family mistyped: one finding each, not also this one.
    assertEquals(null, counts.get("no-family-owned-action"));
  }

  @Test
  void aLargeFormulationWithEveryIdRepeatedValidatesWithinTheBound() {
    Formulation big = large(false);
    Formulation f = big.toBuilder().people(duplicates(big.people()))
        .factors(FactorKind.PERPETUATING, duplicates(big.perpetuating())).build();
    ValidationReport report = assertTimeoutPreemptively(BOUND,
        () -> Validator.standard().validate(f, AS_OF));
    assertEquals(2L + N, report.findings().stream()
        .filter(x -> x.code().equals("duplicate-id")).count());
  }

  private static <T> List<T> duplicates(List<T> items) {
    List<T> out = new ArrayList<>(items);
    out.addAll(items);
    return out;
  }
}
