package io.github.sixps.formulation.review;

/**
 * How text from a formulation is put into a sentence about a change: on one line, in quotes, and
 * shortened when long, so that one description never runs to a page.
 */
final class Quotation {
  private static final int QUOTE_LIMIT = 160;

  private Quotation() {}

  /**
   * Text quoted for a sentence: on one line, "blank" if there is none, and if long, cut at a
   * word and ended with "…".
   */
  static String quote(String text) {
    String line = oneLine(text).strip();
    if (line.isEmpty()) {
      return "blank";
    }
    if (line.codePointCount(0, line.length()) > QUOTE_LIMIT) {
      int cut = line.offsetByCodePoints(0, QUOTE_LIMIT);
      int space = line.lastIndexOf(' ', cut);
      // At a word if one ends in the second half; a text with no spaces is cut where it is.
      String head = line.substring(0, space > cut / 2 ? space : cut).strip();
      line = stripEnd(head, ",;:.-–—") + "…";
    }
    return "\"" + line + "\"";
  }

  /**
   * Text quoted whole, on one line: for what the change is (a review's notes, which a supervisor
   * reads for what happened and finds nowhere else in a summary), not a statement a change
   * points to.
   */
  static String whole(String text) {
    String line = oneLine(text).strip();
    return line.isEmpty() ? "blank" : "\"" + line + "\"";
  }

  private static String stripEnd(String s, String characters) {
    int end = s.length();
    while (end > 1 && characters.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  /** An id or short value for a sentence, on one line and shortened if long. */
  static String plain(String text) {
    String q = quote(text);
    return q.equals("blank") ? "(blank)" : q.substring(1, q.length() - 1);
  }

  /** The text with line breaks, tabs and other control characters as single spaces. */
  static String oneLine(String text) {
    StringBuilder s = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (Character.isWhitespace(cp) || type == Character.CONTROL
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
        space = true;
        continue;
      }
      if (space && s.length() > 0) {
        s.append(' ');
      }
      space = false;
      s.appendCodePoint(cp);
    }
    return s.toString();
  }
}
