package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A practitioner's check of each worked example's record and handout, from the PDF itself: no
 * page ends with a heading parted from what it heads, and a document past four pages has
 * bookmarks to its parts.
 */
class RecordLayoutTest {
  static List<Object[]> cases() {
    List<Object[]> cases = new ArrayList<>();
    for (String name : WorkedExamples.names()) {
      for (Audience audience : Audience.values()) {
        cases.add(new Object[] {name, audience});
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void noHeadingEndsAPageAndLongOnesHaveBookmarks(String name, Audience audience)
      throws IOException {
    Formulation f = WorkedExamples.read(name);
    // A picture's words are drawn, not text PDFBox reads back, so a heading over a picture
    // looks like a page's last line: those are left to the eye (the pages as images).
    Set<String> headings = Jsoup.parse(HtmlRenderer.builder().audience(audience).build()
        .render(f)).select("main h2, main h3, main h4").stream()
        .filter(h -> h.parent().select("figure").isEmpty()).map(h -> squash(h.text()))
        .collect(Collectors.toSet());
    byte[] bytes = PdfRenderer.builder().audience(audience).build().render(f);
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      List<String> stranded = new ArrayList<>();
      PDFTextStripperByArea stripper = new PDFTextStripperByArea();
      stripper.addRegion("body", new Rectangle2D.Float(0, PdfChecks.BODY_TOP, 600,
          PdfChecks.BODY_BOTTOM - PdfChecks.BODY_TOP));
      for (int i = 0; i < pdf.getNumberOfPages() - 1; i++) {
        stripper.extractRegions(pdf.getPage(i));
        List<String> lines = stripper.getTextForRegion("body").lines()
            .filter(l -> !l.isBlank()).collect(Collectors.toList());
        if (lines.isEmpty()) {
          continue;
        }
        String last = squash(lines.get(lines.size() - 1));
        if (headings.contains(last)) {
          stranded.add("page " + (i + 1) + ": " + lines.get(lines.size() - 1));
        }
      }
      assertEquals(List.of(), stranded, name + " " + audience + ": headings at a page's foot");
      if (pdf.getNumberOfPages() > 4) {
        PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
        assertNotNull(outline, name + " " + audience + ": no bookmarks in "
            + pdf.getNumberOfPages() + " pages");
        assertTrue(outline.children().iterator().hasNext(), name + ": empty bookmarks");
      }
    }
  }

  private static String squash(String s) {
    return PdfChecks.fold(s);
  }
}
