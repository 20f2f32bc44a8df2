package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.required;

/**
 * Two brothers or sisters the family tree should join even where their parents are not in it,
 * or who are twins. Children who share a parent in the tree are siblings without one.
 *
 * @param first id of one sibling
 * @param second id of the other
 * @param twins whether they are twins
 */
public record SiblingLink(String first, String second, boolean twins) {
  /**
   * Checks that no argument is null.
   *
   * @param first id of one sibling
   * @param second id of the other
   * @param twins whether they are twins
   * @throws NullPointerException if an argument is null
   */
  public SiblingLink {
    required(first, "first");
    required(second, "second");
  }
}
