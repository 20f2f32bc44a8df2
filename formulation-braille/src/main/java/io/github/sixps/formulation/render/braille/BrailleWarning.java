package io.github.sixps.formulation.render.braille;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.render.internal.CharacterNames;

/**
 * Something a Braille file could not show as written, reported while it was rendered: which
 * characters, where in the document, and a plain message for the person who asked for it. The
 * file is still written; in place of each run of such characters it carries a transcriber's note
 * saying what was there, such as "text in Arabic script".
 *
 * <p>Warnings come to the listener given to {@link BrailleRenderer.Builder#warnings}. For
 * example, the command line prints each one:
 *
 * <pre>{@code
 * BrailleRenderer renderer = BrailleRenderer.builder()
 *     .warnings(w -> System.err.println("Warning: " + w.location() + ": " + w.message()))
 *     .build();
 * }</pre>
 *
 * @param location where in the document: the id of the section the text is in, such as {@code
 *     presenting} or {@code childsVoice-amira}, or {@code document} for text outside any section
 *     (the title, the facts at the top)
 * @param characters the characters concerned, each once, in the order they first appear
 * @param message a plain sentence saying what happened and what to do; it names each character
 *     (code point and Unicode name) in the first warning of a document that has it, and counts
 *     it in the ones after
 */
public record BrailleWarning(String location, String characters, String message) {
  /**
   * A warning.
   *
   * @param location where in the document
   * @param characters the characters concerned
   * @param message a plain sentence saying what happened
   * @throws NullPointerException if any part is null
   */
  public BrailleWarning {
    Preconditions.checkNotNull(location, "location");
    Preconditions.checkNotNull(characters, "characters");
    Preconditions.checkNotNull(message, "message");
  }

  /**
   * A warning that Unified English Braille has no sign for {@code characters}, naming those not
   * named before in the same document.
   *
   * @param location where in the document
   * @param characters the characters concerned here, each once
   * @param namedBefore the characters earlier warnings of the document named
   */
  static BrailleWarning noBrailleSign(String location, String characters, String namedBefore) {
    StringBuilder fresh = new StringBuilder();
    characters.codePoints().filter(c -> namedBefore.indexOf(Character.toString(c)) < 0)
        .forEach(fresh::appendCodePoint);
    int before = characters.codePointCount(0, characters.length())
        - fresh.codePointCount(0, fresh.length());
    String which;
    if (fresh.length() == 0) {
      which = "the same as named in a warning before";
    } else if (before == 0) {
      which = CharacterNames.of(fresh.toString());
    } else {
      which = CharacterNames.of(fresh.toString()) + ", and " + before + " named in a warning"
          + " before";
    }
    return new BrailleWarning(location, characters, CharacterNames.countHave(characters)
        + " no sign in Unified English Braille, so the Braille file has a transcriber's note"
        + " saying what is there instead: " + which + ". The text is unchanged in the Markdown,"
        + " HTML and PDF versions; read those parts with the family, or add an English version"
        + " beside them.");
  }

  /** {@return the warning on one line: location, then message} */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
