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
 * English. A noun whose verb is plain English says so with {@link PhraseForms#NOUN}.
 *
 * <p>Where a phrase is a problem only in some uses, its {@link Context} says which, by the words
 * around it, as data rather than code:
 *
 * <pre>{@code
 * LexiconEntry contact = LexiconEntry.of("contact", LexiconKind.JARGON, "family time",
 *         "Time with family is not an appointment.")
 *     .withForms(PhraseForms.NOUN)
 *     .withContext(Context.parse(
 *         List.of("supervised|weekly _", "_ with [her|his] mum|dad"),
 *         List.of("eye _", "_ details"), Map.of()));
 * }</pre>
 *
 * @param phrase the word or phrase to find, in its base form: {@code fail to engage}, {@code CIN},
 *     {@code placement}
 * @param kind why it gets in the way, which also decides how it is matched
 * @param alternative plainer words a family would use instead
 * @param note a short reason why the phrase is a problem and what to say instead; may be empty
 * @param forms which forms of the first word are found
 * @param context where the phrase counts, by the words around it; {@link Context#ANY} for
 *     everywhere
 */
public record LexiconEntry(String phrase, LexiconKind kind, String alternative, String note,
    PhraseForms forms, Context context) {
  /**
   * Checks the arguments and strips surrounding white space from the phrase.
   *
   * @param phrase the word or phrase to find, in its base form
   * @param kind why it gets in the way, which also decides how it is matched
   * @param alternative plainer words a family would use instead
   * @param note a short reason why the phrase is a problem and what to say instead; may be empty
   * @param forms which forms of the first word are found
   * @param context where the phrase counts, by the words around it
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the phrase is not words separated by spaces or hyphens, or
   *     the alternative is blank
   */
  public LexiconEntry {
    Preconditions.checkNotNull(phrase, "phrase");
    Preconditions.checkNotNull(kind, "kind");
    Preconditions.checkNotNull(alternative, "alternative");
    Preconditions.checkNotNull(note, "note");
    Preconditions.checkNotNull(forms, "forms");
    Preconditions.checkNotNull(context, "context");
    phrase = phrase.strip();
    Preconditions.checkArgument(
        isWordsOnly(phrase),
        "phrase must be words separated by spaces or hyphens: \"%s\"", phrase);
    Preconditions.checkArgument(
        !alternative.isBlank(), "alternative must not be blank for \"%s\"", phrase);
  }

  /**
   * An entry found in every form and every context, as entries were before contexts existed.
   *
   * @param phrase the word or phrase to find, in its base form
   * @param kind why it gets in the way, which also decides how it is matched
   * @param alternative plainer words a family would use instead
   * @param note a short reason why the phrase is a problem and what to say instead; may be empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the phrase is not words separated by spaces or hyphens, or
   *     the alternative is blank
   */
  public LexiconEntry(String phrase, LexiconKind kind, String alternative, String note) {
    this(phrase, kind, alternative, note, PhraseForms.ALL, Context.ANY);
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

  /**
   * This entry, finding the given forms of its first word.
   *
   * @param forms which forms of the first word to find
   * @return a new entry; this one is unchanged
   */
  public LexiconEntry withForms(PhraseForms forms) {
    return new LexiconEntry(phrase, kind, alternative, note, forms, context);
  }

  /**
   * This entry, counting only in the given context.
   *
   * @param context where the phrase counts, by the words around it
   * @return a new entry; this one is unchanged
   */
  public LexiconEntry withContext(Context context) {
    return new LexiconEntry(phrase, kind, alternative, note, forms, context);
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
