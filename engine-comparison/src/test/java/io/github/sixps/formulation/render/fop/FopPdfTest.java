package io.github.sixps.formulation.render.fop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.pdf.EngineChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The comparison's second engine lays out the largest worked example as the comparison
 * measures it: every part of the outline in the text, tagged, in embedded bundled fonts, and
 * judged by veraPDF as the shipped engine's PDFs are.
 */
class FopPdfTest {
  private static final Path WORKED = Path.of("..", "examples", "src", "main", "resources",
      "worked", "disabled-child-adewale.yaml");
  private static Formulation worked;
  private static byte[] pdf;

  @BeforeAll
  static void render() throws IOException {
    worked = FormulationReader.builder().build().read(WORKED);
    pdf = FopPdf.builder().build().render(worked);
  }

  @Test
  void theTextOfEveryPartIsThere() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      List<String> missing = new ArrayList<>();
      for (String part : List.of(worked.title(), "The child's voice", "Protective factors",
          "Presenting issues", "Page 1 of " + doc.getNumberOfPages())) {
        if (!text.contains(part)) {
          missing.add(part);
        }
      }
      assertEquals(List.of(), missing);
    }
  }

  @Test
  void itIsTaggedInTheDocumentsLanguageWithEveryFontEmbedded() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot(), "structure tree");
      assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
      List<String> unembedded = new ArrayList<>();
      int fonts = 0;
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts++;
          if (!font.isEmbedded()) {
            unembedded.add(font.getName());
          }
        }
      }
      assertTrue(fonts > 0, "no fonts");
      assertEquals(List.of(), unembedded);
    }
  }

  @Test
  void veraPdfJudgesItAsTheShippedEnginesPdfs() {
    assertEquals(List.of(), EngineChecks.failures(pdf, PDFAFlavour.PDFUA_1));
  }
}
