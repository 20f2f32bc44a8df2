package io.github.sixps.formulation.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.liblouis.DisplayTable;

/** The renderer's Braille ASCII is liblouis's {@code en-us-brf.dis}, cell for cell. */
class BrailleAsciiTest {
  @Test
  void everyCellAsLiblouisWritesIt() {
    DisplayTable brf = DisplayTable.fromTable("en-us-brf.dis");
    StringBuilder all = new StringBuilder();
    for (char c = '\u2800'; c <= '\u283F'; c++) {
      all.append(c);
    }
    String ascii = BrailleAscii.encode(all);
    assertEquals(brf.encode(all.toString()), ascii);
    assertEquals(all.toString(), BrailleAscii.decode(ascii));
    assertEquals(all.toString(), BrailleAscii.decode(ascii.toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  void eightDotCellsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> BrailleAscii.encode("\u2840"));
  }

  @Test
  void pageNumbersAreBrailleNumbers() {
    assertEquals("#A", BrailleAscii.encode(Pages.number(1)));
    assertEquals("#AJ", BrailleAscii.encode(Pages.number(10)));
    assertEquals("#BCD", BrailleAscii.encode(Pages.number(234)));
  }
}
