package io.github.sixps.formulation.render.html;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.testing.UserText;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.review.Change;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.testing.Formulations;
import io.github.sixps.formulation.validate.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.nodes.Document;

/**
 * Over generated drafts, hostile text included: the renderer never fails, the page holds only
 * the renderer's own markup and stays accessible, and every piece of text the user wrote is
 * shown in full.
 */
class HtmlRendererProperties {
  // Built once and shared, as callers are told to.
  private static final Validator VALIDATOR = Validator.builder()
      .clock(Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC)).build();
  private static final HtmlRenderer PRACTITIONER = HtmlRenderer.builder()
      .findings(VALIDATOR).build();
  private static final HtmlRenderer FAMILY_FRAGMENT = HtmlRenderer.builder()
      .audience(Audience.FAMILY).fragment(true).teaching(true).build();
  private static final HtmlRenderer FAMILY_CHRONOLOGY = HtmlRenderer.builder()
      .audience(Audience.FAMILY).view(View.CHRONOLOGY).build();
  private static final HtmlRenderer FAMILY_GENOGRAM = HtmlRenderer.builder()
      .audience(Audience.FAMILY).view(View.GENOGRAM).build();
  private static final HtmlRenderer SUPERVISION = HtmlRenderer.builder().view(View.SUPERVISION)
      .asOf(LocalDate.of(2026, 12, 1)).findings(VALIDATOR).build();

  @Provide
  Arbitrary<Formulation> drafts() {
    return Formulations.drafts();
  }

  /**
   * Both audiences for every draft: a practitioner's page with the checks' findings, and a
   * family's fragment with teaching notes, so that between them every kind of block is drawn.
   * Generating drafts with very long text is most of the time this takes.
   */
  // 2,500 drafts, each with both audiences: 10,000 took 395 s of a CI run on two busy cores.
  @Property(tries = 2_500)
  void safeAccessibleAndComplete(@ForAll("drafts") Formulation f) {
    check(f, PRACTITIONER, Audience.PRACTITIONER, false);
    check(f, FAMILY_FRAGMENT, Audience.FAMILY, true);
    // The family's chronology and family tree, which its handout leaves to their own pages.
    Document companions = HtmlChecks.parse(FAMILY_CHRONOLOGY.render(f));
    HtmlChecks.parse(FAMILY_GENOGRAM.render(f)).body().children()
        .forEach(companions.body()::appendChild);
    HtmlChecks.assertOnlyOwnMarkup(companions);
    HtmlChecks.assertTextContains(companions, UserText.companions(f, Audience.FAMILY));
  }

  /**
   * The supervision summary with what changed since another draft, and the changes on their
   * own: only the renderer's markup and accessible, and every change's sentence in the changes
   * page (the summary shows only the first few under each heading).
   */
  @Property(tries = 500)
  void supervisionAndChangesSafeAndComplete(@ForAll("drafts") Formulation older,
      @ForAll("drafts") Formulation newer) {
    FormulationDiff diff = FormulationDiff.between(older, newer);
    for (String html : List.of(SUPERVISION.renderSince(older, newer),
        PRACTITIONER.renderChanges(diff))) {
      Document doc = HtmlChecks.parse(html);
      HtmlChecks.assertOnlyOwnMarkup(doc);
      HtmlChecks.assertAccessible(doc, false);
    }
    HtmlChecks.assertTextContains(HtmlChecks.parse(PRACTITIONER.renderChanges(diff)),
        diff.changes().stream().map(Change::description).collect(Collectors.toList()));
  }

  private static void check(Formulation f, HtmlRenderer renderer, Audience audience,
      boolean fragment) {
    Document doc = HtmlChecks.parse(renderer.render(f));
    HtmlChecks.assertOnlyOwnMarkup(doc);
    HtmlChecks.assertAccessible(doc, fragment);
    HtmlChecks.assertTextContains(doc, UserText.of(f, audience));
    if (audience == Audience.PRACTITIONER) {
      HtmlChecks.assertTextContains(doc, List.of(f.id()));
    }
  }
}
