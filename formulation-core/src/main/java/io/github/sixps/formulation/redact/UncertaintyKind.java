package io.github.sixps.formulation.redact;

import java.util.Locale;

/** What kind of thing a {@link Uncertainty} is: why the pseudonymiser could not be sure. */
public enum UncertaintyKind {
  /**
   * A capitalised word inside a sentence that is not a name the formulation lists: it may be the
   * name of someone left out of the people, a place, a school or a club.
   */
  UNKNOWN_CAPITALISED_WORD,
  /** A name, or part of one, that two or more people share; the placeholder may be the wrong one. */
  SHARED_NAME,
  /** A run of digits that looks like a UK phone number. */
  PHONE_NUMBER,
  /**
   * A word that is someone's name and also an ordinary word ("Hope is ...", "Brown has ..."),
   * where it could not be told which it is; it was kept.
   */
  AMBIGUOUS_NAME,
  /**
   * Text in a script other than the one most of the file is written in: a name in it is replaced
   * only when a person's name in the file gives that spelling.
   */
  OTHER_SCRIPT,
  /** A word that looks like another form of a name ("Zosią" of "Zosia"); it was kept. */
  NAME_FORM,
  /**
   * A full date written in the text, which may be a date of birth; moved with the other dates
   * when they are moved.
   */
  DATE_OF_BIRTH_LIKE,
  /**
   * A date in the text that could not be moved with the other dates: a day alone ("the 3rd"), a
   * day of the week ("last Tuesday"), or a day and month in a formulation without a date.
   */
  DATE_NOT_SHIFTED,
  /** Something that looks like a UK postcode. */
  POSTCODE,
  /** Something that looks like an email address. */
  EMAIL;

  /** {@return the kind as written in reports: {@code unknown-capitalised-word}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
