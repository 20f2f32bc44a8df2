package io.github.sixps.formulation.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.testing.SupervisionCase;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.review.FormulationDiff;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The supervision view and the changes page, read back with jsoup. */
class SupervisionHtmlTest {
  @Test
  void aWholePageWithTheChartAndEverySectionInOrder() {
    for (Audience audience : Audience.values()) {
      String html = HtmlRenderer.builder().view(View.SUPERVISION).audience(audience)
          .asOf(SupervisionCase.LATE).build()
          .renderSince(SupervisionCase.before(), SupervisionCase.now());
      Document doc = HtmlChecks.parse(html);
      HtmlChecks.assertOnlyOwnMarkup(doc);
      HtmlChecks.assertAccessible(doc, false);
      assertEquals("Supervision: Formulation with the Kowalski family",
          doc.selectFirst("h1").text());
      // What is late first, then the child's words and the scales, then the rest.
      assertEquals(List.of("What is late", audience == Audience.FAMILY
          ? "In the child's own words" : "The child's voice", "Progress towards the goals",
          "Coming up before 11 January 2027", "Where things stand",
          "What changed since 19 October 2026"),
          doc.select("h2").stream().map(Element::text).collect(Collectors.toList()));
      Element chart = doc.selectFirst("svg.sixps-chart");
      assertTrue(chart != null, "the goal chart is drawn");
      assertTrue(chart.attr("role").equals("img"), "the chart is an image to screen readers");
      assertTrue(doc.text().contains("Olu visits Magda at home"), "A1 is late");
    }
  }

  @Test
  void aFragmentOfChangesSitsInsideAHostPage() {
    FormulationDiff diff = FormulationDiff.between(SupervisionCase.before(),
        SupervisionCase.now());
    String html = HtmlRenderer.builder().fragment(true).build().renderChanges(diff);
    Document doc = HtmlChecks.parse(html);
    HtmlChecks.assertOnlyOwnMarkup(doc);
    HtmlChecks.assertAccessible(doc, true);
    assertEquals("What changed since 19 October 2026", doc.selectFirst("h1").text());
    HtmlChecks.assertTextContains(doc, diff.changes().stream()
        .map(c -> c.description()).collect(Collectors.toList()));
  }
}
