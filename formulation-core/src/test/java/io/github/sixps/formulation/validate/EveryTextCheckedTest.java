package io.github.sixps.formulation.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Review;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain-language rules read every piece of free text a practitioner writes: jargon put into
 * any one of them is reported at that text's path, and nowhere else.
 */
class EveryTextCheckedTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 10);
  private static final String JARGON = "Kim's aunt helps with safeguarding.";

  static Stream<Arguments> texts() {
    return Stream.of(
        text("title", f -> f.toBuilder().title(JARGON).build()),
        text("presenting[P1].statement", f -> f.toBuilder().presenting(List.of(
            new PresentingIssue("P1", JARGON, Optional.empty(), f.presenting().get(0).sources())))
            .build()),
        text("protective[S1].statement",
            RulesTest.factor(FactorKind.PROTECTIVE, "S1", f -> f.statement(JARGON))),
        text("protective[S1].evidence",
            RulesTest.factor(FactorKind.PROTECTIVE, "S1", f -> f.evidence(JARGON))),
        text("hypothesis.statement", f -> f.toBuilder().hypothesis(
            Hypothesis.of(JARGON, f.hypothesis().orElseThrow().focus())).build()),
        text("hypothesis.expectedChange", f -> f.toBuilder().hypothesis(
            f.hypothesis().orElseThrow().withExpectedChange(JARGON)).build()),
        text("plan.goals[G1].outcome", RulesTest.goal("G1",
            g -> new Goal("G1", JARGON, g.forIssues(), g.scale()))),
        text("plan.actions[A3].action", RulesTest.action("A3", a -> a.action(JARGON))),
        text("plan.actions[A3].measure", RulesTest.action("A3", a -> a.measure(JARGON))),
        text("events[E1].what", RulesTest.all(RulesTest.CHRONOLOGY,
            RulesTest.events(e -> e.id().equals("E1") ? e.toBuilder().what(JARGON).build() : e))),
        text("events[E1].impact", RulesTest.all(RulesTest.CHRONOLOGY,
            RulesTest.events(e -> e.id().equals("E1") ? e.toBuilder().impact(JARGON).build()
                : e))),
        text("reviews[0].notes", f -> f.toBuilder().reviews(List.of(Review.builder()
            .on(f.reviews().get(0).on().orElseThrow()).by("tm")
            .scale(f.reviews().get(0).scale()).actions(f.reviews().get(0).actions())
            .notes(JARGON).build())).build()));
  }

  private static Arguments text(String path, UnaryOperator<Formulation> change) {
    return Arguments.of(path, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void jargonIsFoundWhereverItIsWritten(String path, UnaryOperator<Formulation> change) {
    List<String> found = Validator.standard().validate(change.apply(RulesTest.base()), AS_OF)
        .findings().stream().map(x -> x.code() + " " + x.path()).toList();
    assertEquals(List.of("jargon " + path), found);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("childsWords")
  void aChildsOwnWordsAreCheckedOnlyForHowEasyTheyAreToRead(String path,
      UnaryOperator<Formulation> change) {
    List<String> found = Validator.standard().validate(change.apply(RulesTest.base()), AS_OF)
        .findings().stream().map(x -> x.code() + " " + x.path()).toList();
    assertEquals(List.of("hard-to-read " + path), found);
  }

  static Stream<Arguments> childsWords() {
    // Jargon the child used stays unremarked; only a long, hard sentence is noticed.
    String hard = "Safeguarding considerations notwithstanding, unpredictable organisational "
        + "arrangements occasionally necessitate considerable adjustments, particularly "
        + "regarding transportation responsibilities.";
    ChildsVoice kim = RulesTest.base().childsVoice().get(0);
    return Stream.of(
        text("childsVoice[0].worries[0]", voice(new ChildsVoice("kim", list(hard),
            kim.goodThings(), kim.dreams()))),
        text("childsVoice[0].goodThings[0]", voice(new ChildsVoice("kim", kim.worries(),
            list(hard), kim.dreams()))),
        text("childsVoice[0].dreams[0]", voice(new ChildsVoice("kim", kim.worries(),
            kim.goodThings(), list(hard)))));
  }

  private static ImmutableList<String> list(String s) {
    return ImmutableList.of(s);
  }

  private static UnaryOperator<Formulation> voice(ChildsVoice v) {
    return f -> f.toBuilder().childsVoice(List.of(v)).build();
  }
}
