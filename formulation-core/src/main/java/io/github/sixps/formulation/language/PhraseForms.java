package io.github.sixps.formulation.language;

/**
 * Which written forms of a phrase's first word a {@link LexiconEntry} finds. The later words of a
 * phrase are always found in their plural and possessive forms, and acronyms as written or in
 * capitals, whatever this says.
 */
public enum PhraseForms {
  /**
   * Every form, as for a verb: {@code fail}, {@code fails}, {@code failed}, {@code failing}. The
   * default, because most phrases to avoid are things people are said to do. When the phrase
   * starts with a hyphenated word, every part of it is found in every form, so that
   * {@code co-operate} also finds {@code co-operated}.
   */
  ALL,
  /**
   * Only the forms of a noun: the word itself, its plural and its possessive ({@code contact},
   * {@code contacts}, {@code contact's}), so that the noun {@code contact} does not find the
   * verb in {@code contacted the school}.
   */
  NOUN
}
