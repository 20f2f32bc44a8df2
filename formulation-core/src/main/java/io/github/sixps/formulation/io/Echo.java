package io.github.sixps.formulation.io;

/**
 * How text from a file is shown inside a message: on one line, with line breaks, tabs and other
 * invisible characters written as escapes ({@code \n}, {@code \t}, or a backslash, u and the
 * character's four hex digits), and cut short when it is long, so that every message stays one
 * line a person can read.
 */
final class Echo {
  /** The most characters of a file's text a message repeats. */
  static final int MAX_SHOWN = 60;

  private Echo() {}

  /** The text in double quotes, escaped and cut short: {@code "Mum said:\n he…"}. */
  static String quoted(String text) {
    return "\"" + escaped(shortened(text), true) + "\"";
  }

  /**
   * The text with its line breaks and other invisible characters escaped, but neither quoted nor
   * cut short: for keys in a path, and to keep any message on one line.
   */
  static String escaped(String text) {
    return escaped(text, false);
  }

  private static String escaped(String text, boolean inQuotes) {
    StringBuilder s = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escape(c, inQuotes);
      if (escape != null && s == null) {
        s = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (s != null) {
        if (escape != null) {
          s.append(escape);
        } else {
          s.append(c);
        }
      }
    }
    return s == null ? text : s.toString();
  }

  /** The text cut to {@link #MAX_SHOWN} characters, with "…" where it was cut. */
  static String shortened(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_SHOWN) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, MAX_SHOWN - 1)) + "…";
  }

  private static String escape(char c, boolean inQuotes) {
    if (inQuotes && (c == '"' || c == '\\')) {
      return "\\" + c;
    }
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
        || c == '\uFEFF') {
      return String.format("\\u%04X", (int) c);
    }
    return null;
  }
}
