package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.render.pdf.internal.HbShape;
import io.github.sixps.formulation.render.pdf.internal.ShapingCorpus;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The corpus of family phrases rendered through a real formulation: the glyph ids each word is
 * drawn with in the PDF's content streams, in order, are those {@code hb-shape} gives for the
 * same font and word; the text layer reads back the words as written; and the PDF still passes
 * PDF/UA-1 and PDF/A-3a. The PDF is kept in target/ to look at.
 */
class ShapedPdfTest {
  private static byte[] pdf;

  static Formulation corpus() {
    Formulation.Builder f = Formulation.builder().title("Shaped text");
    int i = 1;
    for (ShapingCorpus.Script script : ShapingCorpus.ALL) {
      for (String phrase : script.phrases()) {
        f.addPresenting(PresentingIssue.of("P" + i++, phrase));
      }
    }
    return f.build();
  }

  @BeforeAll
  static void render() throws IOException {
    pdf = PdfRenderer.builder().archival(true).build().render(corpus());
    Path out = Path.of("target", "shaping");
    Files.createDirectories(out);
    Files.write(out.resolve("corpus.pdf"), pdf);
  }

  /** Each font's glyph ids, in the order the content streams draw them. */
  static Map<String, List<Integer>> drawnGlyphs(PDDocument doc) throws IOException {
    Map<String, List<Integer>> drawn = new HashMap<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
          throws IOException {
        super.showGlyph(matrix, font, code, displacement);
        String name = font.getName();
        drawn.computeIfAbsent(name.substring(name.indexOf('+') + 1), k -> new ArrayList<>())
            .add(code);
      }
    };
    stripper.getText(doc);
    return drawn;
  }

  @Test
  void everyWordIsDrawnWithHarfBuzzsGlyphs() throws Exception {
    List<String> wrong = new ArrayList<>();
    int words = 0;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Map<String, List<Integer>> drawn = drawnGlyphs(doc);
      for (ShapingCorpus.Script script : ShapingCorpus.ALL) {
        String font = script.font().replace(".ttf", "");
        String glyphs = drawn.getOrDefault(font, List.of()).stream().map(String::valueOf)
            .collect(Collectors.joining(" ", " ", " "));
        List<String> all = new ArrayList<>();
        for (String phrase : script.phrases()) {
          for (String word : phrase.split("[\\s,.!?،]+")) {
            if (!word.isEmpty()) {
              all.add(word);
            }
          }
        }
        List<List<HbShape.Glyph>> expected = HbShape.shape(fontFile(script.font()), all,
            script.rightToLeft());
        for (int i = 0; i < all.size(); i++) {
          String ids = expected.get(i).stream().map(g -> String.valueOf(g.glyph()))
              .collect(Collectors.joining(" ", " ", " "));
          words++;
          if (!glyphs.contains(ids)) {
            wrong.add(script.script() + " " + all.get(i) + ": hb-shape" + ids);
          }
        }
      }
    }
    System.out.println(words + " words checked against hb-shape in the PDF's content streams");
    assertEquals(List.of(), wrong);
  }

  @Test
  void theTextLayerHasTheWordsAsWritten() throws IOException {
    List<String> phrases = ShapingCorpus.ALL.stream()
        .filter(s -> !s.rightToLeft() && !s.script().equals("Thai"))
        .flatMap(s -> s.phrases().stream()).toList();
    PdfChecks.assertContainsAll(pdf, phrases, "shaped phrases");
  }

  @Test
  void itPassesPdfUaAndPdfA() {
    PdfChecks.assertConforms(pdf, PDFAFlavour.PDFUA_1, "shaped corpus");
    PdfChecks.assertConforms(pdf, PDFAFlavour.PDFA_3_A, "shaped corpus");
    assertTrue(pdf.length > 0);
  }

  static Path fontFile(String name) throws URISyntaxException {
    return Path.of(ShapedPdfTest.class
        .getResource("/io/github/sixps/formulation/render/pdf/fonts/" + name).toURI());
  }
}
