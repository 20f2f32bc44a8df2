package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.optional;
import static io.github.sixps.formulation.model.Values.required;

import java.util.Optional;

/**
 * A professional who contributed to the formulation.
 *
 * <pre>{@code
 * Contributor jo = Contributor.of("jo", "Jo Blake", "Social worker", "Children's social care");
 * }</pre>
 *
 * @param id the id other parts refer to
 * @param name the contributor's name
 * @param role their job, in their own words, such as "Deputy head"
 * @param agency the organisation they work for
 */
public record Contributor(String id, String name, Optional<String> role, Optional<String> agency)
    implements Item {
  /**
   * Checks that no argument is null.
   *
   * @param id the id other parts refer to
   * @param name the contributor's name
   * @param role their job, in their own words, such as "Deputy head"
   * @param agency the organisation they work for
   * @throws NullPointerException if an argument is null
   */
  public Contributor {
    required(id, "id");
    required(name, "name");
    optional(role, "role");
    optional(agency, "agency");
  }

  /**
   * A contributor with a role and an agency.
   *
   * @param id the id other parts will use to refer to them, such as {@code "jo"}
   * @param name the contributor's name
   * @param role their job, in their own words, such as "Deputy head"
   * @param agency the organisation they work for
   * @return the contributor
   * @throws NullPointerException if an argument is null
   */
  public static Contributor of(String id, String name, String role, String agency) {
    return new Contributor(
        id, name, Optional.of(required(role, "role")), Optional.of(required(agency, "agency")));
  }
}
