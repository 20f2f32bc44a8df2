package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.required;

/**
 * A parent, step-parent or carer and a child they are linked to in the family tree.
 *
 * <pre>{@code
 * ParentLink link = new ParentLink("lena", "kai", ParentKind.BIRTH);
 * }</pre>
 *
 * @param parent id of the parent or carer
 * @param child id of the child
 * @param kind how they are linked
 */
public record ParentLink(String parent, String child, ParentKind kind) {
  /**
   * Checks that no argument is null.
   *
   * @param parent id of the parent or carer
   * @param child id of the child
   * @param kind how they are linked
   * @throws NullPointerException if an argument is null
   */
  public ParentLink {
    required(parent, "parent");
    required(child, "child");
    required(kind, "kind");
  }
}
