package io.github.sixps.formulation.language;

import com.google.common.base.Preconditions;

/**
 * One word or phrase to avoid in a formulation, with plainer words to use instead.
 *
 * <pre>{@code
 * LexiconEntry e = LexiconEntry.of("fail to engage", LexiconKind.DEFICIT,
 *     "has not found a way to work with us yet",
 *     "Puts all the responsibility on the family; say what was offered and what got in the way.");
 * }</pre>
 *
 * <p>The phrase is written once, in its base form, as words separated by spaces or hyphens;
 * {@link PlainLanguage} finds its other forms. Write verbs in the present
 * ({@code fail to engage}, {@code kick off}): the first word of a jargon or deficit phrase is
 * matched in all its forms ({@code fails}, {@code failed}, {@code failing}) and the other words in
 * their plural and possessive forms. Forms are made from the word as written, never by trimming
 * words of the text, so a phrase can pin down the sense it means: {@code looked after child}
 * finds {@code looked-after children} but not {@code looking after children}, which is plain
 * English. For the same reason the lexicon has no entry for the word {@code contact} alone, whose
 * forms would include {@code contacted the school}: it names the social-care phrases instead
 * ({@code have contact with}, {@code supervised contact}).
 *
 * @param phrase the word or phrase to find, in its base form: {@code fail to engage}, {@code CIN},
 *     {@code placement}
 * @param kind why it gets in the way, which also decides how it is matched
 * @param alternative plainer words a family would use instead
 * @param note a short reason why the phrase is a problem and what to say instead; may be empty
 */
public record LexiconEntry(String phrase, LexiconKind kind, String alternative, String note) {
  /**
   * Checks the arguments and strips surrounding white space from the phrase.
   *
   * @param phrase the word or phrase to find, in its base form
   * @param kind why it gets in the way, which also decides how it is matched
   * @param alternative plainer words a family would use instead
   * @param note a short reason why the phrase is a problem and what to say instead; may be empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the phrase is not words separated by spaces or hyphens, or
   *     the alternative is blank
   */
  public LexiconEntry {
    Preconditions.checkNotNull(phrase, "phrase");
    Preconditions.checkNotNull(kind, "kind");
    Preconditions.checkNotNull(alternative, "alternative");
    Preconditions.checkNotNull(note, "note");
    phrase = phrase.strip();
    Preconditions.checkArgument(
        isWordsOnly(phrase),
        "phrase must be words separated by spaces or hyphens: \"%s\"", phrase);
    Preconditions.checkArgument(
        !alternative.isBlank(), "alternative must not be blank for \"%s\"", phrase);
  }

  /**
   * An entry with a note on why the phrase is a problem.
   *
   * @param phrase the word or phrase to find, in its base form, such as {@code fail to engage}
   * @param kind why it gets in the way, which also decides how it is matched
   * @param alternative plainer words a family would use instead
   * @param note a short reason why the phrase is a problem and what to say instead
   * @return the entry
   * @throws IllegalArgumentException if the phrase is not words separated by spaces or hyphens, or
   *     the alternative is blank
   */
  public static LexiconEntry of(String phrase, LexiconKind kind, String alternative, String note) {
    return new LexiconEntry(phrase, kind, alternative, note);
  }

  /**
   * An entry without a note.
   *
   * @param phrase the word or phrase to find, in its base form, such as {@code CIN}
   * @param kind why it gets in the way, which also decides how it is matched
   * @param alternative plainer words a family would use instead
   * @return the entry, with an empty note
   * @throws IllegalArgumentException if the phrase is not words separated by spaces or hyphens, or
   *     the alternative is blank
   */
  public static LexiconEntry of(String phrase, LexiconKind kind, String alternative) {
    return new LexiconEntry(phrase, kind, alternative, "");
  }

  private static boolean isWordsOnly(String phrase) {
    Words words = Words.of(phrase);
    if (words.size() == 0
        || words.start(0) != 0
        || words.end(words.size() - 1) != phrase.length()) {
      return false;
    }
    for (int k = 1; k < words.size(); k++) {
      if (!words.followsOn(k)) {
        return false;
      }
    }
    return true;
  }
}
