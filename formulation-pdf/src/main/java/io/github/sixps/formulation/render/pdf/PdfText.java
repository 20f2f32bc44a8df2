package io.github.sixps.formulation.render.pdf;

/**
 * Text for the places outside the page's markup (the document information, the XMP metadata, the
 * running header): only characters that XML allows and that show something, so that no user
 * text can break the metadata.
 */
final class PdfText {
  private PdfText() {}

  /** Whether a code point may be written: not a control character, lone surrogate or noncharacter. */
  static boolean isShown(int c) {
    if (Character.getType(c) == Character.CONTROL || Character.isSurrogate((char) c) && c < 0x10000) {
      return false;
    }
    return !((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE);
  }

  /** The text with runs of white space made one space and everything {@link #isShown} drops gone. */
  static String clean(String text) {
    StringBuilder s = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isWhitespace(c)) {
        if (s.length() > 0 && s.charAt(s.length() - 1) != ' ') {
          s.append(' ');
        }
      } else if (isShown(c)) {
        s.appendCodePoint(c);
      }
    });
    return s.toString().strip();
  }
}
