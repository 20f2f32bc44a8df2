package io.github.sixps.formulation.render.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
}
