package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.optional;
import static io.github.sixps.formulation.model.Values.required;

import java.util.Optional;

/**
 * A child, a member of the family or someone in its network.
 *
 * <pre>{@code
 * Person amira = Person.of("amira", "Amira", PersonRole.CHILD).withAge(9);
 * Person nana = Person.of("nana", "Nana Rukhsana", PersonRole.GRANDPARENT)
 *     .withGender(Gender.FEMALE)
 *     .withLanguage("ur");
 * }</pre>
 *
 * <p>Gender, birth and death are what a {@link FamilyTree family tree} draws; the language is
 * what the person speaks, so that outputs can mark their words for screen readers.
 *
 * @param id the id other parts refer to
 * @param name the name the family uses
 * @param role how the person is related to the family, if recorded
 * @param age age in years, if recorded
 * @param gender sex or gender, if recorded
 * @param born when they were born, if recorded
 * @param died when they died, if they have died and it is recorded
 * @param language the language they speak, as a BCP 47 tag such as {@code "bn"} or {@code
 *     "pl"}, if recorded
 */
public record Person(String id, String name, Optional<PersonRole> role, Optional<Integer> age,
    Optional<Gender> gender, Optional<EventDate> born, Optional<EventDate> died,
    Optional<String> language)
    implements Item {
  /**
   * Checks that no argument is null.
   *
   * @param id the id other parts refer to
   * @param name the name the family uses
   * @param role how the person is related to the family, if recorded
   * @param age age in years, if recorded
   * @param gender sex or gender, if recorded
   * @param born when they were born, if recorded
   * @param died when they died, if recorded
   * @param language the language they speak (BCP 47), if recorded
   * @throws NullPointerException if an argument is null
   */
  public Person {
    required(id, "id");
    required(name, "name");
    optional(role, "role");
    optional(age, "age");
    optional(gender, "gender");
    optional(born, "born");
    optional(died, "died");
    optional(language, "language");
  }

  /**
   * A person with no gender, dates or language recorded.
   *
   * @param id the id other parts refer to
   * @param name the name the family uses
   * @param role how the person is related to the family, if recorded
   * @param age age in years, if recorded
   * @throws NullPointerException if an argument is null
   */
  public Person(String id, String name, Optional<PersonRole> role, Optional<Integer> age) {
    this(id, name, role, age, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
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
    return new Person(id, name, role, Optional.of(years), gender, born, died, language);
  }

  /**
   * A copy of this person with the given gender.
   *
   * @param value their sex or gender
   * @return a copy of this person with that gender
   */
  public Person withGender(Gender value) {
    return new Person(id, name, role, age, Optional.of(required(value, "gender")), born, died,
        language);
  }

  /**
   * A copy of this person born on the given date.
   *
   * @param value when they were born, as precisely as known
   * @return a copy of this person with that date of birth
   */
  public Person withBorn(EventDate value) {
    return new Person(id, name, role, age, gender, Optional.of(required(value, "born")), died,
        language);
  }

  /**
   * A copy of this person who died on the given date.
   *
   * @param value when they died, as precisely as known
   * @return a copy of this person with that date of death
   */
  public Person withDied(EventDate value) {
    return new Person(id, name, role, age, gender, born, Optional.of(required(value, "died")),
        language);
  }

  /**
   * A copy of this person speaking the given language.
   *
   * @param bcp47 a BCP 47 language tag, such as {@code "ur"}, {@code "bn"} or {@code "pl"}
   * @return a copy of this person with that language
   */
  public Person withLanguage(String bcp47) {
    return new Person(id, name, role, age, gender, born, died,
        Optional.of(required(bcp47, "language")));
  }
}
