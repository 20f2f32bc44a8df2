package io.github.sixps.formulation.render.html.internal;

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
    for (String word : text.strip().split("\\s+")) {
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
    BreakIterator chars = BreakIterator.getCharacterInstance(Locale.ROOT);
    chars.setText(s);
    int count = 0;
    while (chars.next() != BreakIterator.DONE) {
      count++;
    }
    return count;
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
