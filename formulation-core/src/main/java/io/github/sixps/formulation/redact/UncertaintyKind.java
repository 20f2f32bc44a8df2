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
  /** A full date written in the text, which may be a date of birth; it was not shifted. */
  DATE_OF_BIRTH_LIKE,
  /** Something that looks like a UK postcode. */
  POSTCODE,
  /** Something that looks like an email address. */
  EMAIL;

  /** {@return the kind as written in reports: {@code unknown-capitalised-word}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
