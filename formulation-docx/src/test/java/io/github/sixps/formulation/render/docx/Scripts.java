package io.github.sixps.formulation.render.docx;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.testing.EveryScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Every script families write ({@link EveryScript}) with a statement in right-to-left scripts
 * alone, and the Urdu terminology of the render tests.
 */
final class Scripts {
  /** A statement in right-to-left scripts alone, with a number between. */
  static final String RIGHT_TO_LEFT = EveryScript.WORDS.get("Urdu") + " 2026 "
      + EveryScript.WORDS.get("Arabic");

  private Scripts() {}

  /** Every script, and a statement that runs right to left on its own. */
  static Formulation everyScript() {
    return EveryScript.formulation().toBuilder()
        .addPresenting(PresentingIssue.of("P-RTL", RIGHT_TO_LEFT)).build();
  }

  /** The render module's Urdu terminology: right to left, language {@code ur}. */
  static Terminology urdu() {
    try {
      return Terminology.load(Path.of("../formulation-render/src/test/resources/terminology/"
          + "urdu-test.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
