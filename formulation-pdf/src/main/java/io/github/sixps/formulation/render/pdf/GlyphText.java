package io.github.sixps.formulation.render.pdf;

import java.lang.reflect.Field;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The characters each shaped glyph stands for, for the fonts' {@code ToUnicode} maps. PDFBox
 * maps a glyph back to a character only through the font's character map, which has no entry
 * for the glyphs shaping makes (conjuncts, half forms, joined and positional forms): those would
 * have none, and PDF/UA (7.21.7) and PDF/A ask every glyph drawn to have one. Each such glyph is
 * mapped to the first character of the text it was shaped from; the span around the glyphs
 * (its {@code /ActualText}) gives the whole text in reading order.
 *
 * <p>PDFBox 3 builds the map when it subsets the font, on saving, from its embedder's character
 * map lookup, which it keeps to itself; it is reached by reflection, here and nowhere else, and
 * given a lookup that adds these glyphs before the document is saved.
 */
final class GlyphText {
  private static final Field EMBEDDER;
  private static final Field LOOKUP;

  static {
    try {
      EMBEDDER = PDType0Font.class.getDeclaredField("embedder");
      LOOKUP = Class.forName("org.apache.pdfbox.pdmodel.font.TrueTypeEmbedder")
          .getDeclaredField("cmapLookup");
      EMBEDDER.setAccessible(true);
      LOOKUP.setAccessible(true);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("mapping shaped glyphs to text needs PDFBox 3.0's font"
          + " embedder, which this PDFBox does not have: " + e, e);
    }
  }

  private final Map<PDType0Font, Map<Integer, Integer>> glyphs = new IdentityHashMap<>();

  /**
   * Notes that {@code glyph} was drawn for text starting with {@code codePoint}: a glyph with
   * no character is mapped to it; so is, in right-to-left text, a glyph whose character is
   * another letter (a font may draw two letters' joined forms with one glyph: Noto Naskh draws
   * ں joined to the letter after it with the glyph of ى's medial form).
   */
  void drawn(PDType0Font font, int glyph, int codePoint, boolean rightToLeft) {
    List<Integer> mapped = font.getCmapLookup().getCharCodes(glyph);
    boolean none = mapped == null || mapped.isEmpty();
    if (none || rightToLeft && otherLetter(mapped.get(0), codePoint)) {
      glyphs.computeIfAbsent(font, f -> new HashMap<>()).putIfAbsent(glyph, codePoint);
    }
  }

  /** Whether the glyph's character is a letter that is not {@code letter} nor starts with it. */
  private static boolean otherLetter(int mapped, int letter) {
    String folded = Normalizer.normalize(new String(Character.toChars(mapped)),
        Normalizer.Form.NFKC);
    return Character.isLetter(letter) && !folded.isEmpty()
        && Character.isLetter(folded.codePointAt(0)) && folded.codePointAt(0) != letter;
  }

  /** Gives each font's embedder the glyphs noted, before the document is saved. */
  void apply() {
    glyphs.forEach((font, extra) -> {
      try {
        Object embedder = EMBEDDER.get(font);
        if (embedder == null) {
          return;
        }
        CmapLookup original = (CmapLookup) LOOKUP.get(embedder);
        LOOKUP.set(embedder, new CmapLookup() {
          @Override
          public int getGlyphId(int codePoint) {
            return original.getGlyphId(codePoint);
          }

          @Override
          public List<Integer> getCharCodes(int glyph) {
            List<Integer> codes = original.getCharCodes(glyph);
            Integer added = extra.get(glyph);
            return added != null ? List.of(added) : codes;
          }
        });
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    });
  }
}
