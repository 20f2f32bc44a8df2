package io.github.sixps.formulation.redact;

import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The placeholders that stand for people and contributors: role-based, numbered in file order,
 * and never the same twice in one formulation.
 *
 * <p>Children are lettered ("Child A", "Young person B") as in serious case reviews; everyone else
 * in the family is numbered ("Parent 1", "Parent 2"). A contributor is known by their role, made
 * generic, and numbered only when it repeats ("Social worker", "Social worker 2").
 */
final class Placeholders {
  private Placeholders() {}

  /** A placeholder for each person, in order. {@code taken} collects every one made. */
  static List<String> forPeople(List<Person> people, Set<String> taken) {
    Map<PersonRole, Integer> counts = new EnumMap<>(PersonRole.class);
    List<String> placeholders = new ArrayList<>();
    for (Person person : people) {
      PersonRole role = person.role().orElse(PersonRole.OTHER);
      int n = counts.merge(role, 1, Integer::sum);
      String label = switch (role) {
        case CHILD -> "Child " + letters(n);
        case YOUNG_PERSON -> "Young person " + letters(n);
        case PARENT -> "Parent " + n;
        case CARER -> "Carer " + n;
        case SIBLING -> "Sibling " + n;
        case GRANDPARENT -> "Grandparent " + n;
        case RELATIVE -> "Relative " + n;
        case FRIEND -> "Friend " + n;
        case OTHER -> "Family member " + n;
      };
      placeholders.add(unique(label, taken));
    }
    return placeholders;
  }

  /**
   * A contributor's role made generic: any names in it replaced by {@code withoutNames}, spaces
   * tidied, the first letter a capital; "Professional" when no role is recorded.
   */
  static String roleOf(Contributor c, UnaryOperator<String> withoutNames) {
    String role = NameMatcher.clean(withoutNames.apply(c.role().orElse("")));
    if (role.isEmpty()) {
      return "Professional";
    }
    int first = role.offsetByCodePoints(0, 1);
    return role.substring(0, first).toUpperCase(Locale.ROOT) + role.substring(first);
  }

  /** A placeholder for each contributor from their generic role, numbered when it repeats. */
  static List<String> forContributors(List<String> roles, Set<String> taken) {
    Map<String, Integer> counts = new HashMap<>();
    List<String> placeholders = new ArrayList<>();
    for (String role : roles) {
      int n = counts.merge(role.toLowerCase(Locale.ROOT), 1, Integer::sum);
      placeholders.add(unique(n == 1 ? role : role + " " + n, taken));
    }
    return placeholders;
  }

  /** A, B, ... Z, then AA, AB, as spreadsheet columns go. */
  static String letters(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = n; i > 0; i = (i - 1) / 26) {
      s.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return s.toString();
  }

  private static String unique(String label, Set<String> taken) {
    String candidate = label;
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = label + " (" + n + ")";
    }
    return candidate;
  }
}
