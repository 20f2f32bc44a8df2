package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.PresentingIssue;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The fonts lent to each document: the text reads back as written, document after document. */
class PdfFontsTest {
  private static final String LIGATURES =
      "The office staff find the flat's fluffy affiliations baffling.";

  private static final PdfRenderer RENDERER = PdfRenderer.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC)).build();

  private static Formulation withText(String text) {
    return Formulation.builder().title("Fonts")
        .addPresenting(PresentingIssue.of("P1", text)).build();
  }

  @Test
  void lettersThatCouldJoinAreSetAndReadAsSeparateLetters() throws IOException {
    // Letters a font could join ("fi", "fl", "ff", "ffl") come back from the PDF as they were
    // written, with no ligature characters (U+FB00 to U+FB06) in their place.
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(withText(LIGATURES)))) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertTrue(text.contains(LIGATURES), text);
      assertFalse(text.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06), text);
    }
  }

  @Test
  void theFacesLentToOneDocumentServeTheNextAlike() {
    // The second and third documents use faces parsed for the first: the same bytes each time.
    Formulation f = withText(LIGATURES);
    byte[] first = RENDERER.render(f);
    assertArrayEquals(first, RENDERER.render(f));
    assertArrayEquals(first, RENDERER.render(f));
  }

  @Test
  void aLeaseServesOneDocument() throws IOException {
    try (PdfFonts.Lease lease = PdfFonts.bundled().lend();
        PdfBoxRenderer renderer = new PdfRendererBuilder()
            .withHtmlContent("<html><body><p>x</p></body></html>", null).buildPdfRenderer()) {
      lease.register(renderer);
      assertThrows(IllegalStateException.class, () -> lease.register(renderer));
    }
  }
}
