package io.github.sixps.formulation.render.internal;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Whole sentences of a statement, for the places with room for less than all of it, such as the
 * boxes of the 6Ps picture: a statement is shortened only after a whole sentence, and then says
 * so with an ellipsis, so that no reader takes a part for the whole.
 */
final class Sentences {
  /** How long a first sentence may be before it too is cut, at a word, with an ellipsis. */
  private static final int LONGEST = 160;

  private Sentences() {}

  /**
   * The first sentence of {@code text}, with its white space collapsed; the whole text if it is
   * one sentence. Sentences end where {@link BreakIterator} ends them, which knows the full
   * stops of other scripts too (。, ।, ؟), except where the next word starts with a small
   * letter: {@code Lena shouted "Get out!" and left} is one sentence, not two.
   */
  static String first(String text) {
    String one = Spaces.collapse(text.strip());
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.UK);
    sentences.setText(one);
    int end = sentences.next();
    while (end != BreakIterator.DONE && end < one.length()
        && Character.isLowerCase(one.codePointAt(end))) {
      end = sentences.next();
    }
    return end == BreakIterator.DONE ? one : one.substring(0, end).strip();
  }

  /**
   * The first sentence of {@code text}, followed by an ellipsis when more of the text follows
   * it; a first sentence too long for a box is cut at a word, also with an ellipsis.
   */
  static String shortened(String text) {
    return shortened(text, LONGEST);
  }

  /**
   * As {@link #shortened(String)}, for a place that holds at most {@code longest} characters,
   * such as one line of large print.
   */
  static String shortened(String text, int longest) {
    String one = Spaces.collapse(text.strip());
    String first = first(one);
    if (first.codePointCount(0, first.length()) > longest) {
      int cut = first.offsetByCodePoints(0, longest - 1);
      int space = first.lastIndexOf(' ', cut);
      return ShortText.withoutEndPunctuation(first.substring(0, space > 0 ? space : cut))
          + "\u2026";
    }
    return first.length() < one.length() ? first + " \u2026" : first;
  }
}
