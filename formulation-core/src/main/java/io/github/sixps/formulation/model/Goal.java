package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.list;
import static io.github.sixps.formulation.model.Values.optional;
import static io.github.sixps.formulation.model.Values.required;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * An outcome the family and network hope for.
 *
 * <pre>{@code
 * Goal g1 = Goal.of("G1", "Amira is in school every day and feels safe there.")
 *     .withFor(List.of("P1"))
 *     .withScale(GoalScale.of(3, 8));
 * }</pre>
 *
 * @param id the id other parts refer to
 * @param outcome the outcome hoped for, in plain words
 * @param forIssues ids of the presenting issues it answers (the file's {@code for})
 * @param scale where it stands now and the target, if scaled
 */
public record Goal(
    String id, String outcome, List<String> forIssues, Optional<GoalScale> scale)
    implements Item {
  /**
   * Checks that no argument is null and copies the list.
   *
   * @param id the id other parts refer to
   * @param outcome the outcome hoped for, in plain words
   * @param forIssues ids of the presenting issues it answers (the file's {@code for})
   * @param scale where it stands now and the target, if scaled
   * @throws NullPointerException if an argument, or an element of a list, is null
   */
  public Goal {
    required(id, "id");
    required(outcome, "outcome");
    forIssues = list(forIssues, "forIssues");
    optional(scale, "scale");
  }

  /**
   * A goal answering no presenting issue yet, with no scale.
   *
   * @param id the id other parts will use to refer to it, such as {@code "G1"}
   * @param outcome the outcome hoped for, in plain words
   * @return the goal
   */
  public static Goal of(String id, String outcome) {
    return new Goal(id, outcome, ImmutableList.of(), Optional.empty());
  }

  /**
   * A copy answering the given presenting issues.
   *
   * @param issues ids of the presenting issues the goal answers
   * @return a copy of this goal answering those issues instead of its own
   */
  public Goal withFor(List<String> issues) {
    return new Goal(id, outcome, list(issues, "forIssues"), scale);
  }

  /**
   * A copy with the given scale.
   *
   * @param value where the goal stands now and where the family hopes to get to
   * @return a copy of this goal with that scale
   */
  public Goal withScale(GoalScale value) {
    return new Goal(id, outcome, forIssues, Optional.of(required(value, "scale")));
  }
}
