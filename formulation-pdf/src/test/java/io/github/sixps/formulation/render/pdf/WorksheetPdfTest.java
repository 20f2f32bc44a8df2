package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.Terminology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The blank worksheet as a team uses it in a meeting, read back from the PDF: one A4 sheet
 * turned sideways with the six boxes, one with the three houses and the hypothesis, each box's
 * heading on the same sheet as its question (so never parted from its room to write), and the
 * family's version in the family's words with no teaching label.
 */
class WorksheetPdfTest {
  static List<Object[]> cases() {
    List<Object[]> cases = new ArrayList<>();
    cases.add(new Object[] {Audience.PRACTITIONER, "leeds-6ps"});
    cases.add(new Object[] {Audience.PRACTITIONER, "clinical-5ps-plan"});
    cases.add(new Object[] {Audience.FAMILY, "family"});
    return cases;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void twoSheetsOfBoxesEachHeadingWithItsQuestion(Audience audience, String words)
      throws IOException {
    Terminology t = Terminology.named(words);
    byte[] bytes = PdfRenderer.builder().audience(audience).terminology(t).build()
        .renderBlank();
    Path preview = Path.of("target", "pdf-preview", "worksheet-" + words + ".pdf");
    Files.createDirectories(preview.getParent());
    Files.write(preview, bytes);
    PdfChecks.assertConforms(bytes, PDFAFlavour.PDFUA_1, "worksheet " + words);
    Map<String, String> sheet1 = Map.of(
        t.label(Label.PRESENTING), t.text("worksheet.presenting.ask"),
        t.label(Label.PREDISPOSING), t.text("worksheet.predisposing.ask"),
        t.label(Label.PRECIPITATING), t.text("worksheet.precipitating.ask"),
        t.label(Label.PERPETUATING), t.text("worksheet.perpetuating.ask"),
        t.label(Label.PROTECTIVE), t.text("worksheet.protective.ask"),
        t.label(Label.PLAN), t.text("worksheet.plan.ask"));
    Map<String, String> sheet2 = Map.of(
        t.text("worksheet.worries"), t.text("worksheet.worries.ask"),
        t.text("worksheet.goingWell"), t.text("worksheet.goingWell.ask"),
        t.text("worksheet.needsToHappen"), t.text("worksheet.needsToHappen.ask"),
        t.label(Label.HYPOTHESIS), t.text("worksheet.hypothesis.ask"));
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertEquals(2, pdf.getNumberOfPages(), words + ": one sheet of boxes, one of houses");
      for (int i = 0; i < 2; i++) {
        PDRectangle size = pdf.getPage(i).getMediaBox();
        assertTrue(size.getWidth() > size.getHeight() && Math.round(size.getWidth()) == 842,
            words + ": page " + (i + 1) + " is A4 turned sideways: " + size);
      }
      assertBoxes(page(pdf, 1), sheet1, words + " page 1");
      assertBoxes(page(pdf, 2), sheet2, words + " page 2");
      String all = page(pdf, 1) + page(pdf, 2);
      assertFalse(all.contains(PdfChecks.fold(t.text("document.teachingNotes"))),
          words + ": no teaching label on a worksheet");
      if (audience == Audience.FAMILY) {
        assertTrue(all.contains(PdfChecks.fold("What made things harder for you growing up?")),
            "the family's worksheet asks the family: " + all);
        assertFalse(all.contains(PdfChecks.fold("the parents")), "nothing in the third person");
      }
    }
  }

  /** Each heading and its question on the page, the question after the heading. */
  private static void assertBoxes(String page, Map<String, String> boxes, String where) {
    boxes.forEach((heading, question) -> {
      int h = page.indexOf(PdfChecks.fold(heading));
      int q = page.indexOf(PdfChecks.fold(question));
      assertTrue(h >= 0, where + " has the heading " + heading + ": " + page);
      assertTrue(q > h, where + " has " + heading + "'s question after it: " + page);
    });
  }

  /** One page's text in the order it is drawn (each box whole), folded. */
  private static String page(PDDocument pdf, int number) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(false);
    stripper.setStartPage(number);
    stripper.setEndPage(number);
    return PdfChecks.fold(stripper.getText(pdf));
  }
}
