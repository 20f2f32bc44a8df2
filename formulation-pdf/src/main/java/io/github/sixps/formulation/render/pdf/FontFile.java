package io.github.sixps.formulation.render.pdf;

import com.google.common.base.Preconditions;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.github.sixps.formulation.render.pdf.internal.Shaper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType font file a PDF may embed: its bytes, and what was read from it once: its family
 * name, weight, slope and the characters it has glyphs for. Immutable; the bytes are never
 * handed out.
 */
final class FontFile {
  private static final int LAST_PLANE_END = 0x30000;

  private final String name;
  private final byte[] bytes;
  private final String family;
  private final int weight;
  private final boolean sloped;
  private final BitSet covered;
  /** Made on first use: most documents shape nothing, and most fonts are never shaped with. */
  private final Supplier<Shaper> shaper = Suppliers.memoize(this::readShaper);

  private FontFile(String name, byte[] bytes) {
    this.name = name;
    this.bytes = bytes;
    try (TrueTypeFont font = parse()) {
      String f = font.getNaming() == null ? null : font.getNaming().getFontFamily();
      this.family = f == null || f.isBlank() ? name : f.strip();
      OS2WindowsMetricsTable os2 = font.getOS2Windows();
      this.weight = os2 == null || os2.getWeightClass() <= 0 ? 400 : os2.getWeightClass();
      this.sloped = os2 != null ? (os2.getFsSelection() & 1) != 0
          : (font.getHeader().getMacStyle() & 2) != 0;
      this.covered = coverage(font);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("font " + name + " is not a TrueType font that PDFs"
          + " can embed (.ttf, or .otf with TrueType outlines): " + e.getMessage(), e);
    }
  }

  /**
   * Reads a font file's facts.
   *
   * @param name the file's name, for messages
   * @param bytes the whole file, which is kept and not copied: the caller gives it up
   * @throws IllegalArgumentException if it is not a TrueType font with a Unicode character map
   */
  static FontFile of(String name, byte[] bytes) {
    Preconditions.checkNotNull(name, "name");
    Preconditions.checkNotNull(bytes, "bytes");
    return new FontFile(name, bytes);
  }

  /** Parses the bytes afresh: a FontBox font is read lazily and serves one thread at a time. */
  TrueTypeFont parse() throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    // Glyph substitution (ligatures and composed characters) is off: openhtmltopdf measures
    // text without it, so substituted glyphs could differ from the widths the layout was made
    // with, and a ligature's text depends on the reader rebuilding it. It was also the largest
    // single cost of setting text: a regular expression compiled for every run of text.
    font.setEnableGsub(false);
    return font;
  }

  /**
   * Every character the font's Unicode character map gives a glyph other than glyph 0, up to
   * the end of the third plane (ideographs beyond the basic set); the planes above hold no
   * characters anyone writes.
   */
  private static BitSet coverage(TrueTypeFont font) throws IOException {
    CmapLookup cmap = font.getUnicodeCmapLookup(false);
    if (cmap == null) {
      throw new IOException("it has no Unicode character map");
    }
    BitSet covered = new BitSet();
    for (int c = 0; c < LAST_PLANE_END; c++) {
      if (cmap.getGlyphId(c) != 0) {
        covered.set(c);
      }
    }
    if (covered.isEmpty()) {
      throw new IOException("its character map is empty");
    }
    return covered;
  }

  /** {@return the shaper for this font, read the first time it is asked for} */
  Shaper shaper() {
    return shaper.get();
  }

  private Shaper readShaper() {
    try {
      return Shaper.of(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the font " + name + " to shape text", e);
    }
  }

  /** {@return the file's name} */
  String name() {
    return name;
  }

  /** {@return the family name the font gives itself} */
  String family() {
    return family;
  }

  /** {@return the weight, 100 to 900: 400 is regular, 700 bold} */
  int weight() {
    return weight;
  }

  /** {@return whether the face is italic or oblique} */
  boolean sloped() {
    return sloped;
  }

  /** {@return whether the font has a glyph for the code point} */
  boolean covers(int codePoint) {
    return covered.get(codePoint);
  }

  /** {@return how many bytes the whole file has} */
  int size() {
    return bytes.length;
  }

  @Override
  public String toString() {
    return name + " (" + family + ", " + weight + (sloped ? ", italic" : "") + ")";
  }
}
