package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.pdf.internal.HbShape;
import io.github.sixps.formulation.render.pdf.internal.ShapingCorpus;
import io.github.sixps.formulation.testing.ExternalTool;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
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

  /**
   * The text layer, as PDFBox reads it, holds every phrase. Left-to-right shaped text is read
   * from its spans' {@code /ActualText}; right-to-left text from the fonts' {@code ToUnicode}
   * maps, glyph by glyph in the order drawn, which PDFBox turns round. Vocalised right-to-left
   * text (Arabic harakat, Hebrew points) is left out: PDFBox puts a mark read that way beside
   * the wrong letter.
   */
  @Test
  void theTextLayerHasTheWordsAsWritten() throws IOException {
    List<String> phrases = ShapingCorpus.ALL.stream()
        .flatMap(s -> s.phrases().stream().filter(p -> !s.rightToLeft()
            || p.codePoints().noneMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK)))
        .toList();
    assertTrue(phrases.size() > 200, "phrases: " + phrases.size());
    PdfChecks.assertContainsAll(pdf, phrases, "shaped phrases");
  }

  @Test
  void itPassesPdfUaAndPdfA() {
    PdfChecks.assertConforms(pdf, PDFAFlavour.PDFUA_1, "shaped corpus");
    PdfChecks.assertConforms(pdf, PDFAFlavour.PDFA_3_A, "shaped corpus");
    assertTrue(pdf.length > 0);
  }

  /**
   * Pictures to look at, kept in target/shaping: the PDF's first pages rasterised
   * ({@code pdftoppm -r 150}) and Chromium's screenshot of the HTML page of the same
   * formulation, which shapes with its own HarfBuzz and the machine's fonts. Each must show
   * text (dark pixels), so that a blank picture is not mistaken for a look.
   */
  @Test
  void picturesOfThePdfAndOfChromiumsPageAreKept() throws Exception {
    Path out = Path.of("target", "shaping").toAbsolutePath();
    Path pdftoppm = ExternalTool.require(List.of("pdftoppm"), "apt-get install poppler-utils");
    run(List.of(pdftoppm.toString(), "-png", "-r", "150", "-f", "1", "-l", "3",
        out.resolve("corpus.pdf").toString(), out.resolve("pdf").toString()));
    Path chromium = ExternalTool.require(List.of("chromium", "chromium-browser"),
        "apt-get install chromium");
    Path html = out.resolve("corpus.html");
    StringBuilder page = new StringBuilder();
    HtmlRenderer.builder().build().render(corpus(), page);
    Files.writeString(html, page);
    Path profile = Files.createTempDirectory("chromium-profile");
    run(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--user-data-dir=" + profile,
        "--hide-scrollbars", "--window-size=1000,1300",
        "--screenshot=" + out.resolve("chromium.png"), html.toUri().toString()));
    for (String picture : List.of("pdf-01.png", "chromium.png")) {
      BufferedImage image = ImageIO.read(out.resolve(picture).toFile());
      int dark = 0;
      for (int y = 0; y < image.getHeight(); y += 2) {
        for (int x = 0; x < image.getWidth(); x += 2) {
          if ((image.getRGB(x, y) & 0xFF) < 128) {
            dark++;
          }
        }
      }
      assertTrue(dark > 1000, picture + " shows no text: " + dark + " dark pixels");
    }
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), command.get(0) + " failed: " + output);
  }

  static Path fontFile(String name) throws URISyntaxException {
    return Path.of(ShapedPdfTest.class
        .getResource("/io/github/sixps/formulation/render/pdf/fonts/" + name).toURI());
  }
}
