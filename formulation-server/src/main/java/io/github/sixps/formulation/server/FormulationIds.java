package io.github.sixps.formulation.server;

import com.google.common.base.Preconditions;
import java.util.regex.Pattern;

/**
 * The ids by which a {@link FormulationFolder} addresses its files: a file's name without its
 * ending. An id is 1 to 100 letters (any script), digits, dots, hyphens and underscores, starting
 * with a letter or digit, with no two dots together; so it can never name a path, a parent
 * folder, a hidden file or anything outside the folder, and is safe in a web address.
 *
 * <pre>{@code
 * FormulationIds.isValid("school-avoidance-ahmed");   // true
 * FormulationIds.isValid("../etc/passwd");            // false
 * }</pre>
 */
public final class FormulationIds {
  private static final Pattern VALID =
      Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}_-]|\\.(?!\\.)){0,99}");

  private FormulationIds() {}

  /**
   * {@return whether {@code id} is a valid id}
   *
   * @param id the id to look at; null is not valid
   */
  public static boolean isValid(String id) {
    return id != null && VALID.matcher(id).matches() && !id.endsWith(".");
  }

  /**
   * Checks an id given by a caller.
   *
   * @param id the id
   * @param name the argument's name, for the message
   * @return {@code id}
   * @throws IllegalArgumentException if it is not valid, saying what an id may hold
   */
  static String check(String id, String name) {
    Preconditions.checkNotNull(id, name);
    Preconditions.checkArgument(isValid(id), "%s: \"%s\" is not a formulation id; an id is 1 to"
        + " 100 letters, digits, dots, - and _, starting with a letter or digit",
        name, id.length() > 100 ? id.substring(0, 100) + "…" : id);
    return id;
  }
}
