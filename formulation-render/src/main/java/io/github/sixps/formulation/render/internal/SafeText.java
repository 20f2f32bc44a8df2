package io.github.sixps.formulation.render.internal;

/**
 * User text made fit for every output format, the same way in each: the one place where the
 * Markdown, HTML and PDF writers decide what happens to characters that would break a format or
 * that no reader can see. A zero-width no-break space (U+FEFF, often pasted in from other
 * programs, and refused in a PDF's text layer by PDF/UA and PDF/A), the C0 and C1 control
 * characters and DEL are dropped, except that tab and line feed stay, a carriage return (with
 * or without the line feed after it) becomes a line feed, line and paragraph separators become
 * line feeds, and vertical tab, form feed and next line become spaces; lone surrogates and
 * noncharacters become U+FFFD, the replacement character.
 *
 * <pre>{@code
 * SafeText.clean("\uFEFFAmira\u0007 said") // "Amira said"
 * }</pre>
 */
public final class SafeText {
  private SafeText() {}

  /**
   * The text as every format shows it; the same string when nothing in it needs changing, as
   * with nearly all text.
   */
  public static String clean(CharSequence text) {
    int n = text.length();
    int i = 0;
    while (i < n && isKept(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text.toString();
    }
    StringBuilder s = new StringBuilder(n).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (isKept(c)) {
        s.append(c);
        continue;
      }
      switch (c) {
        case '\r':
          if (i + 1 >= n || text.charAt(i + 1) != '\n') {
            s.append('\n');
          }
          break;
        case '\u2028':
        case '\u2029':
          s.append('\n');
          break;
        case '\u000B':
        case '\u000C':
        case '\u0085':
          s.append(' ');
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < n
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, text.charAt(i + 1));
            if (isNoncharacter(cp)) {
              s.append('\uFFFD');
            } else {
              s.append(c).append(text.charAt(i + 1));
            }
            i++;
          } else if (Character.isSurrogate(c) || isNoncharacter(c)) {
            s.append('\uFFFD');
          }
          // What is left is a control character or U+FEFF: dropped.
      }
    }
    return s.toString();
  }

  /** Whether {@code c} stays as it is: anything but the characters {@link #clean} changes. */
  private static boolean isKept(char c) {
    if (c >= 0x20 && c < 0x7F) {
      return true;
    }
    if (c < 0x20) {
      return c == '\t' || c == '\n';
    }
    return c > 0x9F && c != '\uFEFF' && c != '\u2028' && c != '\u2029'
        && !Character.isSurrogate(c) && !isNoncharacter(c);
  }

  /** Whether {@code cp} is one of Unicode's 66 noncharacters. */
  public static boolean isNoncharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }
}
