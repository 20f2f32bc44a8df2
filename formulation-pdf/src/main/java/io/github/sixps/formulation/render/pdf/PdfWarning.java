package io.github.sixps.formulation.render.pdf;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.render.internal.CharacterNames;

/**
 * Something a PDF could not show as written, reported while it was rendered: which characters,
 * where in the document, and a plain message for the person who asked for the PDF. The PDF is
 * still written; the characters that no font has are drawn as a placeholder glyph.
 *
 * <p>Warnings come to the listener given to {@link PdfRenderer.Builder#warnings}. For example,
 * the command line prints each one:
 *
 * <pre>{@code
 * PdfRenderer renderer = PdfRenderer.builder()
 *     .warnings(w -> System.err.println("Warning: " + w.location() + ": " + w.message()))
 *     .build();
 * }</pre>
 *
 * @param location where in the document: the section's id, such as {@code presenting}, or
 *     {@code document} for text outside any section (the title, the facts at the top)
 * @param characters the characters concerned, each once, in the order they first appear
 * @param message a plain sentence saying what happened and what to do
 */
public record PdfWarning(String location, String characters, String message) {
  /**
   * A warning.
   *
   * @param location where in the document
   * @param characters the characters concerned
   * @param message a plain sentence saying what happened
   * @throws NullPointerException if any part is null
   */
  public PdfWarning {
    Preconditions.checkNotNull(location, "location");
    Preconditions.checkNotNull(characters, "characters");
    Preconditions.checkNotNull(message, "message");
  }

  /** A warning that no font has a glyph for {@code characters}. */
  static PdfWarning missingGlyphs(String location, String characters) {
    String named = CharacterNames.of(characters);
    return new PdfWarning(location, characters, CharacterNames.countHave(characters) + " no glyph in any of the PDF's fonts and show as a box: "
        + named + ". The text is unchanged in the HTML and Markdown versions; to show it in the"
        + " PDF, add a font that has it (the command line's --font, or"
        + " PdfRenderer.Builder.font).");
  }

  /** {@return the warning on one line: location, then message} */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
