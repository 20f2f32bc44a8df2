package io.github.sixps.formulation.render.internal;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Whole sentences of a statement, for the places with room for less than all of it, such as the
 * boxes of the 6Ps picture: a sentence is shown whole or not at all, never cut off in the middle
 * with an ellipsis.
 */
final class Sentences {
  private Sentences() {}

  /**
   * The first sentence of {@code text}, with its white space collapsed; the whole text if it is
   * one sentence. Sentences end where {@link BreakIterator} ends them, which knows the full
   * stops of other scripts too (。, ।, ؟).
   */
  static String first(String text) {
    String one = Spaces.collapse(text.strip());
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.UK);
    sentences.setText(one);
    int end = sentences.next();
    return end == BreakIterator.DONE ? one : one.substring(0, end).strip();
  }
}
