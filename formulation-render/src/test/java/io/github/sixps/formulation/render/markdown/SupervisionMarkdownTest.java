package io.github.sixps.formulation.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.testing.SupervisionCase;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.review.FormulationDiff;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/** The supervision view and the changes document, read back as Markdown. */
class SupervisionMarkdownTest {
  private static MarkdownRenderer supervision(LocalDate asOf) {
    return MarkdownRenderer.builder().view(View.SUPERVISION).asOf(asOf).build();
  }

  private static List<String> headings(String markdown) {
    List<String> found = new ArrayList<>();
    MarkdownProperties.PARSER.parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        found.add(heading.getLevel() + " " + MarkdownProperties.textOf(heading));
      }
    });
    return found;
  }

  private static String text(String markdown) {
    Node doc = MarkdownProperties.PARSER.parse(markdown);
    MarkdownProperties.assertNoMarkup(doc);
    return MarkdownProperties.textOf(doc);
  }

  @Test
  void saysWhereThingsStandWhatIsLateAndWhatChanged() {
    String md = supervision(SupervisionCase.LATE)
        .renderSince(SupervisionCase.before(), SupervisionCase.now());
    assertEquals(List.of(
        "1 Supervision: Formulation with the Kowalski family",
        "2 What is late",
        "2 The child's voice",
        "3 Zofia",
        "3 Tymon",
        "2 Progress towards the goals",
        "2 Coming up before 11 January 2027",
        "2 Where things stand",
        "3 What matters most: Perpetuating factors",
        "2 What changed since 19 October 2026",
        "3 Plan",
        "3 Reviews"), headings(md));
    String text = text(md);
    assertTrue(text.contains("Focus: M1 (ranked 1st), M3 (ranked 2nd) and M2 (ranked 3rd)"),
        text);
    assertTrue(text.contains("Reviews: last on 30 November 2026, next on 11 January 2027"),
        text);
    assertTrue(text.contains("As of: 20 December 2026"), text);
    assertTrue(text.contains("Due 11 December 2026, 9 days ago; under way; Olu Adeyemi"
        + " (Adult social care)"), text);
    assertTrue(text.contains("Due 18 December 2026, 2 days ago; under way; Piotr"), text);
    // A3's date moved since the previous version: drift, under the late action, with the old date.
    String drift = "Drift: the due date moved from 30 November 2026 to 18 December 2026";
    assertTrue(text.contains(drift), text);
    assertEquals(text.indexOf(drift), text.lastIndexOf(drift), "said once, under A1: " + text);
    assertTrue(text.contains("Action A2 is now done (was in progress)."), text);
    assertTrue(text.contains("No action is due between now and then."), text);
    // Only the three ranked highest are spelled out; the other two are in the full record.
    assertTrue(text.contains("2 more are in the full record."), text);
    assertFalse(text.contains("M4:"), text);
  }

  @Test
  void beforeTheDatesPassNothingIsLateAndTheNextActionsAreComingUp() {
    String text = text(supervision(SupervisionCase.ON_TIME).render(SupervisionCase.now()));
    assertTrue(text.contains("Nothing is late as of 1 December 2026."), text);
    assertTrue(text.contains("Olu visits Magda at home"), text);
    assertTrue(text.contains("Due 11 December 2026, in 10 days; under way; Olu Adeyemi"), text);
    assertFalse(text.contains("What changed"), "no earlier version, no changes: " + text);
  }

  @Test
  void aPlanNeverReviewedIsLate() {
    Formulation unreviewed = SupervisionCase.before();
    String text = text(supervision(LocalDate.of(2027, 2, 1)).render(unreviewed));
    assertTrue(text.contains("The plan has not been reviewed since it was made on 19 October"
        + " 2026; a review was due by 30 November 2026."), text);
    assertTrue(text.contains("The review due on 30 November 2026 has not been held."), text);
    assertTrue(text.contains("Reviews: none yet, next on 30 November 2026"), text);
    assertTrue(text.contains("Not reviewed yet"), text);
  }

  @Test
  void familiesSeeWordsNotIdsOrScores() {
    String md = MarkdownRenderer.builder().view(View.SUPERVISION).audience(Audience.FAMILY)
        .asOf(SupervisionCase.LATE).build()
        .renderSince(SupervisionCase.before(), SupervisionCase.now());
    String text = text(md);
    assertFalse(text.contains("M1"), text);
    assertFalse(text.contains("Ranked"), text);
    assertTrue(text.contains("What we think matters most: Nobody has yet asked adult social"),
        text);
  }

  @Test
  void theChangesOnTheirOwnAreGroupedUnderTheHeadingsInTheChosenWords() {
    FormulationDiff diff = FormulationDiff.between(SupervisionCase.before(),
        SupervisionCase.now());
    String md = MarkdownRenderer.builder().terminology(Terminology.clinical5PsPlan()).build()
        .renderChanges(diff);
    List<String> headings = headings(md);
    assertEquals("1 What changed since 19 October 2026", headings.get(0));
    assertTrue(headings.contains("2 " + Terminology.clinical5PsPlan()
        .label(Label.PLAN)), headings.toString());
    String text = text(md);
    diff.changes().forEach(c -> assertTrue(text.contains(c.description()), c.description()));
  }

  @Test
  void twoVersionsAlikeSayNothingHasChanged() {
    Formulation f = SupervisionCase.now();
    String text = text(MarkdownRenderer.builder().build()
        .renderChanges(FormulationDiff.between(f, f)));
    assertTrue(text.contains("What changed since 30 November 2026"), text);
    assertTrue(text.contains("Nothing has changed."), text);
  }

  @Test
  void theSummaryShowsTheFirstFewChangesUnderEachHeadingAndCountsTheRest() {
    Formulation now = SupervisionCase.now();
    // Every action re-dated: one change each under the plan, of which the summary shows three.
    Formulation before = now.toBuilder().plan(new Plan(now.plan().goals(),
        now.plan().actions().stream().map(a -> a.toBuilder().due(LocalDate.of(2026, 10, 30))
            .build()).collect(ImmutableList.toImmutableList()), now.plan().nextReview()))
        .reviews(now.reviews()).build();
    String text = text(supervision(SupervisionCase.LATE).renderSince(before, now));
    int actions = now.plan().actions().size();
    assertTrue(text.contains((actions - 3) + " more changes under this heading are in the full"
        + " list of what changed."), text);
    FormulationDiff diff = FormulationDiff.between(before, now);
    assertEquals(actions, diff.changes().size(), diff.changes().toString());
    long shown = diff.changes().stream().filter(c -> text.contains(c.description())).count();
    assertEquals(3, shown);
  }

  @Test
  void theFullViewGainsAChangesSectionWhenGivenTheEarlierVersion() {
    MarkdownRenderer full = MarkdownRenderer.builder().build();
    List<String> withChanges = headings(full.renderSince(SupervisionCase.before(),
        SupervisionCase.now()));
    List<String> without = headings(full.render(SupervisionCase.now()));
    assertTrue(withChanges.contains("2 What changed since 19 October 2026"), withChanges
        .toString());
    assertFalse(without.stream().anyMatch(h -> h.contains("What changed")), without.toString());
  }
}
