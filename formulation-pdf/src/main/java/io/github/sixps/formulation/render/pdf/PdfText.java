package io.github.sixps.formulation.render.pdf;

import io.github.sixps.formulation.render.internal.SafeText;

/**
 * Text for the places outside the page's markup (the document information, the XMP metadata, the
 * running header): {@link SafeText#clean cleaned} as every format cleans user text, on one line,
 * so that no user text can break the metadata.
 */
final class PdfText {
  private PdfText() {}

  /** The cleaned text with runs of white space made one space, and no outer spaces. */
  static String clean(String text) {
    String safe = SafeText.clean(text);
    StringBuilder s = new StringBuilder(safe.length());
    safe.codePoints().forEach(c -> {
      if (Character.isWhitespace(c)) {
        if (s.length() > 0 && s.charAt(s.length() - 1) != ' ') {
          s.append(' ');
        }
      } else {
        s.appendCodePoint(c);
      }
    });
    return s.toString().strip();
  }
}
