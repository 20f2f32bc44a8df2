package io.github.sixps.formulation.render.braille;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines of braille gathered into numbered pages. One line of each page is kept for its braille
 * page number, at the right margin: the last line, as Braille Formats (BANA, 2016) places it in
 * North America, or the first, as is usual in the United Kingdom. Blank lines that separate
 * blocks are never put at the top of a page, and a heading is kept with the lines after it.
 */
final class Pages {
  /** The cells for 0 to 9: the letters j, a, b, c, d, e, f, g, h, i. */
  private static final String DIGITS =
      "\u281A\u2801\u2803\u2809\u2819\u2811\u280B\u281B\u2813\u280A";

  private final int width;
  private final int lines;
  private final boolean numberAtTop;
  private final List<List<String>> pages = new ArrayList<>();
  private List<String> page = new ArrayList<>();
  private boolean blankWanted;

  Pages(int width, int lines, boolean numberAtTop) {
    this.width = width;
    this.lines = lines;
    this.numberAtTop = numberAtTop;
  }

  /** The lines of text a page holds, besides its page number. */
  private int textLines() {
    return lines - 1;
  }

  /** Asks for one blank line before whatever comes next, unless that starts a page. */
  void separate() {
    blankWanted = true;
  }

  /**
   * Starts a new page unless this one has room for {@code count} more lines after any blank
   * line asked for: a heading and the first lines under it stay together. Asking for more than
   * a page holds starts a new page only if this one is not empty.
   */
  void keep(int count) {
    int needed = count + (blankWanted && !page.isEmpty() ? 1 : 0);
    if (!page.isEmpty() && page.size() + needed > textLines()) {
      newPage();
    }
  }

  /** Adds lines, going on to a new page whenever one is full. */
  void add(List<String> more) {
    for (String line : more) {
      if (blankWanted && !page.isEmpty()) {
        page.add("");
        if (page.size() >= textLines()) {
          newPage();
        }
      }
      blankWanted = false;
      page.add(line);
      if (page.size() >= textLines()) {
        newPage();
      }
    }
  }

  /** Ends the page unless it is empty, so that what comes next starts a page of its own. */
  void endPage() {
    if (!page.isEmpty()) {
      newPage();
    }
  }

  /**
   * {@return these pages, then {@code rest} from a page of its own, numbered on from these}
   *
   * @param rest pages of the same size, laid out apart
   */
  Pages followedBy(Pages rest) {
    endPage();
    rest.endPage();
    pages.addAll(rest.pages);
    return this;
  }

  private void newPage() {
    pages.add(page);
    page = new ArrayList<>();
    blankWanted = false;
  }

  /**
   * Writes every page as Braille ASCII: each line ended by a carriage return and line feed,
   * with no blank cells at its end, a form feed between pages, and each page's number as a
   * braille number at the right margin of its top or bottom line.
   */
  void write(Appendable out) throws IOException {
    if (!page.isEmpty() || pages.isEmpty()) {
      pages.add(page);
      page = new ArrayList<>();
    }
    for (int p = 0; p < pages.size(); p++) {
      if (p > 0) {
        out.append('\f');
      }
      String number = number(p + 1);
      String numberLine = Lines.blank(width - number.length()) + number;
      List<String> text = pages.get(p);
      if (numberAtTop) {
        line(numberLine, out);
      }
      for (int i = 0; i < textLines(); i++) {
        line(i < text.size() ? text.get(i) : "", out);
      }
      if (!numberAtTop) {
        line(numberLine, out);
      }
    }
  }

  private static void line(String cells, Appendable out) throws IOException {
    int end = cells.length();
    while (end > 0 && cells.charAt(end - 1) == BrailleAscii.BLANK) {
      end--;
    }
    out.append(BrailleAscii.encode(cells.subSequence(0, end))).append("\r\n");
  }

  /** A page number in braille: the numeric indicator, then the digits as the letters a to j. */
  static String number(int n) {
    StringBuilder s = new StringBuilder("\u283C");
    for (char digit : Integer.toString(n).toCharArray()) {
      s.append(DIGITS.charAt(digit - '0'));
    }
    return s.toString();
  }
}
