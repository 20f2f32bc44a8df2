package io.github.sixps.formulation.prioritise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Priority;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The method on small hand-made formulations, and each form an explanation takes. */
class PrioritiserTest {
  private static final Prioritiser STANDARD = Prioritiser.standard();

  static Priority.Builder rated() {
    return Priority.builder();
  }

  static Factor m(String id, Priority.Builder priority, String... explains) {
    return Factor.builder(FactorKind.PERPETUATING, id)
        .statement("Factor " + id + ".")
        .explains(List.of(explains))
        .priority(priority.build())
        .build();
  }

  static Factor unrated(String id, String... explains) {
    return Factor.builder(FactorKind.PERPETUATING, id).explains(List.of(explains)).build();
  }

  static Formulation formulation(Factor... perpetuating) {
    return Formulation.builder()
        .addPresenting(PresentingIssue.of("P1", "One."))
        .addPresenting(PresentingIssue.of("P2", "Two."))
        .addPresenting(PresentingIssue.of("P3", "Three."))
        .factors(FactorKind.PERPETUATING, List.of(perpetuating))
        .build();
  }

  static List<String> ids(Ranking ranking) {
    return ranking.factors().stream().map(RankedFactor::id).collect(Collectors.toList());
  }

  static List<String> explanations(Ranking ranking) {
    return ranking.factors().stream().map(RankedFactor::explanation).collect(Collectors.toList());
  }

  /** The perpetuating factors of the Ahmed worked example, as they are in the YAML file. */
  static Formulation ahmed() {
    return formulation(
        m("M1", rated().impact(4).changeability(4).familyPriority(5).urgency(2), "P1", "P3"),
        m("M2", rated().impact(4).changeability(3).familyPriority(3).urgency(2), "P1", "P2"),
        m("M3", rated().impact(4).changeability(4).familyPriority(4).urgency(2), "P2"),
        m("M4", rated().impact(4).changeability(5).familyPriority(4).urgency(2), "P1", "P2"));
  }

  @Test
  void theAhmedExampleByHand() {
    // M1 4x3 + 2x3 + 4x2 + 5x2 + 2 = 38; M2 12+6+6+6+2 = 32; M3 12+6+8+8+1 = 35;
    // M4 12+6+10+8+2 = 38, level with M1 and keeping as many issues going, so M1 (first) wins.
    Ranking r = STANDARD.rank(ahmed());
    assertEquals(List.of("M1", "M4", "M3", "M2"), ids(r));
    assertEquals(List.of(Optional.of(38), Optional.of(38), Optional.of(35), Optional.of(32)),
        r.factors().stream().map(RankedFactor::score).collect(Collectors.toList()));
    assertEquals(List.of(
        "1st: keeps 2 presenting issues going; impact 4 of 5; urgency 2 of 5; ease of change 4 of"
            + " 5; the family rates it 5 of 5",
        "2nd: keeps 2 presenting issues going; impact 4 of 5; urgency 2 of 5; ease of change 5 of"
            + " 5; the family rates it 4 of 5; level on score with M1, which comes first in the"
            + " file",
        "3rd: keeps 1 presenting issue going; impact 4 of 5; urgency 2 of 5; ease of change 4 of"
            + " 5; the family rates it 4 of 5",
        "4th: keeps 2 presenting issues going; impact 4 of 5; urgency 2 of 5; ease of change 3 of"
            + " 5; the family rates it 3 of 5"),
        explanations(r));
    assertEquals(List.of("M1", "M4", "M3"),
        r.top().stream().map(RankedFactor::id).collect(Collectors.toList()));
  }

  @Test
  void safetyFirstExplanation() {
    Ranking r = STANDARD.rank(formulation(
        m("M1", rated().impact(5).changeability(5).familyPriority(5).urgency(4), "P1", "P2"),
        m("M2", rated().urgency(5).familyPriority(5), "P1", "P3")));
    assertEquals(List.of("M2", "M1"), ids(r));
    RankedFactor first = r.factors().get(0);
    assertEquals(Band.SAFETY_FIRST, first.band());
    assertEquals("1st: urgency 5 of 5 puts immediate safety first; keeps 2 presenting issues"
        + " going; the family rates it 5 of 5; not yet rated for impact or ease of change",
        first.explanation());
    assertEquals(Band.SCORED, r.factors().get(1).band());
  }

  @Test
  void aLowerSafetyThresholdPutsMoreFactorsFirst() {
    Formulation f = formulation(
        m("M1", rated().impact(5).urgency(3), "P1"),
        m("M2", rated().impact(1).urgency(4)));
    assertEquals(List.of("M1", "M2"), ids(STANDARD.rank(f)));
    Ranking r = Prioritiser.builder().safetyThreshold(4).build().rank(f);
    assertEquals(List.of("M2", "M1"), ids(r));
    assertEquals("1st: urgency 4 of 5 puts immediate safety first; not yet linked to a presenting"
        + " issue; impact 1 of 5; not yet rated for ease of change or the family's view",
        r.factors().get(0).explanation());
  }

  @Test
  void aPartlyRatedFactorIsScoredAndMissingRatingsAddNothing() {
    Ranking r = STANDARD.rank(formulation(m("M1", rated().impact(2), "P1")));
    RankedFactor only = r.factors().get(0);
    assertEquals(Band.SCORED, only.band());
    assertEquals(Optional.of(2 * 3 + 1), only.score());
    assertEquals("1st: keeps 1 presenting issue going; impact 2 of 5; not yet rated for urgency,"
        + " ease of change or the family's view", only.explanation());
  }

  @Test
  void unscoredFactorsGoLastInTheOrderWritten() {
    Ranking r = STANDARD.rank(formulation(
        unrated("M1", "P1", "P2", "P3"),
        m("M2", rated().changeability(1)),
        unrated("M3"),
        m("M4", Priority.builder())));
    assertEquals(List.of("M2", "M1", "M3", "M4"), ids(r));
    assertEquals(List.of(
        "1st: not yet linked to a presenting issue; ease of change 1 of 5; not yet rated for"
            + " impact, urgency or the family's view",
        "2nd: not yet rated; kept in the order written",
        "3rd: not yet rated; kept in the order written",
        "4th: not yet rated; kept in the order written"),
        explanations(r));
    assertEquals(Optional.empty(), r.factors().get(1).score());
    assertEquals(Band.UNSCORED, r.factors().get(3).band());
    assertEquals(3, r.factors().get(1).reach(), "reach is reported even when not scored");
  }

  @Test
  void tiesGoToTheFactorKeepingMoreIssuesGoingThenToTheFirstWritten() {
    // M1 = 3x3 + 1 = 10; M2 = 2x3 + 1x3 + 2 = 11; M3 = 3x3 + 1 = 10, level with M1.
    Ranking byFileOrder = STANDARD.rank(formulation(
        m("M1", rated().impact(3), "P1"),
        m("M2", rated().impact(2).urgency(1), "P1", "P2"),
        m("M3", rated().impact(3), "P2")));
    assertEquals(List.of("M2", "M1", "M3"), ids(byFileOrder));
    assertEquals("3rd: keeps 1 presenting issue going; impact 3 of 5; not yet rated for urgency,"
        + " ease of change or the family's view; level on score with M1, which comes first in"
        + " the file", byFileOrder.factors().get(2).explanation());

    // With reach left out of the score, both score 9 and reach alone breaks the tie.
    Ranking byReach = Prioritiser.builder()
        .weights(Weights.builder().reachPerIssue(0).build())
        .build()
        .rank(formulation(
            m("M1", rated().impact(3), "P1"),
            m("M2", rated().impact(3), "P1", "P2")));
    assertEquals(List.of("M2", "M1"), ids(byReach));
    assertEquals("2nd: keeps 1 presenting issue going; impact 3 of 5; not yet rated for urgency,"
        + " ease of change or the family's view; level on score with M2, which keeps more"
        + " presenting issues going", byReach.factors().get(1).explanation());
  }

  @Test
  void aCriterionWeightedZeroIsNoReasonAndSoNotMentioned() {
    Prioritiser familyOnly = Prioritiser.builder()
        .weights(Weights.parse("impact=0,urgency=0,changeability=0,familyPriority=1"))
        .build();
    Ranking r = familyOnly.rank(formulation(
        m("M1", rated().impact(5).urgency(2), "P1"),
        m("M2", rated().urgency(5).changeability(1))));
    assertEquals(List.of(
        "1st: urgency 5 of 5 puts immediate safety first; not yet linked to a presenting issue;"
            + " not yet rated for the family's view",
        "2nd: keeps 1 presenting issue going; not yet rated for the family's view"),
        explanations(r));
  }

  @Test
  void aBlankIdIsNamedByItsRankInATie() {
    Ranking r = STANDARD.rank(formulation(m(" ", rated().impact(3)), m("M2", rated().impact(3))));
    assertTrue(r.factors().get(1).explanation()
        .endsWith("; level on score with the 1st, which comes first in the file"),
        r.factors().get(1).explanation());
  }

  @Test
  void outOfRangeRatingsCountAsTheNearestOfOneOrFiveAndSaySo() {
    Ranking r = STANDARD.rank(formulation(
        m("M1", rated().impact(9).urgency(-1).changeability(0).familyPriority(5))));
    RankedFactor m1 = r.factors().get(0);
    assertEquals(Optional.of(5 * 3 + 1 * 3 + 1 * 2 + 5 * 2), m1.score());
    assertEquals("1st: not yet linked to a presenting issue; impact 5 of 5 (written as 9);"
        + " urgency 1 of 5 (written as -1); ease of change 1 of 5 (written as 0); the family"
        + " rates it 5 of 5", m1.explanation());

    Ranking urgent = STANDARD.rank(formulation(m("M1", rated().impact(1)),
        m("M2", rated().urgency(12))));
    assertEquals(Band.SAFETY_FIRST, urgent.factors().get(0).band());
    assertTrue(urgent.factors().get(0).explanation()
        .startsWith("1st: urgency 5 of 5 (written as 12) puts immediate safety first;"));
  }

  @Test
  void reachCountsDistinctPresentingIssuesThatExist() {
    Formulation f = formulation(m("M1", rated().impact(1), "P1", "P1", "P9", "M1", "P2", ""))
        .toBuilder()
        .addFactor(Factor.of(FactorKind.PROTECTIVE, "P9", "Not a presenting issue."))
        .build();
    RankedFactor m1 = STANDARD.rank(f).factors().get(0);
    assertEquals(2, m1.reach());
    assertEquals(Optional.of(3 + 2), m1.score());
  }

  @Test
  void pinnedFactorsTakeTheirRankAndTheRestCloseUp() {
    Ranking r = STANDARD.rank(formulation(
        m("M1", rated().impact(5)),
        m("M2", rated().impact(4)),
        m("M3", rated().impact(1).pin(1, "Sara wants to start here, and she is ready now.")),
        m("M4", rated().impact(3))));
    assertEquals(List.of("M3", "M1", "M2", "M4"), ids(r));
    RankedFactor m3 = r.factors().get(0);
    assertTrue(m3.pinned());
    assertEquals(Band.SCORED, m3.band());
    assertEquals("1st: set by hand: Sara wants to start here, and she is ready now.",
        m3.explanation());
    assertFalse(r.factors().get(1).pinned());
  }

  @Test
  void aPinnedExplanationSaysSoWhenTheRankWasTakenOrOutOfRange() {
    Ranking r = STANDARD.rank(formulation(
        m("M1", rated().pin(2, "first in the file gets 2nd")),
        m("M2", rated().pin(2, "  takes the next\n free  rank ")),
        m("M3", rated().pin(9, "beyond the end")),
        m("M4", rated().pin(0, "below the start")),
        m("M5", rated().impact(5))));
    assertEquals(List.of("M4", "M1", "M2", "M5", "M3"), ids(r));
    assertEquals(List.of(
        "1st: set by hand, as near as it could go to rank 0 asked for: below the start",
        "2nd: set by hand: first in the file gets 2nd",
        "3rd: set by hand, as near as it could go to the 2nd asked for: takes the next free rank",
        "4th: not yet linked to a presenting issue; impact 5 of 5; not yet rated for urgency,"
            + " ease of change or the family's view",
        "5th: set by hand, as near as it could go to the 9th asked for: beyond the end"),
        explanations(r));
  }

  @Test
  void aPinWithNoFreeRankAfterItTakesTheNearestBefore() {
    Ranking r = STANDARD.rank(formulation(
        m("M1", rated().pin(3, "a")),
        m("M2", rated().pin(7, "b")),
        m("M3", rated().impact(5))));
    assertEquals(List.of("M3", "M2", "M1"), ids(r));
    assertEquals("2nd: set by hand, as near as it could go to the 7th asked for: b",
        r.factors().get(1).explanation());
  }

  @Test
  void aPinWithoutAReasonIsHonouredAndSaysTheReasonIsMissing() {
    Ranking r = STANDARD.rank(formulation(
        m("M1", rated().impact(5)),
        m("M2", rated().pin(Optional.of(1))),
        m("M3", rated().pin(Optional.of(3)).reason(Optional.of(" \n ")))));
    assertEquals(List.of("M2", "M1", "M3"), ids(r));
    assertEquals("1st: set by hand; no reason written yet", r.factors().get(0).explanation());
    assertEquals("3rd: set by hand; no reason written yet", r.factors().get(2).explanation());
    assertEquals(Band.UNSCORED, r.factors().get(0).band());
  }

  @Test
  void ordinals() {
    assertEquals(List.of("1st", "2nd", "3rd", "4th", "10th", "11th", "12th", "13th", "14th",
        "21st", "22nd", "23rd", "24th", "101st", "111th", "112th", "113th", "1002nd"),
        List.of(1, 2, 3, 4, 10, 11, 12, 13, 14, 21, 22, 23, 24, 101, 111, 112, 113, 1002)
            .stream().map(Explainer::ordinal).collect(Collectors.toList()));
  }

  @Test
  void rankOfAndIsTop() {
    Formulation f = formulation(
        m("M1", rated().impact(1)),
        m("M2", rated().impact(5)),
        m("M1", rated().impact(4)),
        m("M4", rated().impact(3)));
    Ranking r = Prioritiser.builder().top(2).build().rank(f);
    assertEquals(List.of("M2", "M1", "M4", "M1"), ids(r));
    assertEquals(Optional.of(4), r.rankOf("M1"), "a repeated id finds the first in file order");
    assertEquals(Optional.of(1), r.rankOf("M2"));
    assertEquals(Optional.empty(), r.rankOf("P1"), "only perpetuating factors are ranked");
    assertTrue(r.isTop("M2"));
    assertFalse(r.isTop("M4"));
    assertFalse(r.isTop("M1"));
    assertFalse(r.isTop("nothing"));
    assertEquals(2, r.top().size());
    assertEquals(2, r.topCount());
    assertEquals("Ranking{ids=[M2, M1, M4, M1], top=2}", r.toString());
  }

  @Test
  void topIsEverythingWhenThereAreFewerFactors() {
    Ranking r = STANDARD.rank(formulation(m("M1", rated().impact(1))));
    assertEquals(1, r.top().size());
    assertTrue(r.isTop("M1"));
    Ranking empty = STANDARD.rank(Formulation.builder().build());
    assertEquals(List.of(), empty.factors());
    assertEquals(List.of(), empty.top());
  }

  @Test
  void onlyPerpetuatingFactorsAreRanked() {
    Formulation f = formulation(m("M1", rated().impact(1))).toBuilder()
        .addFactor(Factor.of(FactorKind.PROTECTIVE, "S1", "Grandmother nearby."))
        .addFactor(Factor.of(FactorKind.PREDISPOSING, "D1", "History."))
        .build();
    assertEquals(List.of("M1"), ids(STANDARD.rank(f)));
  }

  @Test
  void settingsAndTheirChecks() {
    Prioritiser p = Prioritiser.standard();
    assertEquals(Weights.standard(), p.weights());
    assertEquals(5, p.safetyThreshold());
    assertEquals(3, p.top());
    assertEquals("Prioritiser{weights=impact=3,urgency=3,changeability=2,familyPriority=2,"
        + "reachPerIssue=1, safetyThreshold=5, top=3}", p.toString());
    Prioritiser changed = p.toBuilder().top(5).safetyThreshold(4).build();
    assertEquals(5, changed.top());
    assertEquals(4, changed.safetyThreshold());
    assertEquals(3, p.top(), "the original is unchanged");

    assertEquals("safetyThreshold must be from 1 to 5, but was 6", assertThrows(
        IllegalArgumentException.class, () -> Prioritiser.builder().safetyThreshold(6))
        .getMessage());
    assertEquals("safetyThreshold must be from 1 to 5, but was 0", assertThrows(
        IllegalArgumentException.class, () -> Prioritiser.builder().safetyThreshold(0))
        .getMessage());
    assertEquals("top must be 1 or more, but was 0", assertThrows(
        IllegalArgumentException.class, () -> Prioritiser.builder().top(0)).getMessage());
    assertEquals("weights must not be null", assertThrows(
        NullPointerException.class, () -> Prioritiser.builder().weights(null)).getMessage());
    assertEquals("formulation must not be null", assertThrows(
        NullPointerException.class, () -> p.rank(null)).getMessage());
  }

  @Test
  void rankedFactorChecksItsArguments() {
    Factor f = unrated("M1");
    assertThrows(IllegalArgumentException.class,
        () -> new RankedFactor(f, 0, Band.SCORED, Optional.of(1), 0, false, "x"));
    assertThrows(IllegalArgumentException.class,
        () -> new RankedFactor(f, 1, Band.UNSCORED, Optional.of(1), 0, false, "x"));
    assertThrows(IllegalArgumentException.class,
        () -> new RankedFactor(f, 1, Band.SCORED, Optional.empty(), 0, false, "x"));
    assertEquals("explanation must not be null", assertThrows(NullPointerException.class,
        () -> new RankedFactor(f, 1, Band.UNSCORED, Optional.empty(), 0, false, null))
        .getMessage());
  }

  @Test
  void bandLabels() {
    assertEquals("safety first", Band.SAFETY_FIRST.label());
    assertEquals("scored", Band.SCORED.label());
    assertEquals("not yet rated", Band.UNSCORED.label());
  }

  @Test
  void fiveThousandFactorsRankQuickly() {
    Factor[] many = new Factor[5_000];
    for (int i = 0; i < many.length; i++) {
      Priority.Builder p = rated().impact(i % 5 + 1).changeability(i % 3 + 1).urgency(i % 7 == 0
          ? 5 : i % 4 + 1);
      if (i % 10 == 0) {
        // Every pin asks for the same few ranks: the worst case for finding free ones.
        p.pin(i % 30 + 1, "set in supervision");
      }
      many[i] = m("M" + i, p, "P" + (i % 3 + 1), "P" + (i % 2 + 1));
    }
    Formulation f = formulation(many);
    Ranking r = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> STANDARD.rank(f));
    assertEquals(5_000, r.factors().size());
    for (int i = 0; i < r.factors().size(); i++) {
      assertEquals(i + 1, r.factors().get(i).rank());
    }
  }
}
