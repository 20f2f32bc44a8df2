package io.github.sixps.formulation.render.html.internal;

import io.github.sixps.formulation.render.internal.Spaces;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks text into lines of at most so many characters, for SVG, which does not wrap text by
 * itself. Widths are counted in user-perceived characters as {@link BreakIterator} sees them (so
 * an accented letter written as two code points counts once and is never split; on Java 17 an
 * emoji joined from several counts as several, which only makes a line shorter) and lines break
 * between words; a word longer than a line is cut into pieces.
 */
final class LineWrapper {
  private LineWrapper() {}

  /** The lines of {@code text}, each at most {@code width} characters; none for blank text. */
  static List<String> wrap(String text, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be at least 1, was " + width);
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    for (String word : Spaces.words(text.strip())) {
      for (String piece : pieces(word, width)) {
        int length = length(piece);
        if (used == 0) {
          line.append(piece);
          used = length;
        } else if (used + 1 + length <= width) {
          line.append(' ').append(piece);
          used += 1 + length;
        } else {
          lines.add(line.toString());
          line.setLength(0);
          line.append(piece);
          used = length;
        }
      }
    }
    if (used > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The number of user-perceived characters in {@code s}. */
  static int length(String s) {
    return isOneCharacterEach(s) ? s.length() : countedByBreakIterator(s);
  }

  /** The number of user-perceived characters in {@code s}, as {@link BreakIterator} counts. */
  static int countedByBreakIterator(String s) {
    BreakIterator chars = BreakIterator.getCharacterInstance(Locale.ROOT);
    chars.setText(s);
    int count = 0;
    while (chars.next() != BreakIterator.DONE) {
      count++;
    }
    return count;
  }

  /**
   * Whether each character of {@code s} is a user-perceived character of its own, so that its
   * length is the answer: true when all are below U+0300 (where {@link BreakIterator} joins no
   * two but a carriage return and a line feed; a test checks every pair) or are the curly quotes,
   * dashes and ellipsis that typed text is full of. Asking a break iterator costs more than the
   * rest of wrapping a line.
   */
  private static boolean isOneCharacterEach(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x300 && c != '\u2013' && c != '\u2014' && c != '\u2018' && c != '\u2019'
          && c != '\u201C' && c != '\u201D' && c != '\u2026') {
        return false;
      }
      if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        return false;
      }
    }
    return true;
  }

  private static List<String> pieces(String word, int width) {
    if (word.isEmpty()) {
      return List.of();
    }
    if (word.length() <= width) {
      return List.of(word);
    }
    List<String> pieces = new ArrayList<>();
    BreakIterator chars = BreakIterator.getCharacterInstance(Locale.ROOT);
    chars.setText(word);
    int start = 0;
    int count = 0;
    for (int end = chars.next(); end != BreakIterator.DONE; end = chars.next()) {
      if (++count == width) {
        pieces.add(word.substring(start, end));
        start = end;
        count = 0;
      }
    }
    if (start < word.length()) {
      pieces.add(word.substring(start));
    }
    return pieces;
  }
}
