package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.testing.MarkedWords;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A PDF in a council's own words: an Urdu family handout is right to left, says it is in Urdu,
 * and its words are in the text layer in reading order; with a marked terminology, no word on
 * any page (running header and footer included) is one written in code.
 */
class TranslatedPdfTest {
  private static final Path URDU = Path.of("../formulation-render/src/test/resources/"
      + "terminology/urdu-test.yaml");
  private static final String EXAMPLE = "school-avoidance-ahmed";

  @Test
  void anUrduHandoutIsInUrduRightToLeftAndInReadingOrder() throws IOException {
    Terminology urdu = Terminology.load(URDU);
    byte[] bytes = PdfRenderer.builder().audience(Audience.FAMILY).terminology(urdu).build()
        .render(WorkedExamples.read(EXAMPLE));
    PdfChecks.assertConforms(bytes, PDFAFlavour.PDFUA_1, "the Urdu handout");
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertEquals("ur", pdf.getDocumentCatalog().getLanguage());
      String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
          StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<dc:language><rdf:Bag><rdf:li>ur</rdf:li>"), xmp);
      String text = PdfChecks.text(pdf);
      int at = -1;
      // In the family handout's order: what is helping, the child's words, worries, the plan,
      // and who is involved last.
      for (String heading : List.of("کیا مدد کر رہا ہے", "بچے کے اپنے الفاظ",
          "ہمیں کس بات کی فکر ہے", "ہم مل کر کیا کریں گے", "کون شامل ہے")) {
        int next = text.indexOf(PdfChecks.fold(heading), at + 1);
        assertTrue(next > at, heading + " is in the text layer, after the heading before it");
        at = next;
      }
      // The month's name is Urdu. (Text extraction puts the day and year of a date in a
      // right-to-left line in either order, as it reads each line's direction for itself.)
      assertTrue(text.contains(PdfChecks.fold("نومبر 2026")) || text.contains(PdfChecks.fold(
          "2026 نومبر")), "the date, its month in Urdu");
      // A family's version names no status: a word for professionals.
      assertFalse(text.contains(PdfChecks.fold("طے شدہ")), "no status for the family");
      // Headings sit on the right of a right-to-left page.
      float[] span = span(pdf, "ہمیں کس بات کی فکر ہے");
      assertTrue(span[1] > 500, "the heading ends near the right margin, at " + span[1]);
      assertTrue(span[0] > 300, "and starts right of the middle, at " + span[0]);
    }
  }

  @Test
  void noFixedWordIsLeftOnAnyPage() throws IOException {
    Formulation f = MarkedWords.formulation(EXAMPLE);
    Set<String> ids = MarkedWords.ids(EXAMPLE);
    PdfRenderer.Builder b = PdfRenderer.builder().audience(Audience.FAMILY)
        .terminology(MarkedWords.terminology("ltr")).teaching(true);
    for (Map.Entry<String, byte[]> d : Map.of("family handout", b.build().render(f),
        "blank worksheet", b.build().renderBlank()).entrySet()) {
      try (PDDocument pdf = Loader.loadPDF(d.getValue())) {
        String all = new PDFTextStripper().getText(pdf);
        assertEquals(List.of(), MarkedWords.leftovers(all, List.of(), ids), d.getKey());
        int page = all.indexOf("⟦document.pageNumber⟧");
        // The page number's spaces are no-break spaces (the layout engine drops ordinary ones
        // at the ends of a margin box's parts).
        assertTrue(page >= 0 && all.substring(page)
            .matches("(?s)⟦document.pageNumber⟧[ \u00a0]*1[ \u00a0]*\\d.*"),
            d.getKey() + ": page numbers: " + all.substring(Math.max(0, page - 40),
            Math.min(all.length(), page + 60)));
        assertTrue(pdf.getDocumentInformation().getSubject().startsWith("⟦document.subject"),
            d.getKey() + ": subject");
      }
    }
  }

  /** The least and greatest x of the first line of text that is {@code words}. */
  private static float[] span(PDDocument pdf, String words) throws IOException {
    List<TextPosition> line = new ArrayList<>();
    List<float[]> found = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        if (found.isEmpty() && PdfChecks.fold(text).equals(PdfChecks.fold(words))) {
          float min = Float.MAX_VALUE;
          float max = 0;
          for (TextPosition p : positions) {
            min = Math.min(min, p.getXDirAdj());
            max = Math.max(max, p.getXDirAdj() + p.getWidthDirAdj());
          }
          found.add(new float[] {min, max});
        }
        line.addAll(positions);
      }
    };
    stripper.getText(pdf);
    assertTrue(!found.isEmpty(), words + " is a line of its own");
    return found.get(0);
  }
}
