package io.github.sixps.formulation.internal;

/**
 * The path notation shared by validation findings and differences between formulations: an item
 * is named by its id in brackets, {@code plan.actions[A1]}, when that id is usable, and by its
 * position in its list otherwise, {@code people[2]}.
 */
public final class ItemPaths {
  private ItemPaths() {}

  /**
   * What goes between the brackets for an item: its id if the id is usable, else its position.
   * An id is usable when it is not blank, is carried by no other item of the formulation, and
   * cannot be mistaken for a position or for path punctuation.
   *
   * @param id the item's id
   * @param uses how many items of the whole formulation carry this id
   * @param index the item's position in its list, from 0
   * @return the id, or the position as digits
   */
  public static String key(String id, int uses, int index) {
    return isUsable(id, uses) ? id : Integer.toString(index);
  }

  /**
   * Whether an item with this id is named by its id in paths.
   *
   * @param id the item's id
   * @param uses how many items of the whole formulation carry this id
   * @return whether the id is not blank, is carried by no other item, and cannot be mistaken for
   *     a position or for path punctuation
   */
  public static boolean isUsable(String id, int uses) {
    // An id that is a whole number would read as a position, so such items go by position.
    return !id.isBlank() && uses == 1
        && !id.chars().allMatch(c -> c >= '0' && c <= '9')
        && id.chars().noneMatch(c -> c == '[' || c == ']' || c == '.' || c == '\n');
  }

  /**
   * The path of an entry of a list: {@code list[key]}.
   *
   * @param list the path of the list, such as {@code plan.actions}
   * @param key what goes between the brackets, from {@link #key(String, int, int)}
   * @return the path of the entry, such as {@code plan.actions[A1]}
   */
  public static String of(String list, String key) {
    return list + "[" + key + "]";
  }
}
