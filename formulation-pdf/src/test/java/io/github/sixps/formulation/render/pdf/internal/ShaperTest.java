package io.github.sixps.formulation.render.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shaper against HarfBuzz's own {@code hb-shape}, for the same bundled font and each phrase
 * of the corpus: the same glyphs in the same order, each within {@link #TOLERANCE} font units
 * of where hb-shape puts it.
 */
class ShaperTest {
  /**
   * How far a glyph may be from hb-shape's position, in font units (a thousandth of an em in
   * most of these fonts): the runtime keeps positions as floats where hb-shape rounds to whole
   * units.
   */
  static final double TOLERANCE = 0.5;

  static final String FONTS = "/io/github/sixps/formulation/render/pdf/fonts/";

  static Path fontFile(String name) {
    try {
      return Path.of(ShaperTest.class.getResource(FONTS + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Shaper shaper(String name) {
    try (InputStream in = ShaperTest.class.getResourceAsStream(FONTS + name)) {
      return Shaper.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<ShapingCorpus.Script> scripts() {
    return ShapingCorpus.ALL.stream();
  }

  @Test
  void theCorpusHasTwentyPhrasesAScript() {
    for (ShapingCorpus.Script s : ShapingCorpus.ALL) {
      assertTrue(s.phrases().size() >= 20, s.script() + " has " + s.phrases().size());
    }
  }

  @ParameterizedTest
  @MethodSource("scripts")
  void glyphsAndPositionsAreHarfBuzzs(ShapingCorpus.Script script) throws Exception {
    Shaper shaper = shaper(script.font());
    List<List<HbShape.Glyph>> expected = HbShape.shape(fontFile(script.font()), script.phrases(),
        script.rightToLeft());
    List<String> wrong = new ArrayList<>();
    double furthest = 0;
    for (int i = 0; i < script.phrases().size(); i++) {
      String phrase = script.phrases().get(i);
      ShapedRun run = shaper.shape(phrase, script.rightToLeft());
      List<HbShape.Glyph> hb = expected.get(i);
      int[] hbGlyphs = hb.stream().mapToInt(HbShape.Glyph::glyph).toArray();
      if (!java.util.Arrays.equals(hbGlyphs, run.glyphs())) {
        wrong.add(phrase + ": glyphs " + java.util.Arrays.toString(run.glyphs())
            + ", hb-shape " + java.util.Arrays.toString(hbGlyphs));
        continue;
      }
      for (int g = 0; g < run.size(); g++) {
        double off = Math.max(Math.abs(run.x(g) - hb.get(g).x()),
            Math.abs(run.y(g) - hb.get(g).y()));
        furthest = Math.max(furthest, off);
        if (off > TOLERANCE) {
          wrong.add(phrase + ": glyph " + g + " (" + run.glyph(g) + ") at " + run.x(g) + ","
              + run.y(g) + ", hb-shape " + hb.get(g).x() + "," + hb.get(g).y());
        }
      }
    }
    System.out.printf("%s: %d phrases, furthest glyph %.3f font units from hb-shape's%n",
        script.script(), script.phrases().size(), furthest);
    assertEquals(List.of(), wrong.subList(0, Math.min(5, wrong.size())), script.script());
  }

  @Test
  void aPreBaseVowelSignIsDrawnBeforeItsLetterAndAConjunctIsOneGlyph() {
    Shaper bengali = shaper("NotoSansBengali-Regular.ttf");
    // আমি: আ (glyph 9), then the vowel sign ি (55) drawn before ম (44), whose sign it is, as
    // hb-shape gives them; drawn a glyph per character, ি came after ম.
    assertArrayEquals(new int[] {9, 55, 44}, bengali.shape("আমি", false).glyphs());
    // ক্ষ is one glyph: no visible hasanta.
    assertEquals(1, bengali.shape("ক্ষ", false).size());
    assertTrue(Shaper.needed("ক্ষমা"));
    assertFalse(Shaper.needed("Amira and Sara"));
  }
}
