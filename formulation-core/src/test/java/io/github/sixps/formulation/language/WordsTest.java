package io.github.sixps.formulation.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {
  /** The quick answer for ASCII is the Unicode definition: letters, digits and marks. */
  @Test
  void asciiWordCharactersAreTheUnicodeOnes() {
    for (int cp = 0; cp < 0x80; cp++) {
      int type = Character.getType(cp);
      boolean unicode = Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
      assertEquals(unicode, Words.isWordChar(cp), "U+" + Integer.toHexString(cp));
    }
  }

  @Test
  void wordsAreSplitAsBefore() {
    Words words = Words.of("The child\u2019s school didn't call \u2013 non-compliant, x\u00ADy é9");
    StringBuilder keys = new StringBuilder();
    for (int k = 0; k < words.size(); k++) {
      keys.append(words.key(k)).append(words.followsOn(k) ? "+" : "|");
    }
    assertEquals("The|child's+school+did+not+call+non+compliant+xy|é9+", keys.toString());
  }
}
