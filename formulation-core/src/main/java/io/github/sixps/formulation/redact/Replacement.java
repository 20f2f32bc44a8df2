package io.github.sixps.formulation.redact;

import com.google.common.base.Preconditions;
import java.util.Locale;

/**
 * One thing the {@link Pseudonymiser} replaced, for the report of what it did. It says what the
 * text is <em>now</em>, never what it was, so that the report can be shared with whoever checks
 * the output; {@link Redaction#placeholders()} is the key back to real names.
 *
 * @param path where, such as {@code presenting[P1].statement}, in the notation of the validator's
 *     findings; {@code ids} for an id, which changes wherever it is used
 * @param kind what was replaced
 * @param text what stands there now: the placeholder, the new id, the generic agency, the moved
 *     date
 */
public record Replacement(String path, Kind kind, String text) {
  /** What kind of thing was replaced. */
  public enum Kind {
    /** The name, or a part of the name, of a person or contributor. */
    NAME,
    /** An id that carried a name; it is replaced in every reference to it. */
    ID,
    /** An agency's own name, made generic. */
    AGENCY,
    /** The formulation's own id, its case reference. */
    CASE_REFERENCE,
    /** A family's name in "the Ahmed family". */
    FAMILY_NAME,
    /** A date written in the text, moved with the formulation's dates. */
    DATE;

    /** {@return the kind as written in reports: {@code case-reference}} */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Checks that no argument is null.
   *
   * @param path where, in the notation of the validator's findings
   * @param kind what was replaced
   * @param text what stands there now
   * @throws NullPointerException if an argument is null
   */
  public Replacement {
    Preconditions.checkNotNull(path, "path");
    Preconditions.checkNotNull(kind, "kind");
    Preconditions.checkNotNull(text, "text");
  }
}
