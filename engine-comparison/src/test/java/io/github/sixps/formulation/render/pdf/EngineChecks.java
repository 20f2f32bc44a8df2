package io.github.sixps.formulation.render.pdf;

import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The shipped renderer's own test checks (formulation-pdf's test jar), opened to the engine
 * comparison so that both engines are judged by the same code: veraPDF's failed rules, the
 * glyphs drawn per font, and the shaping corpus as a formulation.
 */
public final class EngineChecks {
  private static final String FONTS = "/io/github/sixps/formulation/render/pdf/fonts/";

  private EngineChecks() {}

  /** {@return the rules of {@code flavour} that the PDF fails, one line each} */
  public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
    return PdfChecks.failures(pdf, flavour);
  }

  /** {@return each font's glyph ids, in the order the content streams draw them} */
  public static Map<String, List<Integer>> drawnGlyphs(PDDocument doc) throws IOException {
    return ShapedPdfTest.drawnGlyphs(doc);
  }

  /**
   * {@return the bundled font file of that name as a file for hb-shape: the shipped renderer's
   * tests find it in its classes folder; from its jar it is copied out first}
   */
  public static Path fontFile(String name) throws URISyntaxException, IOException {
    URL url = ShapedPdfTest.class.getResource(FONTS + name);
    if (url == null) {
      throw new IllegalStateException("no bundled font " + name);
    }
    if (url.getProtocol().equals("file")) {
      return Path.of(url.toURI());
    }
    Path copy = Files.createTempFile("sixps-font", ".ttf");
    copy.toFile().deleteOnExit();
    try (InputStream in = url.openStream()) {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    }
    return copy;
  }

  /** {@return every phrase of the shaping corpus as a presenting issue of one formulation} */
  public static Formulation shapingCorpus() {
    return ShapedPdfTest.corpus();
  }
}
