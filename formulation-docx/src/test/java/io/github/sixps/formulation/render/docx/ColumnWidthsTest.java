package io.github.sixps.formulation.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * A table's columns share the page by what their words need: no word is broken where the page
 * has room for it, a column of short dates gives room to a column of sentences, and the widths
 * always fill the text width exactly.
 */
class ColumnWidthsTest {
  private static final int TOTAL = DocxStyles.TEXT_WIDTH;
  /** The width "grandmother" needs at 11pt, with the cell's margins, as ColumnWidths counts. */
  private static final double GRANDMOTHER = 11 * 11 * 20 * 0.55 + 2 * 108;

  @Test
  void aLongWordKeepsItsLineAndShortDatesGiveWay() {
    List<List<String>> rows = List.of(
        List.of("Date", "What happened", "Good or hard time", "Source", "Who was involved",
            "Factors it feeds"),
        List.of("September 2026", "Sara spent nine days in hospital after a bad flare-up. Amira"
            + " stayed with her grandmother.", "Hard time", "Sara", "Sara, Amira and Farida",
            "T1 (In September Sara spent nine days in hospital after a bad flare-up. ...)"),
        List.of("about 2021", "Amira started in reception.", "Good and hard", "Sara and the school",
            "Amira", ""));
    int[] w = ColumnWidths.of(rows, 6, TOTAL, 11);
    assertEquals(TOTAL, IntStream.of(w).sum());
    assertTrue(w[1] >= GRANDMOTHER, "what happened: " + w[1]);
    assertTrue(w[1] > w[0] && w[1] > w[2], "sentences get more room than dates: "
        + java.util.Arrays.toString(w));
  }

  @Test
  void oneColumnIsTheWholeWidth() {
    assertArrayEquals(new int[] {TOTAL},
        ColumnWidths.of(List.of(List.of("Space to write")), 1, TOTAL, 16));
  }

  @Property(tries = 200)
  void widthsFillThePageWithNoneEmpty(
      @ForAll @Size(min = 1, max = 8) List<@Size(max = 8) List<String>> rows,
      @ForAll @IntRange(min = 1, max = 8) int columns) {
    int[] w = ColumnWidths.of(rows, columns, TOTAL, 11);
    assertEquals(columns, w.length);
    assertEquals(TOTAL, IntStream.of(w).sum());
    for (int width : w) {
      assertTrue(width > 0, java.util.Arrays.toString(w));
    }
  }
}
