package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
      for (int i = 0; i < pdf.getNumberOfPages() - 1; i++) {
        LastLine last = LastLine.of(pdf, i + 1);
        // A heading's words in larger type than the page's text: a table cell that happens to
        // read as a heading ("Bea", a child's name) is not one.
        if (last != null && headings.contains(squash(last.text)) && last.size > last.bodySize) {
          stranded.add("page " + (i + 1) + ": " + last.text);
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

  /** The lowest line of a page's body, its type size, and the size most of the page is in. */
  private static final class LastLine extends PDFTextStripper {
    private String text;
    private float y = -1;
    private float size;
    private final Map<Float, Integer> sizes = new HashMap<>();
    private float bodySize;

    private LastLine() throws IOException {}

    static LastLine of(PDDocument pdf, int page) throws IOException {
      LastLine last = new LastLine();
      last.setStartPage(page);
      last.setEndPage(page);
      last.getText(pdf);
      if (last.text == null) {
        return null;
      }
      last.bodySize = last.sizes.entrySet().stream().max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey).orElse(0f);
      return last;
    }

    @Override
    protected void writeString(String line, List<TextPosition> positions) {
      if (positions.isEmpty() || line.isBlank()) {
        return;
      }
      float lineY = positions.get(0).getYDirAdj();
      if (lineY < PdfChecks.BODY_TOP || lineY > PdfChecks.BODY_BOTTOM) {
        return;
      }
      float lineSize = 0;
      for (TextPosition t : positions) {
        float s = Math.round(t.getFontSizeInPt() * 2) / 2f;
        sizes.merge(s, 1, Integer::sum);
        lineSize = Math.max(lineSize, s);
      }
      if (lineY > y + 1) {
        y = lineY;
        text = line;
        size = lineSize;
      } else if (Math.abs(lineY - y) <= 1) {
        text = text + " " + line;
        size = Math.max(size, lineSize);
      }
    }
  }

  private static String squash(String s) {
    return PdfChecks.fold(s);
  }
}
