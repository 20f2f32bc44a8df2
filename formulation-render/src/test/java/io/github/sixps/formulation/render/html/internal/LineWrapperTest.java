package io.github.sixps.formulation.render.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LineWrapperTest {
  @Test
  void breaksBetweenWords() {
    assertEquals(List.of("Amira has missed", "40 out of every", "100 school days"),
        LineWrapper.wrap("Amira has missed 40 out of every 100 school days", 16));
    assertEquals(List.of("one line"), LineWrapper.wrap("  one \n line  ", 20));
    assertEquals(List.of(), LineWrapper.wrap(" \n ", 20));
  }

  @Test
  void cutsWordsLongerThanALine() {
    assertEquals(List.of("abcde", "fghij", "k and", "more"),
        LineWrapper.wrap("abcdefghijk and more", 5));
  }

  @Test
  void countsWhatPeopleSeeAsOneCharacter() {
    String accented = "e\u0301";
    assertEquals(1, LineWrapper.length(accented));
    assertEquals(1, LineWrapper.length("\uD83D\uDE42"));
    assertEquals(List.of(accented + accented, accented),
        LineWrapper.wrap(accented + accented + accented, 2));
  }

  @Property(tries = 500)
  void linesFitAndKeepEveryCharacter(@ForAll String text, @ForAll @IntRange(min = 1, max = 60)
      int width) {
    List<String> lines = LineWrapper.wrap(text, width);
    for (String line : lines) {
      assertTrue(LineWrapper.length(line) <= width, line);
    }
    assertEquals(text.strip().replaceAll("\\s+", ""),
        String.join("", lines).replaceAll("\\s+", ""));
  }

  /** The quick count for text below U+0300 holds for every pair of characters there. */
  @Test
  void everyPairBelowCombiningMarksIsTwoCharactersButCarriageReturnLineFeed() {
    for (char a = 0; a < 0x300; a++) {
      for (char b = 0; b < 0x300; b++) {
        String pair = "" + a + b;
        int counted = LineWrapper.countedByBreakIterator(pair);
        assertEquals(a == '\r' && b == '\n' ? 1 : 2, counted, pair);
        assertEquals(counted, LineWrapper.length(pair), pair);
      }
    }
  }

  @Property(tries = 3000)
  void lengthIsWhatTheBreakIteratorCounts(@ForAll("texts") String text) {
    assertEquals(LineWrapper.countedByBreakIterator(text), LineWrapper.length(text));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("ae\r\n \u0301\u200D\u2013\u2014\u2018\u2019\u201C"
            + "\u201D\u2026\u00AD\u0E33\u1100\u1161").ofMaxLength(12),
        Arbitraries.strings().all().ofMaxLength(12));
  }
}
