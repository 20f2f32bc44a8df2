package io.github.sixps.formulation.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fonts every PDF is set in: DejaVu Sans in four faces, from the {@code jasperreports-fonts}
 * artifact, whose licence (Bitstream Vera, public domain changes) allows embedding. They are read
 * from the class path into memory once per class loader, so that no document reads a font file,
 * asks the operating system for one, or fetches one.
 */
final class PdfFonts {
  /** The only font family the PDF's stylesheet names. */
  static final String FAMILY = "DejaVu Sans";

  private static final String DIR = "net/sf/jasperreports/fonts/dejavu/";

  private PdfFonts() {}

  /** Loaded on first use, by the class loader's own once-only initialisation. */
  private static final class Loaded {
    static final byte[] REGULAR = read("DejaVuSans.ttf");
    static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    static final byte[] OBLIQUE = read("DejaVuSans-Oblique.ttf");
    static final byte[] BOLD_OBLIQUE = read("DejaVuSans-BoldOblique.ttf");
  }

  /** Makes sure the font bytes are in memory, so that a missing artifact fails at build time. */
  static void load() {
    if (Loaded.REGULAR.length == 0) {
      throw new IllegalStateException("empty font file");
    }
  }

  /**
   * Registers the four faces with a builder. Each is subset: only the glyphs a document uses
   * are embedded, which is all of them that it shows.
   */
  static void register(PdfRendererBuilder builder) {
    // For the page, the pictures, and as the final fallback: whatever family a stylesheet
    // names (the HTML page's own margin boxes name system fonts), the text is set in this
    // embedded font, never in one the PDF would only name.
    Set<FSFontUseCase> uses = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG,
        FSFontUseCase.FALLBACK_FINAL);
    builder.useFont(() -> stream(Loaded.REGULAR), FAMILY, 400, FontStyle.NORMAL, true, uses);
    builder.useFont(() -> stream(Loaded.BOLD), FAMILY, 700, FontStyle.NORMAL, true, uses);
    builder.useFont(() -> stream(Loaded.OBLIQUE), FAMILY, 400, FontStyle.ITALIC, true, uses);
    builder.useFont(() -> stream(Loaded.OBLIQUE), FAMILY, 400, FontStyle.OBLIQUE, true, uses);
    builder.useFont(() -> stream(Loaded.BOLD_OBLIQUE), FAMILY, 700, FontStyle.ITALIC, true,
        uses);
    builder.useFont(() -> stream(Loaded.BOLD_OBLIQUE), FAMILY, 700, FontStyle.OBLIQUE, true,
        uses);
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static byte[] read(String name) {
    // An automatic module opens all its packages, so this works on the module path as well as
    // on the class path.
    ClassLoader loader = PdfFonts.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("font " + DIR + name + " is not on the class path: the"
            + " net.sf.jasperreports:jasperreports-fonts artifact is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read font " + name, e);
    }
  }
}
