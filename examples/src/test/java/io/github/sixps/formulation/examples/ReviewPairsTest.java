package io.github.sixps.formulation.examples;

import static io.github.sixps.formulation.examples.WorkedExamplesTest.BEFORE_REVIEW;
import static io.github.sixps.formulation.examples.WorkedExamplesTest.WORKED;
import static io.github.sixps.formulation.examples.WorkedExamplesTest.lastDate;
import static io.github.sixps.formulation.examples.WorkedExamplesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.review.Change;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.review.Heading;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples bundled in two versions, before and after a review: each earlier version has a
 * later one, the later one records the review, and what changed between them reads as a
 * supervisor would write it.
 */
class ReviewPairsTest {
  static List<Path> earlierVersions() throws Exception {
    return WorkedExamplesTest.earlierVersions();
  }

  @ParameterizedTest
  @MethodSource("earlierVersions")
  void theLaterVersionRecordsAReviewSinceTheEarlierOne(Path earlier) throws Exception {
    Path later = WORKED.resolve(earlier.getFileName());
    assertTrue(Files.exists(later), "the current version of " + earlier);
    Formulation older = read(earlier);
    Formulation newer = read(later);
    assertEquals(older.id(), newer.id(), "two versions of one formulation");
    assertEquals(older.formulatedOn(), newer.formulatedOn());
    assertTrue(newer.reviews().size() > older.reviews().size(), "a review was added");
    assertTrue(lastDate(newer).isAfter(lastDate(older)));
    assertTrue(newer.plan().nextReview().orElseThrow()
        .isAfter(older.plan().nextReview().orElseThrow()), "the next review moved on");
  }

  @ParameterizedTest
  @MethodSource("earlierVersions")
  void whatChangedCoversWhatASupervisorChecks(Path earlier) throws Exception {
    FormulationDiff diff = FormulationDiff.between(read(earlier),
        read(WORKED.resolve(earlier.getFileName())));
    List<Change> changes = diff.changes();
    // The things supervision looks at: the ranking, the hypothesis, actions, the review.
    for (Heading heading : List.of(Heading.PERPETUATING, Heading.HYPOTHESIS, Heading.PLAN,
        Heading.REVIEWS)) {
      assertFalse(diff.byHeading().get(heading).isEmpty(), earlier + " changes " + heading);
    }
    assertTrue(changes.stream().anyMatch(c -> c.path().endsWith(".status")), "statuses moved");
    assertTrue(changes.stream().anyMatch(c -> c.path().endsWith(".owner")), "an owner changed");
    assertTrue(changes.stream().anyMatch(c -> c.path().endsWith(".due")), "a date moved");
    assertTrue(changes.stream().anyMatch(c -> c.path().endsWith(".rank")), "ranks moved");
    for (Change c : changes) {
      String d = c.description();
      assertTrue(d.endsWith(".") || d.endsWith("\""), d);
      assertFalse(d.contains("\".\"") || d.endsWith(".\".") || d.contains("…\"…"), d);
    }
  }

  @Test
  void theKowalskiReviewReadsAsASupervisorWouldWriteIt() throws Exception {
    String text = diffText("young-carer-kowalski.yaml");
    assertTrue(text.startsWith("What changed since 19 October 2026\n\nPerpetuating factors\n"),
        text);
    for (String line : List.of(
        "- M3 moved up from 3rd to 2nd in the ranking.",
        "- M3 is now rated 5 for importance to the family (was 4).",
        "- M2 is now rated 4 for impact (was 5), 4 for ease of change (was 3) and 2 for urgency "
            + "(was 3).",
        "- M4 now reads \"Until now school did not know…\" (was \"School does not know…\") and "
            + "\"…her lateness has led to after-school…\" (was \"…her lateness leads to "
            + "after-school…\").",
        "- Zofia has a new good thing: \"Young carers group. It's the only place where nobody "
            + "asks why I'm tired.\"",
        "- The change the hypothesis expects now reads \"…friends by the February half term.\" "
            + "(was \"…friends by Christmas.\").",
        "- Action A1 is now due on 11 December 2026 (was 27 November 2026).",
        "- Action A4 is now owned by Ewa (was Magda).",
        "- Action A2 is now done (was not started).",
        "- The next review date is now 11 January 2027 (was 30 November 2026).",
        "- A review on 30 November 2026 was added, led by Mel Stanton. Goal scales: G1 up from 3 "
            + "to 5; G2 up from 2 to 4; G3 up from 2 to 5. Actions: A2, A5 and A6 done; A1, A3 "
            + "and A4 in progress. Notes: ")) {
      assertTrue(text.contains(line), () -> "missing: " + line + "\n" + text);
    }
    assertTrue(text.lines().anyMatch(l -> l.startsWith("- New perpetuating factor M5 (ranked "
        + "5th): \"Zofia is often the one who explains")), text);
  }

  @Test
  void theOseiReviewShowsARiskThatTurnedOutToBeOngoing() throws Exception {
    String text = diffText("domestic-abuse-osei.yaml");
    for (String line : List.of(
        "- New contributor: Lowri Ashdown (Children's worker, Safe Harbour Domestic Abuse "
            + "Service).",
        "- T3 moved from precipitating factors to perpetuating factors.",
        "- T3 is now ranked 1st.",
        "- T3 is now rated 5 for impact, 3 for ease of change, 5 for importance to the family "
            + "and 5 for urgency.",
        "- M2 moved down from 1st to 2nd in the ranking.",
        "- Kwame has a new worry: \"What if Dad finds out where we live?\"",
        "- The hypothesis now also centres on T3, and no longer centres on M4.",
        "- Goal G1 is now \"Everyone in the family feels safe at home, at school and online.\" "
            + "(was \"Everyone in the family feels safe at home and at school.\").",
        "- Action A2 is now owned by Lowri Ashdown (was Nadia Ferreira).",
        "- Action A2 is now due on 27 November 2026 (was 13 November 2026).",
        "- The next review date is now 30 November 2026 (was 9 November 2026).")) {
      assertTrue(text.contains(line), () -> "missing: " + line + "\n" + text);
    }
    assertTrue(text.contains("Goal scales: G1 down from 3 to 2; G2 up from 2 to 4;"), text);
    assertTrue(text.lines().anyMatch(l -> l.startsWith("- New action A8 (Owen Tranter, by "
        + "16 November 2026): \"PC Tranter records")), text);
  }

  private static String diffText(String name) throws Exception {
    Formulation older = read(BEFORE_REVIEW.resolve(name));
    return FormulationDiff.between(older, read(WORKED.resolve(name)))
        .toText(lastDate(older));
  }
}
