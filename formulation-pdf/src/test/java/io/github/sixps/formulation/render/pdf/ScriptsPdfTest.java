package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.testing.EveryScript;
import io.github.sixps.formulation.render.testing.UserText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every script families write, in one formulation: each character in a real glyph (PDFBox finds
 * no glyph 0), each string in the text layer in reading order, and no warning.
 */
class ScriptsPdfTest {
  @ParameterizedTest
  @EnumSource(Audience.class)
  void everyScriptIsDrawnAndReadsBackInOrder(Audience audience) throws IOException {
    List<PdfWarning> warnings = new ArrayList<>();
    PdfRenderer renderer = PdfRenderer.builder().audience(audience)
        .warnings(warnings::add).build();
    byte[] pdf = renderer.render(EveryScript.formulation());
    if (System.getProperty("sixps.scripts.out") != null) {
      Files.write(Path.of(System.getProperty("sixps.scripts.out"), audience + ".pdf"), pdf);
    }
    assertEquals(List.of(), warnings);
    assertEquals(List.of(), PdfChecks.glyphZeros(pdf));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = PdfChecks.text(doc);
      assertFalse(text.contains("#"), "a character was replaced: " + text);
      List<String> missing = new ArrayList<>();
      EveryScript.WORDS.forEach((script, words) -> {
        if (!text.contains(PdfChecks.fold(script + ": " + words))) {
          missing.add(script);
        }
      });
      assertEquals(List.of(), missing, text);
    }
  }

  @Test
  void everyScriptAndEveryControlCharacterPassPdfUaAndPdfA() throws IOException {
    // Each character that breaks a format (U+FEFF, the controls, noncharacters) in the title,
    // a name and a statement, between letters.
    String breakers = "Sara" + String.join("x", UserText.breakers()) + "Amira";
    Formulation f = EveryScript.formulation().toBuilder().title("Title \uFEFF" + breakers)
        .addPresenting(PresentingIssue.of("P99", breakers))
        .addPerson(Person.of("p2", "\uFEFFSara\u0007", PersonRole.PARENT)).build();
    byte[] pdf = PdfRenderer.builder().archival(true).build().render(f);
    PdfChecks.assertConforms(pdf, PDFAFlavour.PDFUA_1, "every script and control");
    PdfChecks.assertConforms(pdf, PDFAFlavour.PDFA_3_A, "every script and control");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(PdfChecks.text(doc).contains(PdfChecks.fold(UserText.fold(breakers))));
    }
  }

  @Test
  void aCharacterNoFontHasIsReportedWithWhereItIs() {
    List<PdfWarning> warnings = new ArrayList<>();
    // U+0D85 is Sinhala, which the bundled fonts do not cover.
    Formulation f = Formulation.builder().title("Sinhala")
        .addPresenting(PresentingIssue.of("P1", "Amma \u0D85\u0D86 said")).build();
    byte[] pdf = PdfRenderer.builder().warnings(warnings::add).build().render(f);
    assertTrue(pdf.length > 0);
    // The statement, and its words again in the 6Ps picture's text alternative, which now
    // follows the sections it pictures.
    assertEquals(List.of("presenting", "diagram"),
        warnings.stream().map(PdfWarning::location).toList());
    PdfWarning w = warnings.get(0);
    assertEquals("presenting", w.location());
    assertEquals("\u0D85\u0D86", w.characters());
    assertTrue(w.message().contains("U+0D85 sinhala letter ayanna"), w.message());
  }
}
