package io.github.sixps.formulation.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import io.github.sixps.formulation.render.testing.Families;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The chronology and the family tree in HTML and Markdown, read back as a reader's tools read
 * them: own markup only, headings in order, each picture an image named by its title and its
 * sentences, the tree's sentences under it, the events in date order with their dates as
 * precisely as recorded and their tone in words, the impact apart, factors naming the events
 * they come from, and a family's version without sources.
 */
class FamilyCompanionsHtmlTest {
  private static final Formulation BLENDED = Families.blended();

  /**
   * The whole formulation for practitioners; for a family, whose handout leaves the companions
   * to documents of their own, the family tree on its own.
   */
  private static Document page(Formulation f, Audience audience) {
    return page(f, audience, audience == Audience.PRACTITIONER ? View.FULL : View.GENOGRAM);
  }

  private static Document page(Formulation f, Audience audience, View view) {
    return HtmlChecks.parse(HtmlRenderer.builder().audience(audience).view(view).build()
        .render(f));
  }

  @Test
  void theFamilysHandoutLeavesTheCompanionsToDocumentsOfTheirOwn() {
    Document full = page(BLENDED, Audience.FAMILY, View.FULL);
    assertEquals(null, full.getElementById("sixps-genogram"));
    assertEquals(null, full.getElementById("sixps-chronology"));
    assertTrue(page(BLENDED, Audience.FAMILY, View.GENOGRAM).getElementById("sixps-genogram")
        != null);
    assertTrue(page(BLENDED, Audience.FAMILY, View.CHRONOLOGY)
        .getElementById("sixps-chronology") != null);
  }

  @ParameterizedTest
  @EnumSource(Audience.class)
  void picturesAreImagesNamedByTheirWords(Audience audience) {
    for (Formulation f : List.of(BLENDED, Families.kinship(), Families.foster())) {
      Document doc = page(f, audience);
      HtmlChecks.assertOnlyOwnMarkup(doc);
      HtmlChecks.assertAccessible(doc, false);
      HtmlChecks.assertHeadingOrder(doc);
      HtmlChecks.assertUniqueIds(doc);
      Element tree = doc.selectFirst("svg.sixps-genogram");
      assertTrue(tree != null, f.title() + " has a family tree");
      assertEquals("img", tree.attr("role"));
      String[] named = tree.attr("aria-labelledby").split(" ");
      String desc = doc.getElementById(named[1]).text();
      List<String> sentences = doc.select("#sixps-genogram figcaption li").eachText();
      assertFalse(sentences.isEmpty());
      for (String sentence : sentences) {
        assertTrue(desc.contains(sentence), sentence + " is in the picture's description");
      }
      assertTrue(tree.parent().hasClass("sixps-table-wrap"), "a wide tree scrolls on a phone");
    }
  }

  @Test
  void theTreeStatesTheBlendedFamilysRelationships() {
    List<String> sentences = page(BLENDED, Audience.PRACTITIONER)
        .select("#sixps-genogram figcaption li").eachText();
    for (String expected : List.of("Kai is the child this is about.", "Lena is Kai's mother.",
        "Tom is Kai's stepfather.", "Daniel and Lena separated in 2020.",
        "Nana June died in February 2022.", "Nana June and Grandad Frank divorced in 1999.",
        "Lena and Tom have been partners since about 2020.",
        "Kai and Mia are half-brothers or half-sisters: they share Lena.",
        "Lena, Tom, Kai and Mia live together in Mum's flat.")) {
      assertTrue(sentences.contains(expected), expected + " in " + sentences);
    }
    assertFalse(sentences.stream().anyMatch(s -> s.contains("Sam")),
        "a friend with no place in the tree is not in it");
  }

  @Test
  void theChronologyIsInDateOrderWithPrecisionToneAndSources() {
    Document doc = page(BLENDED, Audience.PRACTITIONER);
    Element table = doc.selectFirst("#sixps-chronology table");
    assertEquals(List.of("Date", "What happened", "Good or hard time", "Source",
        "Who was involved", "Factors it feeds"), table.select("thead th").eachText());
    List<String> dates = table.select("tbody tr").stream()
        .map(r -> r.child(0).text()).toList();
    assertEquals(List.of("2 May 2014", "September 2019", "2020", "about 2020", "February 2022",
        "September 2026 to October 2026", "October 2026"), dates);
    String feb = table.select("tbody tr").get(4).text();
    assertTrue(feb.contains("Hard time") && feb.contains("Health visitor's record")
        && feb.contains("D1"), feb);
    assertEquals("What it meant for the child", doc.selectFirst("#sixps-chronology-impact h3")
        .text());
    assertTrue(doc.selectFirst("#sixps-chronology-impact").text()
        .contains("Kai lost the person he went to after school."));
    assertTrue(doc.selectFirst("svg.sixps-timeline").selectFirst("desc").text()
        .contains("February 2022: Nana June died after a short illness (Hard time)."));
    assertTrue(doc.selectFirst("#sixps-predisposing").text().contains(
        "Comes from: February 2022, Nana June died after a short illness"),
        "a factor shows the event it comes from");
  }

  @Test
  void theFamilysVersionLeavesOutSourcesAndFactorIds() {
    Document doc = page(BLENDED, Audience.FAMILY, View.CHRONOLOGY);
    // A list, as the rest of the family's version is, not a table.
    assertEquals(null, doc.selectFirst("#sixps-chronology table"));
    Element list = doc.selectFirst("#sixps-chronology ul.sixps-entries");
    assertEquals(BLENDED.events().size(), list.children().size(), list.outerHtml());
    assertTrue(list.text().contains("Who was there: "), list.text());
    String text = doc.selectFirst("#sixps-chronology").text();
    assertFalse(text.contains("Health visitor"), text);
    assertFalse(text.contains("Attendance register"), text);
    assertEquals("Important times in the family's life",
        doc.selectFirst("#sixps-chronology h2").text());
  }

  @Test
  void withoutAChronologyOrTreeThereIsNoSectionForThem() {
    Formulation plain = BLENDED.toBuilder().events(List.of())
        .family(io.github.sixps.formulation.model.FamilyTree.empty()).build();
    Document doc = page(plain, Audience.PRACTITIONER);
    assertTrue(doc.select("#sixps-chronology, #sixps-genogram").isEmpty());
  }

  @Test
  void markdownGivesTheTreeAsSentencesAndTheChronologyAsATable() {
    String md = MarkdownRenderer.builder().build().render(BLENDED);
    assertTrue(md.contains("- Tom is Kai's stepfather."), md);
    assertTrue(md.contains("| about 2020 | Tom moved in. | Good and hard |"), md);
    assertTrue(md.contains("## Family tree"), md);
  }
}
