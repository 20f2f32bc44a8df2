package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.list;
import static io.github.sixps.formulation.model.Values.optional;
import static io.github.sixps.formulation.model.Values.required;

import java.util.List;
import java.util.Optional;

/**
 * People who live together now, drawn with a line round them in the family tree.
 *
 * <pre>{@code
 * Household home = Household.of("home", List.of("lena", "kai", "mia"));
 * }</pre>
 *
 * @param id the household's id, such as {@code "mum-home"}
 * @param name what the family calls it, such as "Mum's flat", if given
 * @param members ids of the people who live there
 */
public record Household(String id, Optional<String> name, List<String> members) {
  /**
   * Checks that no argument is null and copies the list.
   *
   * @param id the household's id
   * @param name what the family calls it, if given
   * @param members ids of the people who live there
   * @throws NullPointerException if an argument, or an element of the list, is null
   */
  public Household {
    required(id, "id");
    optional(name, "name");
    members = list(members, "members");
  }

  /**
   * A household with no name.
   *
   * @param id the household's id
   * @param members ids of the people who live there
   * @return the household
   */
  public static Household of(String id, List<String> members) {
    return new Household(id, Optional.empty(), list(members, "members"));
  }
}
