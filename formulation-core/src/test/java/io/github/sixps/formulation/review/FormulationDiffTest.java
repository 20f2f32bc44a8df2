package io.github.sixps.formulation.review;

import static io.github.sixps.formulation.review.Sample.day;
import static io.github.sixps.formulation.review.Sample.review;
import static io.github.sixps.formulation.review.Sample.withReviews;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.FormulationStatus;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.GoalScale;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.Priority;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FormulationDiffTest {
  private static final Formulation OLD = withReviews(review(day(11, 9), Map.of("G1", 4),
      Map.of("A1", ActionStatus.IN_PROGRESS)));

  private static Formulation actions(Formulation f, UnaryOperator<Action> change) {
    return f.toBuilder().plan(new Plan(f.plan().goals(), f.plan().actions().stream()
        .map(change).collect(ImmutableList.toImmutableList()), f.plan().nextReview())).build();
  }

  private static Change only(FormulationDiff diff) {
    assertEquals(1, diff.changes().size(), diff::toString);
    return diff.changes().get(0);
  }

  @Test
  void nothingChanged() {
    FormulationDiff diff = FormulationDiff.between(OLD, OLD.toBuilder().build());
    assertTrue(diff.isEmpty());
    assertEquals("What changed since 9 November 2026\n\nNothing has changed.\n",
        diff.toText(day(11, 9)));
  }

  @Test
  void isDatedByTheOlderVersionsLatestReviewElseItsFormulationDate() {
    FormulationDiff diff = FormulationDiff.between(OLD, OLD);
    assertEquals(Optional.of(day(11, 9)), diff.since());
    assertEquals("What changed since 9 November 2026", diff.title());
    assertEquals(diff.toText(day(11, 9)), diff.toText());

    Formulation unreviewed = withReviews();
    assertEquals(unreviewed.formulatedOn(), FormulationDiff.dateOf(unreviewed));
    Formulation undated = unreviewed.toBuilder().formulatedOn(Optional.empty()).build();
    assertEquals(Optional.empty(), FormulationDiff.between(undated, OLD).since());
    assertEquals("What changed since the earlier version",
        FormulationDiff.between(undated, OLD).title());
  }

  @Test
  void canBeDatedByTheCaller() {
    FormulationDiff diff = FormulationDiff.between(OLD, OLD).since(day(10, 1));
    assertEquals("What changed since 1 October 2026", diff.title());
    assertEquals(FormulationDiff.between(OLD, OLD).since(day(10, 1)), diff);
    assertTrue(!diff.equals(FormulationDiff.between(OLD, OLD)));
  }

  @Test
  void anActionIsNowDone() {
    Formulation newer = actions(OLD, a -> a.id().equals("A1")
        ? a.toBuilder().status(ActionStatus.DONE).build() : a);
    Change c = only(FormulationDiff.between(OLD, newer));
    assertEquals(new Change(Change.Kind.EDITED, Heading.PLAN, "plan.actions[A1].status",
        Optional.of("in-progress"), Optional.of("done"),
        "Action A1 is now done (was in progress)."), c);
  }

  @Test
  void ownerAndDueDate() {
    Formulation newer = actions(OLD, a -> a.id().equals("A2")
        ? a.toBuilder().owner("tm").due(day(12, 4)).build() : a);
    assertEquals(List.of(
        "edited plan.actions[A2].owner: Action A2 is now owned by tm (was lee).",
        "edited plan.actions[A2].due: Action A2 is now due on 4 December 2026 (was 27 November "
            + "2026)."),
        FormulationDiff.between(OLD, newer).changes().stream().map(Change::toString)
            .collect(Collectors.toList()));
  }

  @Test
  void aFactorMovedBetweenHeadingsIsMovedNotRemovedAndAdded() {
    Factor d1 = OLD.predisposing().get(0);
    Formulation newer = OLD.toBuilder().factors(FactorKind.PREDISPOSING, List.of())
        .addFactor(Factor.builder(FactorKind.PRECIPITATING, "D1").statement(d1.statement())
            .build())
        .build();
    Change c = only(FormulationDiff.between(OLD, newer));
    assertEquals(Change.Kind.MOVED, c.kind());
    assertEquals(Heading.PRECIPITATING, c.heading());
    assertEquals("precipitating[D1]", c.path());
    assertEquals(Optional.of("predisposing[D1]"), c.before());
    assertEquals("D1 moved from predisposing factors to precipitating factors.",
        c.description());
  }

  @Test
  void priorityCriteriaAndRank() {
    Formulation newer = OLD.toBuilder().factors(FactorKind.PERPETUATING, List.of(
        OLD.perpetuating().get(0),
        OLD.perpetuating().get(1).toBuilder().priority(Priority.builder().impact(5)
            .changeability(5).build()).build())).build();
    assertEquals(List.of(
        "edited perpetuating[M1].rank: M1 moved from 1st to 2nd in the ranking.",
        "edited perpetuating[M2].priority.impact: Perpetuating factor M2's impact is now 5 "
            + "(was 3).",
        "edited perpetuating[M2].priority.changeability: Perpetuating factor M2's ease of change "
            + "is now 5 (was 3).",
        "edited perpetuating[M2].rank: M2 moved from 2nd to 1st in the ranking."),
        FormulationDiff.between(OLD, newer).changes().stream().map(Change::toString)
            .collect(Collectors.toList()));
  }

  @Test
  void goalScaleAndHeaderAndHypothesis() {
    Formulation newer = OLD.toBuilder()
        .status(FormulationStatus.CLOSED)
        .title("Formulation with Kim, Lee and Ash")
        .hypothesis(Hypothesis.of("Mornings are rushed.", List.of("M1")))
        .plan(new Plan(ImmutableList.of(Sample.g1().withScale(GoalScale.of(3, 9))),
            OLD.plan().actions(), Optional.empty()))
        .build();
    assertEquals(List.of(
        "edited title: The title is now \"Formulation with Kim, Lee and Ash\" (was \"Formulation "
            + "with Kim and Lee\").",
        "edited status: The status is now closed (was agreed).",
        "added hypothesis: A hypothesis was written: \"Mornings are rushed.\".",
        "edited plan.goals[G1].scale.target: Goal G1's target is now 9 (was 8).",
        "removed plan.nextReview: The next review date was removed (was 7 December 2026)."),
        FormulationDiff.between(OLD, newer).changes().stream().map(Change::toString)
            .collect(Collectors.toList()));
  }

  @Test
  void peopleChildsVoiceAndReviews() {
    Formulation older = OLD.toBuilder().addChildsVoice(ChildsVoice.of("kim",
        List.of("I feel sick in the morning."), List.of(), List.of())).build();
    Formulation newer = older.toBuilder()
        .addPerson(Person.of("ash", "Ash", PersonRole.SIBLING))
        .childsVoice(List.of(ChildsVoice.of("kim", List.of(), List.of("Art club."),
            List.of())))
        .addReview(review(day(11, 23), Map.of("G1", 5), Map.of("A1", ActionStatus.DONE)))
        .build();
    FormulationDiff diff = FormulationDiff.between(older, newer);
    assertEquals(List.of(
        "added people[ash]: New person ash: Ash.",
        "removed childsVoice[0].worries: A worry of Kim's is no longer recorded: \"I feel sick "
            + "in the morning.\".",
        "added childsVoice[0].goodThings: Kim has a new good thing: \"Art club.\".",
        "added reviews[1]: A review on 23 November 2026 was added: led by tm; goal G1 at 5; "
            + "action A1 done."),
        diff.changes().stream().map(Change::toString).collect(Collectors.toList()));
    assertEquals(String.join("\n",
        "What changed since 9 November 2026",
        "",
        "People",
        "- New person ash: Ash.",
        "",
        "The child's voice",
        "- A worry of Kim's is no longer recorded: \"I feel sick in the morning.\".",
        "- Kim has a new good thing: \"Art club.\".",
        "",
        "Reviews",
        "- A review on 23 November 2026 was added: led by tm; goal G1 at 5; action A1 done.",
        ""), diff.toText(day(11, 9)));
    assertEquals(List.of(Heading.PEOPLE, Heading.CHILDS_VOICE, Heading.REVIEWS),
        List.copyOf(diff.byHeading().keySet()));
  }

  @Test
  void itemsWithRepeatedIdsAreMatchedByPosition() {
    Formulation older = OLD.toBuilder().people(List.of(
        Person.of("x", "First", PersonRole.SIBLING), Person.of("x", "Second",
            PersonRole.SIBLING))).build();
    Formulation newer = OLD.toBuilder().people(List.of(
        Person.of("x", "First", PersonRole.SIBLING), Person.of("x", "Second one",
            PersonRole.SIBLING))).build();
    Change c = only(FormulationDiff.between(older, newer));
    assertEquals("people[1].name", c.path());
    assertEquals(Optional.of("Second"), c.before());
    assertEquals(Optional.of("Second one"), c.after());
  }

  @Test
  void anItemRemovedIsNamedAsItWasAndLongTextIsShortenedOnOneLine() {
    Formulation older = OLD.toBuilder().addFactor(Factor.of(FactorKind.PROTECTIVE, "S2",
        "Line one\nline two " + "and more ".repeat(40))).build();
    Change c = only(FormulationDiff.between(older, OLD));
    assertEquals(Change.Kind.REMOVED, c.kind());
    assertEquals("protective[S2]", c.path());
    assertTrue(c.description().startsWith("Protective factor S2 was removed (\"Line one "
        + "line two and more"), c.description());
    assertTrue(c.description().endsWith("…\")."), c.description());
    assertTrue(c.before().orElseThrow().contains("\n"), "the value itself is kept whole");
  }

  @Test
  void aGoalEditedAndAnActionAdded() {
    Formulation newer = OLD.toBuilder().plan(new Plan(
        ImmutableList.of(Goal.of("G1", "Kim is in school every day and happy there.")
            .withFor(List.of("P1")).withScale(GoalScale.of(3, 8))),
        ImmutableList.<Action>builder().addAll(OLD.plan().actions())
            .add(Action.builder("A3").action("Jo meets Kim's teacher.").build()).build(),
        OLD.plan().nextReview())).build();
    assertEquals(List.of(
        "edited plan.goals[G1].outcome: Goal G1's outcome is now \"Kim is in school every day and "
            + "happy there.\" (was \"Kim is in school every day.\").",
        "added plan.actions[A3]: New action A3: \"Jo meets Kim's teacher.\"."),
        FormulationDiff.between(OLD, newer).changes().stream().map(Change::toString)
            .collect(Collectors.toList()));
  }
}
