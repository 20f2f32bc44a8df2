package io.github.sixps.formulation.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * User text made safe for a terminal and fitted into the columns of a table: control and
 * formatting characters (escape sequences, right-to-left overrides, line breaks) can neither
 * recolour the terminal, reverse a line nor break the table. Widths count code points, so wide
 * characters such as emoji may push a row slightly out of line, never out of order.
 */
final class TerminalText {
  private TerminalText() {}

  /** The text on one line: control and formatting characters as spaces, runs of space as one. */
  static String clean(String text) {
    StringBuilder s = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || invisible(cp)) {
        space = s.length() > 0;
        continue;
      }
      if (space) {
        s.append(' ');
        space = false;
      }
      s.appendCodePoint(cp);
    }
    return s.toString();
  }

  private static boolean invisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE || type == Character.UNASSIGNED;
  }

  /** How many columns the text is taken to fill. */
  static int width(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * The text cut to at most {@code max} columns, at a space where one is near the end, with an
   * ellipsis to show that something was left out.
   */
  static String shorten(String text, int max) {
    if (width(text) <= max) {
      return text;
    }
    String cut = text.substring(0, text.offsetByCodePoints(0, max - 1));
    int space = cut.lastIndexOf(' ');
    if (space > cut.length() / 2) {
      cut = cut.substring(0, space);
    }
    return cut.stripTrailing() + "…";
  }

  static String padRight(String text, int width) {
    return text + " ".repeat(Math.max(0, width - width(text)));
  }

  static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - width(text))) + text;
  }

  /**
   * The text broken into lines of at most {@code max} columns at spaces; a word longer than a
   * line is broken wherever it must be. Always at least one line.
   */
  static List<String> wrap(String text, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      while (width(word) > max) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        int end = word.offsetByCodePoints(0, max);
        lines.add(word.substring(0, end));
        word = word.substring(end);
      }
      if (line.length() > 0 && width(line.toString()) + 1 + width(word) > max) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
