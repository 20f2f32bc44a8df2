package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.optional;
import static io.github.sixps.formulation.model.Values.required;

import java.util.Optional;

/**
 * A child, a member of the family or someone in its network.
 *
 * <pre>{@code
 * Person amira = Person.of("amira", "Amira", PersonRole.CHILD).withAge(9);
 * }</pre>
 *
 * @param id the id other parts refer to
 * @param name the name the family uses
 * @param role how the person is related to the family, if recorded
 * @param age age in years, if recorded
 */
public record Person(String id, String name, Optional<PersonRole> role, Optional<Integer> age)
    implements Item {
  /**
   * Checks that no argument is null.
   *
   * @param id the id other parts refer to
   * @param name the name the family uses
   * @param role how the person is related to the family, if recorded
   * @param age age in years, if recorded
   * @throws NullPointerException if an argument is null
   */
  public Person {
    required(id, "id");
    required(name, "name");
    optional(role, "role");
    optional(age, "age");
  }

  /**
   * A person with a role and no recorded age.
   *
   * @param id the id other parts will use to refer to them, such as {@code "amira"}
   * @param name the name the family uses
   * @param role how the person is related to the family
   * @return the person
   */
  public static Person of(String id, String name, PersonRole role) {
    return new Person(id, name, Optional.of(required(role, "role")), Optional.empty());
  }

  /**
   * A copy of this person with the given age in years.
   *
   * @param years the person's age in whole years
   * @return a copy of this person with that age
   */
  public Person withAge(int years) {
    return new Person(id, name, role, Optional.of(years));
  }
}
