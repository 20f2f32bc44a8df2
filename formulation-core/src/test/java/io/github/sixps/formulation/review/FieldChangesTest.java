package io.github.sixps.formulation.review;

import static io.github.sixps.formulation.review.Sample.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
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
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field a practitioner can edit shows up as exactly one change, at its own path, with the
 * value before and after: a supervisor reading "what changed" must not miss an edit.
 */
class FieldChangesTest {
  private static final Formulation OLD = Sample.withReviews();

  private static Formulation factor(String id, UnaryOperator<Factor> edit) {
    Formulation.Builder b = OLD.toBuilder();
    for (FactorKind kind : FactorKind.values()) {
      b.factors(kind, OLD.factors(kind).stream().map(f -> f.id().equals(id) ? edit.apply(f) : f)
          .collect(ImmutableList.toImmutableList()));
    }
    return b.build();
  }

  private static Formulation action(UnaryOperator<Action> edit) {
    return OLD.toBuilder().plan(new Plan(OLD.plan().goals(), OLD.plan().actions().stream()
        .map(a -> a.id().equals("A1") ? edit.apply(a) : a)
        .collect(ImmutableList.toImmutableList()), OLD.plan().nextReview())).build();
  }

  private static Formulation goal(UnaryOperator<Goal> edit) {
    return OLD.toBuilder().plan(new Plan(OLD.plan().goals().stream().map(edit)
        .collect(ImmutableList.toImmutableList()), OLD.plan().actions(),
        OLD.plan().nextReview())).build();
  }

  /** M1's priority (impact 4, ease of change 4) with one thing changed. */
  private static Formulation m1Priority(UnaryOperator<Priority.Builder> edit) {
    Priority p = edit.apply(Priority.builder().impact(4).changeability(4)).build();
    return factor("M1", f -> f.toBuilder().priority(p).build());
  }

  private static final Hypothesis HYPOTHESIS = Hypothesis.of(
      "Rushed mornings keep Kim from school.", List.of("M1")).withExpectedChange("Calmer mornings.");

  private static Formulation hypothesis(Hypothesis h) {
    return OLD.toBuilder().hypothesis(h).build();
  }

  static Stream<Arguments> edits() {
    return Stream.of(
        Arguments.of(OLD.toBuilder().id("F-TEST-2").build(), "id", "F-TEST-1", "F-TEST-2"),
        Arguments.of(OLD.toBuilder().title("Kim and Lee").build(), "title",
            "Formulation with Kim and Lee", "Kim and Lee"),
        Arguments.of(OLD.toBuilder().people(List.of(
            Person.of("kim", "Kimberley", PersonRole.CHILD).withAge(9),
            Person.of("lee", "Lee", PersonRole.PARENT))).build(),
            "[kim].name", "Kim", "Kimberley"),
        Arguments.of(OLD.toBuilder().people(List.of(
            Person.of("kim", "Kim", PersonRole.CHILD).withAge(10),
            Person.of("lee", "Lee", PersonRole.PARENT))).build(),
            "[kim].age", "9", "10"),
        Arguments.of(OLD.toBuilder().people(List.of(
            Person.of("kim", "Kim", PersonRole.CHILD).withAge(9),
            Person.of("lee", "Lee", PersonRole.CARER))).build(),
            "[lee].role", "parent", "carer"),
        Arguments.of(OLD.toBuilder().contributors(List.of(Contributor.of("tm", "Sam Patel",
            "Practice lead", "Early help service"))).build(),
            "[tm].role", "Team manager", "Practice lead"),
        Arguments.of(OLD.toBuilder().contributors(List.of(Contributor.of("tm", "Sam Patel",
            "Team manager", "Family support service"))).build(),
            "[tm].agency", "Early help service", "Family support service"),
        Arguments.of(OLD.toBuilder().contributors(List.of(Contributor.of("tm", "Sam Okoro",
            "Team manager", "Early help service"))).build(),
            "[tm].name", "Sam Patel", "Sam Okoro"),
        Arguments.of(OLD.toBuilder().presenting(List.of(PresentingIssue.of("P1",
            "Kim has missed some school days this term."))).build(),
            "[P1].statement", "Kim has missed many school days this term.",
            "Kim has missed some school days this term."),
        Arguments.of(factor("M1", f -> f.toBuilder().statement("Mornings are calmer now.")
            .build()), "[M1].statement", "Mornings are rushed.", "Mornings are calmer now."),
        Arguments.of(factor("M1", f -> f.toBuilder().evidence("Lee's diary").build()),
            "[M1].evidence", null, "Lee's diary"),
        Arguments.of(factor("M1", f -> f.toBuilder().sources(List.of("lee")).build()),
            "[M1].sources", null, "lee"),
        Arguments.of(factor("M1", f -> f.toBuilder().explains(List.of()).build()),
            "[M1].explains", "P1", null),
        // The four ratings are read together, so a new rating is one change at "priority".
        Arguments.of(m1Priority(p -> p.impact(5)), "[M1].priority",
            "impact: 4, changeability: 4", "impact: 5, changeability: 4"),
        Arguments.of(m1Priority(p -> p.changeability(2)), "[M1].priority",
            "impact: 4, changeability: 4", "impact: 4, changeability: 2"),
        Arguments.of(m1Priority(p -> p.familyPriority(5)), "[M1].priority",
            "impact: 4, changeability: 4", "impact: 4, changeability: 4, familyPriority: 5"),
        Arguments.of(m1Priority(p -> p.urgency(3)), "[M1].priority",
            "impact: 4, changeability: 4", "impact: 4, changeability: 4, urgency: 3"),
        Arguments.of(goal(g -> new Goal(g.id(), "Kim enjoys school.", g.forIssues(), g.scale())),
            "[G1].outcome", "Kim is in school every day.", "Kim enjoys school."),
        Arguments.of(goal(g -> g.withFor(List.of())),
            "[G1].for", "P1", null),
        Arguments.of(goal(g -> g.withScale(GoalScale.of(5, 8))),
            "[G1].scale.now", "3", "5"),
        Arguments.of(goal(g -> g.withScale(GoalScale.of(3, 9))),
            "[G1].scale.target", "8", "9"),
        Arguments.of(action(a -> a.toBuilder().action("Kim packs her bag after tea.").build()),
            "[A1].action", "Kim packs her school bag the night before.",
            "Kim packs her bag after tea."),
        Arguments.of(action(a -> a.toBuilder().addresses(List.of("M1", "M2")).build()),
            "[A1].addresses", "M1", "M1, M2"),
        Arguments.of(action(a -> a.toBuilder().goals(List.of()).build()),
            "[A1].goals", "G1", null),
        Arguments.of(action(a -> a.toBuilder().measure(Optional.empty()).build()),
            "[A1].measure", "Kim's bag is by the door.", null),
        Arguments.of(action(a -> a.toBuilder().due(day(12, 4)).build()),
            "[A1].due", "2026-11-20", "2026-12-04"));
  }

  static Stream<Arguments> hypothesisEdits() {
    return Stream.of(
        Arguments.of(new Hypothesis("Rushed mornings keep Kim at home.", HYPOTHESIS.focus(),
            HYPOTHESIS.expectedChange()), "hypothesis.statement",
            "Rushed mornings keep Kim from school.", "Rushed mornings keep Kim at home."),
        Arguments.of(new Hypothesis(HYPOTHESIS.statement(), ImmutableList.of("M1", "M2"),
            HYPOTHESIS.expectedChange()), "hypothesis.focus", "M1", "M1, M2"),
        Arguments.of(new Hypothesis(HYPOTHESIS.statement(), HYPOTHESIS.focus(), Optional.empty()),
            "hypothesis.expectedChange", "Calmer mornings.", null));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("hypothesisEdits")
  void eachHypothesisEditIsOneChange(Hypothesis edited, String path, String before,
      String after) {
    FormulationDiff diff = FormulationDiff.between(hypothesis(HYPOTHESIS), hypothesis(edited));
    assertEquals(1, diff.changes().size(), diff::toString);
    Change c = diff.changes().get(0);
    assertEquals(path, c.path());
    assertEquals(Heading.HYPOTHESIS, c.heading());
    assertEquals(Optional.ofNullable(before), c.before(), c::toString);
    assertEquals(Optional.ofNullable(after), c.after(), c::toString);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("edits")
  void eachEditIsOneChangeWithItsValues(Formulation newer, String path, String before,
      String after) {
    FormulationDiff diff = FormulationDiff.between(OLD, newer);
    assertEquals(1, diff.changes().size(), diff::toString);
    Change c = diff.changes().get(0);
    assertTrue(c.path().endsWith(path), c.path());
    assertEquals(Optional.ofNullable(before), c.before(), c::toString);
    assertEquals(Optional.ofNullable(after), c.after(), c::toString);
    assertFalse(c.description().isBlank(), c::toString);
    assertTrue(diff.toText(day(11, 9)).contains(c.description()), diff.toText(day(11, 9)));
  }
}
