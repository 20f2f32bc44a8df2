package io.github.sixps.formulation.render.braille;

import java.util.ArrayList;
import java.util.List;

/**
 * Braille cells broken into lines of a given width, at the blank cells between words. A word is
 * divided only when it is longer than a whole line, such as a long web address: the line is
 * filled to its last cell but one and ends in a hyphen (dots 3-6), the sign Braille Formats
 * (BANA, 2016, section 1.9) gives a word divided at the end of a line; a division never falls
 * right after a cell that only changes the next one (a capital, number, or letter sign, or a
 * prefix of a two-cell sign), where it can be avoided.
 */
final class Lines {
  /** The hyphen, dots 3-6. */
  static final char HYPHEN = '\u2824';

  private Lines() {}

  /**
   * The lines of a block of braille.
   *
   * @param cells the braille, words separated by single blank cells
   * @param width the cells in a line
   * @param first where the first line starts: 0 for cell 1, 2 for cell 3
   * @param runover where the lines after it start
   * @return the lines, each with its leading blank cells and at most {@code width} cells long;
   *     one line of just the indent when there is no braille
   */
  static List<String> wrap(String cells, int width, int first, int runover) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(width).append(blank(first));
    int indent = first;
    boolean empty = true;
    for (String word : words(cells)) {
      int room = width - line.length() - (empty ? 0 : 1);
      if (word.length() <= room) {
        if (!empty) {
          line.append(BrailleAscii.BLANK);
        }
        line.append(word);
        empty = false;
        continue;
      }
      if (!empty) {
        lines.add(line.toString());
        indent = runover;
        line = new StringBuilder(width).append(blank(indent));
      }
      int from = 0;
      while (word.length() - from > width - indent) {
        int take = divisionPoint(word, from, width - indent - 1);
        lines.add(line.append(word, from, from + take).append(HYPHEN).toString());
        from += take;
        indent = runover;
        line = new StringBuilder(width).append(blank(indent));
      }
      line.append(word, from, word.length());
      empty = false;
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * Where to divide the rest of a word, from {@code from}, that is too long for its line: at
   * most {@code most} cells on, or up to two cells sooner if the cell before would be an
   * indicator or prefix, so that a sign is never split across lines.
   */
  private static int divisionPoint(String word, int from, int most) {
    int take = Math.max(1, most);
    for (int back = take; back > Math.max(1, take - 3); back--) {
      if (!isPrefix(word.charAt(from + back - 1))) {
        return back;
      }
    }
    return take;
  }

  /**
   * Cells that begin a sign rather than stand alone in UEB: the capital sign (dot 6), the
   * numeric indicator (dots 3-4-5-6), grade 1 and the other prefixes (dots 4, 4-5, 4-5-6, 5,
   * 4-6, 5-6).
   */
  private static boolean isPrefix(char c) {
    switch (c) {
      case '\u2820': // 6
      case '\u283C': // 3456
      case '\u2808': // 4
      case '\u2818': // 45
      case '\u2838': // 456
      case '\u2810': // 5
      case '\u2828': // 46
      case '\u2830': // 56
        return true;
      default:
        return false;
    }
  }

  /** The words of a block of braille: the runs of cells between blank cells. */
  static List<String> words(String cells) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= cells.length(); i++) {
      boolean blank = i == cells.length() || cells.charAt(i) == BrailleAscii.BLANK;
      if (blank && start >= 0) {
        words.add(cells.substring(start, i));
        start = -1;
      } else if (!blank && start < 0) {
        start = i;
      }
    }
    return words;
  }

  /** A run of {@code n} blank cells. */
  static String blank(int n) {
    return String.valueOf(BrailleAscii.BLANK).repeat(Math.max(0, n));
  }

  /**
   * The lines of a centred heading: at most {@code width - 6} cells of text each, so that at
   * least three blank cells stand on either side, each line centred.
   */
  static List<String> centred(String cells, int width) {
    List<String> lines = new ArrayList<>();
    for (String line : wrap(cells, width - 6, 0, 0)) {
      lines.add(blank((width - line.length()) / 2) + line);
    }
    return lines;
  }
}
