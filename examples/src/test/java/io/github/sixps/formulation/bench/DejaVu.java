package io.github.sixps.formulation.bench;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The DejaVu Sans faces the PDF renderer embeds, from the same artifact, for the baseline runs
 * that apportion the cost of embedding fonts. Read once per JVM, as the renderer reads them.
 */
final class DejaVu {
  static final String FAMILY = "DejaVu Sans";
  private static final String DIR = "net/sf/jasperreports/fonts/dejavu/";
  private static final byte[] REGULAR = read("DejaVuSans.ttf");
  private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

  private DejaVu() {}

  /** Registers the regular and bold faces, subset, as the renderer registers them. */
  static void register(PdfRendererBuilder builder) {
    builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
  }

  private static byte[] read(String name) {
    try (InputStream in = DejaVu.class.getClassLoader().getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("font " + DIR + name + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
