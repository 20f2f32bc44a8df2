package io.github.sixps.formulation.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfContentStreamAdapter;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Writes glyphs by their ids onto the page openhtmltopdf is drawing, where its own drawing
 * could only write characters (each mapped to one glyph through the font's character map, so
 * no reordering, conjunct or joined form can be drawn).
 *
 * <p>openhtmltopdf 1.1.65 keeps what this needs to itself: the page's content stream, the
 * device's transform (its page margins) and the steps that bring the text colour into the page.
 * They are reached by reflection, here and nowhere else, and checked when this class loads, so
 * that an openhtmltopdf whose insides differ fails every PDF at once with this message rather
 * than drawing text in the wrong place. Both libraries are automatic modules, which open every
 * package, so this works on the module path as on the class path.
 */
final class GlyphWriter {
  private static final Field CONTENT;
  private static final Method TRANSFORM;
  private static final Method FILL;
  private static final Method STROKE;
  private static final Field FONT;

  static {
    try {
      CONTENT = PdfContentStreamAdapter.class.getDeclaredField("cs");
      TRANSFORM = PdfBoxFastOutputDevice.class.getDeclaredMethod("getTransform");
      FILL = PdfBoxFastOutputDevice.class.getDeclaredMethod("ensureFillColor");
      STROKE = PdfBoxFastOutputDevice.class.getDeclaredMethod("ensureStrokeColor");
      FONT = PdfBoxFastOutputDevice.class.getDeclaredField("_font");
      FONT.setAccessible(true);
      CONTENT.setAccessible(true);
      TRANSFORM.setAccessible(true);
      FILL.setAccessible(true);
      STROKE.setAccessible(true);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("shaped text needs openhtmltopdf 1.1.65's output device"
          + " (its content stream, transform and colour steps), which this openhtmltopdf does"
          + " not have: " + e, e);
    }
  }

  private final PdfBoxFastOutputDevice device;

  GlyphWriter(PdfBoxFastOutputDevice device) {
    this.device = device;
  }

  /** {@return the device's transform: from the layout's units to the page's, with margins} */
  AffineTransform transform() {
    return (AffineTransform) call(TRANSFORM);
  }

  /** {@return the font the device is set to draw the next text in} */
  PdfBoxFSFont font() {
    try {
      return (PdfBoxFSFont) FONT.get(device);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Brings the text colour into the page, before text is filled. */
  void fillColour() {
    call(FILL);
  }

  /** Brings the text colour into the page as the stroke colour, for emboldened text. */
  void strokeColour() {
    call(STROKE);
  }

  /** Appends operators, already written, to the page's content stream. */
  // PDFBox 3 marks appendRawCommands "discouraged" (deprecated, not for removal) and offers
  // nothing else that writes glyph ids the shaper chose: its showText maps characters through
  // the font's character map, which is what this class exists to go around.
  @SuppressWarnings("deprecation")
  void append(String operators) {
    try {
      PDPageContentStream stream = (PDPageContentStream) CONTENT.get(device.getCurrentPage());
      stream.appendRawCommands(operators.getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write to the page", e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private Object call(Method method) {
    try {
      return method.invoke(device);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }
}
