package io.github.sixps.formulation.redact;

import com.google.common.base.Preconditions;

/**
 * One thing in a pseudonymised formulation that the {@link Pseudonymiser} could not be sure of,
 * for a person to check by hand: a capitalised word that may be a name, a phone number, a date
 * that may be a date of birth, a postcode.
 *
 * <p>Everything here describes the <em>pseudonymised</em> formulation: the path uses its ids, and
 * the text is what it now says, so a report can be shared with whoever checks the output.
 *
 * @param path where it is, such as {@code presenting[P1].statement}, in the notation of the
 *     validator's findings; an item is named by its new id, or by its position when that id is
 *     blank or repeated
 * @param text the words found, as they stand in the pseudonymised text
 * @param kind why it was reported
 * @param note what to check, in plain English
 */
public record Uncertainty(String path, String text, UncertaintyKind kind, String note) {
  /**
   * Checks that no argument is null.
   *
   * @param path where it is, such as {@code presenting[P1].statement}, in the notation of the
   *     validator's findings; an item is named by its new id, or by its position when that id is
   *     blank or repeated
   * @param text the words found, as they stand in the pseudonymised text
   * @param kind why it was reported
   * @param note what to check, in plain English
   * @throws NullPointerException if an argument is null
   */
  public Uncertainty {
    Preconditions.checkNotNull(path, "path");
    Preconditions.checkNotNull(text, "text");
    Preconditions.checkNotNull(kind, "kind");
    Preconditions.checkNotNull(note, "note");
  }

  /** The uncertainty in one line: {@code presenting[P1].statement: postcode: LS1 4AP (note)}. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "(formulation)" : path) + ": " + kind.label() + ": " + text
        + (note.isEmpty() ? "" : " (" + note + ")");
  }
}
