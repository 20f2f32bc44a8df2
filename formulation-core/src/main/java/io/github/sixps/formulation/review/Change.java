package io.github.sixps.formulation.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One difference between two versions of a formulation.
 *
 * <p>The path uses the validator's notation, with ids in brackets where items have them and
 * positions otherwise: {@code perpetuating[M1].statement}, {@code plan.actions[A1].status},
 * {@code reviews[1]}. An item that was removed is named as it was in the older version; anything
 * else as it is in the newer.
 *
 * @param kind what sort of change it is
 * @param heading the part of the formulation it is under; for a move, the part it moved to
 * @param path where it is
 * @param before the value in the older version, as written in a file; empty if there was none
 * @param after the value in the newer version, as written in a file; empty if there is none
 * @param description the change in one plain English sentence, such as "Action A1 is now done
 *     (was in progress)."
 */
public record Change(Kind kind, Heading heading, String path, Optional<String> before,
    Optional<String> after, String description) {

  /** What sort of change it is. */
  public enum Kind {
    /** Something is in the newer version that was not in the older. */
    ADDED,
    /** Something in the older version is not in the newer. */
    REMOVED,
    /** A value is in both versions and differs; both are given. */
    EDITED,
    /** An item went from one of the six headings to another: before and after are its paths. */
    MOVED
  }

  /**
   * Checks that no argument is null and that before and after fit the kind.
   *
   * @param kind what sort of change it is
   * @param heading the part of the formulation it is under; for a move, the part it moved to
   * @param path where it is
   * @param before the value in the older version, as written in a file; empty if there was none
   * @param after the value in the newer version, as written in a file; empty if there is none
   * @param description the change in one plain English sentence, such as "Action A1 is now done
   *     (was in progress)."
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code before} is missing for a change other than an
   *     addition, or {@code after} is missing for one other than a removal
   */
  public Change {
    checkNotNull(kind, "kind must not be null");
    checkNotNull(heading, "heading must not be null");
    checkNotNull(path, "path must not be null");
    checkNotNull(before, "before must not be null");
    checkNotNull(after, "after must not be null");
    checkNotNull(description, "description must not be null");
    checkArgument(kind == Kind.ADDED || before.isPresent(),
        "before must be given for a change of kind %s", kind);
    checkArgument(kind == Kind.REMOVED || after.isPresent(),
        "after must be given for a change of kind %s", kind);
  }

  /** The change in one line: {@code edited plan.actions[A1].status: description}. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + path + ": " + description;
  }
}
