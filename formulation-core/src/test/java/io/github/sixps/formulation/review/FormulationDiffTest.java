package io.github.sixps.formulation.review;

import static io.github.sixps.formulation.review.Sample.day;
import static io.github.sixps.formulation.review.Sample.review;
import static io.github.sixps.formulation.review.Sample.withReviews;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import io.github.sixps.formulation.model.Review;
import io.github.sixps.formulation.model.Contributor;
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

  /** Each change from older to newer as one line, {@code kind path: description}. */
  private static List<String> lines(Formulation older, Formulation newer) {
    return FormulationDiff.between(older, newer).changes().stream().map(Change::toString)
        .collect(Collectors.toList());
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
        "edited plan.actions[A2].owner: Action A2 is now owned by Sam Patel (was Lee).",
        "edited plan.actions[A2].due: Action A2 is now due on 4 December 2026 (was 27 November "
            + "2026)."),
        lines(OLD, newer));
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
        "edited perpetuating[M1].rank: M1 moved down from 1st to 2nd in the ranking.",
        "edited perpetuating[M2].rank: M2 moved up from 2nd to 1st in the ranking.",
        "edited perpetuating[M2].priority: M2 is now rated 5 for impact (was 3) and 5 for ease "
            + "of change (was 3)."),
        lines(OLD, newer));
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
        "added hypothesis: A hypothesis was written: \"Mornings are rushed.\"",
        "edited plan.goals[G1].scale.target: Goal G1's target is now 9 (was 8).",
        "removed plan.nextReview: The next review date was removed (was 7 December 2026)."),
        lines(OLD, newer));
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
        "added people[ash]: New person: Ash (sibling).",
        "removed childsVoice[0].worries: A worry of Kim's is no longer recorded: \"I feel sick "
            + "in the morning.\"",
        "added childsVoice[0].goodThings: Kim has a new good thing: \"Art club.\"",
        "added reviews[1]: A review on 23 November 2026 was added, led by Sam Patel. Goal "
            + "scales: G1 up from 4 to 5. Actions: A1 done."),
        diff.changes().stream().map(Change::toString).collect(Collectors.toList()));
    assertEquals(String.join("\n",
        "What changed since 9 November 2026",
        "",
        "People",
        "- New person: Ash (sibling).",
        "",
        "The child's voice",
        "- A worry of Kim's is no longer recorded: \"I feel sick in the morning.\"",
        "- Kim has a new good thing: \"Art club.\"",
        "",
        "Reviews",
        "- A review on 23 November 2026 was added, led by Sam Patel. Goal scales: G1 up from 4 "
            + "to 5. Actions: A1 done.",
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
        "edited plan.goals[G1].outcome: Goal G1 is now \"Kim is in school every day and happy "
            + "there.\" (was \"Kim is in school every day.\").",
        "added plan.actions[A3]: New action A3: \"Jo meets Kim's teacher.\""),
        lines(OLD, newer));
  }

  @Test
  void aLongTextRewordedIsShownByTheWordsThatChanged() {
    String before = "Mornings are rushed because Lee starts work at six, and on bad days nobody "
        + "else can walk Kim to school, so she stays at home with her mum.";
    String after = "Mornings are rushed because Lee starts work at seven, and on bad days nobody "
        + "else can walk Kim to school, so she stays at home with her mum and her baby brother.";
    Formulation older = withStatement(OLD, before);
    Change c = only(FormulationDiff.between(older, withStatement(OLD, after)));
    assertEquals("perpetuating[M1].statement", c.path());
    assertEquals(Optional.of(before), c.before());
    assertEquals(Optional.of(after), c.after());
    assertEquals("M1 now reads \"…work at seven, and on…\" (was \"…work at six, and on…\") and "
        + "\"…with her mum and her baby brother.\" (was \"…with her mum.\").", c.description());
  }

  private static Formulation withStatement(Formulation f, String statement) {
    return f.toBuilder().factors(FactorKind.PERPETUATING, List.of(
        f.perpetuating().get(0).toBuilder().statement(statement).build(),
        f.perpetuating().get(1))).build();
  }

  @Test
  void aFactorMovedIntoPerpetuatingIsRankedAndItsRatingsAreSaid() {
    Factor d1 = OLD.predisposing().get(0);
    Formulation newer = OLD.toBuilder().factors(FactorKind.PREDISPOSING, List.of())
        .addFactor(Factor.builder(FactorKind.PERPETUATING, "D1").statement(d1.statement())
            .priority(Priority.builder().impact(5).urgency(5).build()).build())
        .build();
    assertEquals(List.of(
        "edited perpetuating[M1].rank: M1 moved down from 1st to 2nd in the ranking.",
        "edited perpetuating[M2].rank: M2 moved down from 2nd to 3rd in the ranking.",
        "moved perpetuating[D1]: D1 moved from predisposing factors to perpetuating factors.",
        "added perpetuating[D1].rank: D1 is now ranked 1st.",
        "added perpetuating[D1].priority: D1 is now rated 5 for impact and 5 for urgency."),
        lines(OLD, newer));
    assertEquals("removed perpetuating[D1].rank: D1 is no longer ranked (was 1st).",
        lines(newer, OLD).stream().filter(s -> s.contains("D1].rank")).findFirst()
            .orElseThrow());
  }

  @Test
  void listsSayWhatJoinedAndWhatLeftWithPeopleByName() {
    Factor s1 = OLD.protective().get(0);
    Formulation older = OLD.toBuilder().factors(FactorKind.PROTECTIVE, List.of(s1.toBuilder()
        .sources(List.of("lee")).explains(List.of("P1")).build()))
        .hypothesis(Hypothesis.of("Mornings are rushed.", List.of("M1", "M2"))).build();
    Formulation newer = OLD.toBuilder().factors(FactorKind.PROTECTIVE, List.of(s1.toBuilder()
        .sources(List.of("kim", "tm")).explains(List.of("P1")).build()))
        .hypothesis(Hypothesis.of("Mornings are rushed.", List.of("M2", "M1"))).build();
    assertEquals(List.of(
        "edited protective[S1].sources: S1 now also records the view of Kim and Sam Patel, and "
            + "no longer records the view of Lee.",
        "edited hypothesis.focus: The hypothesis centres on the same, in a new order: M2 and M1 "
            + "(was M1 and M2)."),
        lines(older, newer));
  }

  @Test
  void aReviewIsSaidAgainstTheScoresBeforeWithActionsByStatus() {
    Formulation older = withReviews(review(day(11, 9), Map.of("G1", 4), Map.of()));
    Formulation newer = older.toBuilder().plan(new Plan(ImmutableList.of(Sample.g1(),
            Goal.of("G2", "Kim sleeps well.").withScale(GoalScale.of(5, 8))),
            older.plan().actions(), older.plan().nextReview()))
        .addReview(Review.builder().on(day(11, 23)).by("nobody")
            .scale(new java.util.LinkedHashMap<>(Map.of("G1", 4)))
            .actions(Map.of("A1", ActionStatus.DONE)).notes("Kim slept badly.").build())
        .addReview(Review.builder().on(day(12, 7))
            .scale(java.util.stream.Stream.of(Map.entry("G1", 6), Map.entry("G2", 4))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x,
                    java.util.LinkedHashMap::new)))
            .actions(java.util.stream.Stream.of(Map.entry("A1", ActionStatus.DONE),
                Map.entry("A2", ActionStatus.DROPPED), Map.entry("A3", ActionStatus.DONE))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x,
                    java.util.LinkedHashMap::new)))
            .build())
        .addReview(Review.builder().build())
        .build();
    assertEquals(List.of(
        "A review on 23 November 2026 was added, led by nobody. Goal scales: G1 still at 4. "
            + "Actions: A1 done. Notes: \"Kim slept badly.\"",
        "A review on 7 December 2026 was added. Goal scales: G1 up from 4 to 6; G2 down from 5 "
            + "to 4. Actions: A1 and A3 done; A2 dropped.",
        "A review with no date was added, with nothing recorded."),
        FormulationDiff.between(older, newer).byHeading().get(Heading.REVIEWS).stream()
            .map(Change::description).collect(Collectors.toList()));
  }

  @Test
  void aReviewsNotesAreSaidWholeHoweverLong() {
    // Cut at a length, the notes stopped mid-sentence in the supervision summary, which has no
    // other copy of them.
    String notes = "Kim has been at school every day for three weeks.\nShe says mornings are "
        + "calmer since Lee walks her in, and she has made a friend at breakfast club. Lee "
        + "still finds the early shifts hard and has asked about the \"Tuesday\" rota! The "
        + "next step is to ask the school nurse about Kim's sleep.";
    Formulation older = withReviews();
    Formulation newer = older.toBuilder()
        .addReview(Review.builder().on(day(11, 23)).notes(notes).build()).build();
    String said = FormulationDiff.between(older, newer).byHeading().get(Heading.REVIEWS)
        .get(0).description();
    assertTrue(notes.length() > 200);
    assertTrue(said.contains("Notes: \"" + notes.replace('\n', ' ') + "\""), said);
    assertFalse(said.contains("\u2026"), said);
  }

  @Test
  void newItemsSayWhereTheyFitAndLongQuotesEndAtAWord() {
    String wording = "Lee asks the school for a place at breakfast club on the three mornings "
        + "when he starts work early, and walks Kim there on his way to the bus stop, so that "
        + "she has a calm start, a hot breakfast and time with her friends before the bell.";
    Formulation newer = OLD.toBuilder()
        .plan(new Plan(ImmutableList.of(Sample.g1(),
            Goal.of("G2", "Kim sleeps well.").withScale(GoalScale.of(5, 8))),
            ImmutableList.<Action>builder().addAll(OLD.plan().actions())
                .add(Action.builder("A3").action(wording).owner("lee").due(day(12, 1)).build())
                .build(), OLD.plan().nextReview()))
        .addFactor(Factor.builder(FactorKind.PERPETUATING, "M3").statement("Kim is tired.")
            .priority(Priority.builder().impact(1).build()).build())
        .addContributor(Contributor.of("jo", "Jo Bell", "Learning mentor", "Hill School"))
        .build();
    List<String> said = FormulationDiff.between(OLD, newer).changes().stream()
        .map(Change::description).collect(Collectors.toList());
    assertEquals(List.of(
        "New contributor: Jo Bell (Learning mentor, Hill School).",
        "New perpetuating factor M3 (ranked 3rd): \"Kim is tired.\"",
        "New goal G2 (now 5, hoping for 8): \"Kim sleeps well.\"",
        "New action A3 (Lee, by 1 December 2026): \"Lee asks the school for a place at breakfast "
            + "club on the three mornings when he starts work early, and walks Kim there on his "
            + "way to the bus stop, so that she…\""), said);
  }

  @Test
  void ratingsGoneAndGivenAreOneChange() {
    Factor m1 = OLD.perpetuating().get(0);
    Formulation newer = OLD.toBuilder().factors(FactorKind.PERPETUATING, List.of(
        m1.toBuilder().priority(Priority.builder().impact(4).urgency(2).build()).build(),
        OLD.perpetuating().get(1).toBuilder().priority(Priority.none()).build())).build();
    Change m1Change = FormulationDiff.between(OLD, newer).changes().stream()
        .filter(c -> c.path().equals("perpetuating[M1].priority")).findFirst().orElseThrow();
    assertEquals("M1 is now rated 2 for urgency, and no longer for ease of change (was 4).",
        m1Change.description());
    assertEquals(Optional.of("impact: 4, changeability: 4"), m1Change.before());
    assertEquals(Optional.of("impact: 4, urgency: 2"), m1Change.after());
    Change m2Change = FormulationDiff.between(OLD, newer).changes().stream()
        .filter(c -> c.path().equals("perpetuating[M2].priority")).findFirst().orElseThrow();
    assertEquals(Change.Kind.REMOVED, m2Change.kind());
    assertEquals("M2 is no longer rated for impact (was 3) and ease of change (was 3).",
        m2Change.description());
  }
}
