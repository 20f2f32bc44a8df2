package io.github.sixps.formulation.render.internal.genogram;

import io.github.sixps.formulation.render.internal.Spaces;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How wide a line of text is drawn, estimated, since SVG cannot measure text and a picture is
 * laid out before any font is chosen. The estimate is generous so that names never run into each
 * other: Latin, Cyrillic, Greek, Arabic and Hebrew letters at 0.62 of the font size (wide system
 * fonts such as DejaVu Sans stay inside it), Chinese, Japanese and Korean characters, full-width
 * forms and emoji at a whole em, and joining and combining marks at nothing.
 */
public final class TextWidth {
  private TextWidth() {}

  /** The width of {@code text} at {@code fontSize}, in the picture's units. */
  public static double of(String text, double fontSize) {
    double ems = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      ems += ems(c);
    }
    return ems * fontSize;
  }

  private static double ems(int c) {
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT || type == Character.CONTROL
        || (c >= 0xFE00 && c <= 0xFE0F)) {
      return 0;
    }
    if (isWide(c)) {
      return 1.0;
    }
    return 0.62;
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x1F000 && c <= 0x1FAFF)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }

  /**
   * {@code text} broken into lines no wider than {@code width}: between words where it can, and
   * a word wider than a line between its characters (never inside one).
   */
  public static List<String> wrap(String text, double fontSize, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : Spaces.words(text.strip())) {
      for (String piece : pieces(word, fontSize, width)) {
        String joined = line.length() == 0 ? piece : line + " " + piece;
        if (of(joined, fontSize) <= width) {
          line.setLength(0);
          line.append(joined);
        } else {
          if (line.length() > 0) {
            lines.add(line.toString());
          }
          line.setLength(0);
          line.append(piece);
        }
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static List<String> pieces(String word, double fontSize, double width) {
    if (of(word, fontSize) <= width) {
      return List.of(word);
    }
    List<String> pieces = new ArrayList<>();
    BreakIterator chars = BreakIterator.getCharacterInstance(Locale.ROOT);
    chars.setText(word);
    int start = 0;
    int last = 0;
    for (int end = chars.next(); end != BreakIterator.DONE; end = chars.next()) {
      if (of(word.substring(start, end), fontSize) > width && last > start) {
        pieces.add(word.substring(start, last));
        start = last;
      }
      last = end;
    }
    pieces.add(word.substring(start));
    return pieces;
  }
}
