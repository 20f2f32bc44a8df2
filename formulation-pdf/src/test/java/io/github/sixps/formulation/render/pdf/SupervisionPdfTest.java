package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.render.testing.SupervisionCase;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import io.github.sixps.formulation.review.FormulationDiff;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The supervision summary as a PDF: at most four A4 pages at 11pt (the child's words and larger
 * print took it past the two it was) that say what is late first and where things stand.
 */
class SupervisionPdfTest {
  private static final PdfRenderer SUPERVISION = PdfRenderer.builder().view(View.SUPERVISION)
      .asOf(SupervisionCase.LATE).build();

  @Test
  void aTypicalCaseFitsTwoPagesAndIsAccessible() throws IOException {
    byte[] pdf = SUPERVISION.renderSince(SupervisionCase.before(), SupervisionCase.now());
    int pages = PdfChecks.pages(pdf);
    assertTrue(pages <= 4, pages + " pages");
    PdfChecks.assertConforms(pdf, PDFAFlavour.PDFUA_1, "supervision summary");
    PdfChecks.assertFontsEmbedded(pdf);
    PdfChecks.assertContainsAll(pdf, List.of("Where things stand", "What is late",
        "Olu visits Magda at home", "Progress towards the goals",
        "What changed since 19 October 2026", "Action A2 is now done (was in progress)."),
        "supervision summary");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // The running header keeps the space after the colon (a CSS escape once swallowed it).
      PDFTextStripperByArea header = new PDFTextStripperByArea();
      header.addRegion("header", new Rectangle2D.Float(0, 0, 600, PdfChecks.BODY_TOP));
      header.extractRegions(doc.getPage(1));
      String text = header.getTextForRegion("header");
      assertTrue(text.contains("Supervision: Formulation with the Kowalski family"), text);
      assertTrue(doc.getDocumentInformation().getSubject().startsWith("A supervision summary"));
    }
  }

  /** The worked example kept in two versions, as a supervisor would run it on either date. */
  @Test
  void theWorkedExampleAfterItsReviewFitsTwoPages() {
    for (LocalDate asOf : List.of(SupervisionCase.ON_TIME, SupervisionCase.LATE)) {
      byte[] pdf = PdfRenderer.builder().view(View.SUPERVISION).asOf(asOf).build()
          .renderSince(WorkedExamples.beforeReview("young-carer-kowalski"), SupervisionCase.now());
      int pages = PdfChecks.pages(pdf);
      assertTrue(pages <= 4, "as of " + asOf + ": " + pages + " pages");
    }
  }

  @Test
  void theChangesOnTheirOwnAreAnAccessiblePdf() {
    FormulationDiff diff = FormulationDiff.between(SupervisionCase.before(),
        SupervisionCase.now());
    byte[] pdf = PdfRenderer.builder().build().renderChanges(diff);
    PdfChecks.assertConforms(pdf, PDFAFlavour.PDFUA_1, "changes");
    PdfChecks.assertContainsAll(pdf, diff.changes().stream().map(c -> c.description())
        .toList(), "changes");
  }
}
