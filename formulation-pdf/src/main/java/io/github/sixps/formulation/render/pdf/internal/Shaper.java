package io.github.sixps.formulation.render.pdf.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Shapes text in one TrueType font as its script needs: the font's own substitutions and
 * positioning (OpenType GSUB and GPOS), so that a Bengali vowel sign that stands before its
 * letter is drawn there, conjuncts are joined, Arabic letters take their joined forms and marks
 * sit on their letters.
 *
 * <p>The shaping is the Java runtime's own: {@link Font#layoutGlyphVector} lays text out with
 * the HarfBuzz the JDK carries, so the glyphs are those {@code hb-shape} gives for the same
 * font and text (measured against it over a corpus of family sentences in every script the
 * bundled fonts cover; see ShaperTest). The font is set at the size of its own em, with
 * fractional metrics and no hinting, so positions come out in font units.
 *
 * <p>Immutable and safe to share between threads. {@link Font#createFont(int,
 * java.io.InputStream)} copies the font to a temporary file, which the Java runtime deletes when
 * it exits.
 */
public final class Shaper {
  /** Glyph ids at and above this are the runtime's invisible glyphs, never drawn. */
  private static final int INVISIBLE = 0xFFFE;

  private final Font font;
  private final int unitsPerEm;
  private final int[] advances;
  private final FontRenderContext context = new FontRenderContext(null, true, true);

  private Shaper(Font font, int unitsPerEm, int[] advances) {
    this.font = font;
    this.unitsPerEm = unitsPerEm;
    this.advances = advances;
  }

  /**
   * Reads a shaper for a TrueType font file.
   *
   * @param bytes the whole font file, only read
   * @throws IOException if it is not a TrueType font the runtime and FontBox can read
   */
  public static Shaper of(byte[] bytes) throws IOException {
    int unitsPerEm;
    int[] advances;
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
      unitsPerEm = ttf.getUnitsPerEm();
      advances = new int[ttf.getNumberOfGlyphs()];
      for (int g = 0; g < advances.length; g++) {
        advances[g] = ttf.getAdvanceWidth(g);
      }
    }
    Font font;
    try {
      // Kerning and ligatures on, as HarfBuzz has them by default: without them the runtime
      // leaves out the font's kerning (Tamil, Hebrew and Thai letters came 10 to 340 units
      // apart from hb-shape's over a phrase).
      font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes))
          .deriveFont(Map.of(TextAttribute.SIZE, (float) unitsPerEm,
              TextAttribute.KERNING, TextAttribute.KERNING_ON,
              TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
    } catch (FontFormatException e) {
      throw new IOException("the Java runtime cannot read the font: " + e.getMessage(), e);
    }
    return new Shaper(font, unitsPerEm, advances);
  }

  /**
   * Whether text needs shaping to be drawn right: whether it has characters of a script whose
   * glyphs depend on their neighbours or are reordered (Arabic, Hebrew marks, the Indic scripts,
   * Thai and others), as the Java runtime judges it. Other text is drawn a glyph per character.
   */
  public static boolean needed(String text) {
    char[] chars = text.toCharArray();
    return Font.textRequiresLayout(chars, 0, chars.length);
  }

  /** {@return the font's units in one em} */
  public int unitsPerEm() {
    return unitsPerEm;
  }

  /**
   * The glyph's own advance (its horizontal metrics), which a PDF viewer moves by after drawing
   * it, in font units; 0 for a glyph the font does not have.
   */
  public int advance(int glyph) {
    return glyph >= 0 && glyph < advances.length ? advances[glyph] : 0;
  }

  /**
   * Shapes a run of text of one direction.
   *
   * @param text the text, in logical (reading) order
   * @param rightToLeft whether the run reads right to left; its glyphs still come left to right
   * @return the glyphs in drawing order, left to right
   */
  public ShapedRun shape(String text, boolean rightToLeft) {
    char[] chars = text.toCharArray();
    GlyphVector vector = font.layoutGlyphVector(context, chars, 0, chars.length,
        rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
    int count = vector.getNumGlyphs();
    float[] positions = vector.getGlyphPositions(0, count + 1, null);
    int[] glyphs = new int[count];
    float[] x = new float[count];
    float[] y = new float[count];
    int[] clusters = new int[count];
    int kept = 0;
    for (int i = 0; i < count; i++) {
      int glyph = vector.getGlyphCode(i);
      if (glyph >= INVISIBLE) {
        continue;
      }
      glyphs[kept] = glyph;
      x[kept] = positions[2 * i];
      // Java's y grows downwards; a PDF's, and hb-shape's, upwards.
      y[kept] = positions[2 * i + 1] == 0 ? 0 : -positions[2 * i + 1];
      clusters[kept] = vector.getGlyphCharIndex(i);
      kept++;
    }
    return new ShapedRun(Arrays.copyOf(glyphs, kept), Arrays.copyOf(x, kept),
        Arrays.copyOf(y, kept), Arrays.copyOf(clusters, kept), positions[2 * count], unitsPerEm);
  }

  @Override
  public String toString() {
    return "Shaper{" + font.getFontName() + "}";
  }
}
