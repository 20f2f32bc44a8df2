package io.github.sixps.formulation.render.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Direction;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A family handout in Urdu words: the page's language and direction, and its headings. */
class RightToLeftHtmlTest {
  /** Urdu words made for the tests, on the family set. */
  static final Path URDU = Path.of("src/test/resources/terminology/urdu-test.yaml");

  @Test
  void theUrduHandoutIsRightToLeftAndItsWordsAreUrdu() throws IOException {
    Terminology urdu = Terminology.load(URDU);
    assertEquals("ur", urdu.language());
    assertEquals(Direction.RTL, urdu.direction());
    Formulation f = WorkedExamples.read("school-avoidance-ahmed");
    String html = HtmlRenderer.builder().audience(Audience.FAMILY).terminology(urdu).build()
        .render(f);
    Document doc = Jsoup.parse(html);
    Element root = doc.selectFirst("html");
    assertEquals("ur", root.attr("lang"));
    assertEquals("rtl", root.attr("dir"));
    assertTrue(doc.select("h2").eachText().contains("ہمیں کس بات کی فکر ہے"),
        doc.select("h2").eachText().toString());
    assertTrue(doc.select("dd").eachText().contains("2 نومبر 2026"),
        doc.select("dd").eachText().toString());
    // The family's own words still find their own direction.
    for (Element statement : doc.select(".sixps-entry > span:not(.sixps-tag)")) {
      assertEquals("auto", statement.attr("dir"), statement.outerHtml());
    }
    // The title starts at the right like every heading; its own words keep their direction.
    assertEquals("", doc.selectFirst("h1").attr("dir"));
    assertEquals("auto", doc.selectFirst("h1 > span").attr("dir"));
    // The layout is turned round: lists indent, and tables align, on the right.
    String css = doc.selectFirst("style").data();
    assertTrue(css.contains("padding-right: 1.5em"), "lists indent on the right");
    assertTrue(css.contains("text-align: right"), "table cells align right");
    assertFalse(css.contains("padding-left: 1.5em"));
    assertTrue(css.contains("counter(page)"), "page numbers in the Urdu words");
    // The pictures keep the direction they are laid out in (seen in Chromium: inherited rtl
    // anchored every line at its wrong end, out of its box and off the picture).
    assertFalse(doc.select("svg").isEmpty());
    assertTrue(css.contains("svg { direction: ltr; }"), "the pictures keep their direction");
    assertTrue(css.contains("html, [dir=\"rtl\"] { direction: rtl; }"),
        "the page's direction said in CSS, for the PDF's layout");
  }

  @Test
  void aFragmentCarriesTheLanguageAndDirection() throws IOException {
    String html = HtmlRenderer.builder().audience(Audience.FAMILY)
        .terminology(Terminology.load(URDU)).fragment(true).build()
        .render(WorkedExamples.read("school-avoidance-ahmed"));
    Element article = Jsoup.parseBodyFragment(html).selectFirst("article");
    assertEquals("ur", article.attr("lang"));
    assertEquals("rtl", article.attr("dir"));
  }
}
