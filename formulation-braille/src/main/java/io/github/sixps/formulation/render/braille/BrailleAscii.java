package io.github.sixps.formulation.render.braille;

/**
 * North American Braille ASCII, the encoding of a Braille Ready File: one printable ASCII
 * character for each of the 64 six-dot cells, as liblouis's {@code en-us-brf.dis} and every BRF
 * embosser and notetaker read it.
 */
final class BrailleAscii {
  /** The character for each cell, indexed by its dots as Unicode numbers them (dot 1 = bit 0). */
  private static final String CELLS =
      " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";

  /** The blank cell, U+2800. */
  static final char BLANK = '\u2800';

  private BrailleAscii() {}

  /** Whether {@code c} is a six-dot braille cell, U+2800 to U+283F. */
  static boolean isSixDot(char c) {
    return c >= '\u2800' && c <= '\u283F';
  }

  /** The Braille ASCII for a line of six-dot cells. */
  static String encode(CharSequence cells) {
    StringBuilder s = new StringBuilder(cells.length());
    for (int i = 0; i < cells.length(); i++) {
      char c = cells.charAt(i);
      if (!isSixDot(c)) {
        throw new IllegalArgumentException("not a six-dot cell: U+"
            + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT));
      }
      s.append(CELLS.charAt(c - '\u2800'));
    }
    return s.toString();
  }

  /** The cells of a line of Braille ASCII, for reading a file back; upper or lower case. */
  static String decode(CharSequence ascii) {
    StringBuilder s = new StringBuilder(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      char c = Character.toUpperCase(ascii.charAt(i));
      int dots = CELLS.indexOf(c);
      if (dots < 0) {
        throw new IllegalArgumentException("not Braille ASCII: " + c);
      }
      s.append((char) ('\u2800' + dots));
    }
    return s.toString();
  }
}
