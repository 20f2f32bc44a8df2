package io.github.sixps.formulation.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** What every Braille Ready File from the renderer must be, checked from its text alone. */
final class BrfGeometry {
  /** The 64 characters of North American Braille ASCII. */
  private static final String ASCII_CELLS =
      " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";

  private BrfGeometry() {}

  /**
   * Every page has exactly {@code lines} lines, none longer than {@code width} cells nor ending
   * in a blank cell, only Braille ASCII; each page's number, in braille, stands alone at the
   * right margin of its first or last line, and the numbers run 1, 2, 3 and on.
   *
   * @return the number of pages
   */
  static int check(String brf, int width, int lines, boolean numberAtTop) {
    List<List<String>> pages = Brf.pages(brf);
    for (int p = 0; p < pages.size(); p++) {
      List<String> page = pages.get(p);
      assertEquals(lines, page.size(), "lines on page " + (p + 1));
      for (String line : page) {
        assertTrue(line.length() <= width, "line over " + width + " cells on page " + (p + 1)
            + ": " + line);
        assertTrue(line.isEmpty() || line.charAt(line.length() - 1) != ' ',
            "blank cells at the end of a line: [" + line + "]");
        for (char c : line.toCharArray()) {
          assertTrue(ASCII_CELLS.indexOf(c) >= 0, "not Braille ASCII: U+"
              + Integer.toHexString(c) + " in " + line);
        }
      }
      String numberLine = numberAtTop ? page.get(0) : page.get(page.size() - 1);
      String number = "#" + letters(p + 1);
      assertEquals(" ".repeat(width - number.length()) + number, numberLine,
          "page number of page " + (p + 1));
    }
    return pages.size();
  }

  /** A number's digits as Braille ASCII writes them after the numeric indicator: 1 is A, 0 J. */
  static String letters(int n) {
    StringBuilder s = new StringBuilder();
    for (char d : Integer.toString(n).toCharArray()) {
      s.append("JABCDEFGHI".charAt(d - '0'));
    }
    return s.toString();
  }
}
