package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.list;
import static io.github.sixps.formulation.model.Values.optional;
import static io.github.sixps.formulation.model.Values.required;

import java.util.List;
import java.util.Optional;

/**
 * The working theory: what keeps the presenting issues going, and what addressing it will achieve.
 *
 * <pre>{@code
 * Hypothesis h = Hypothesis.of("Amira's absence is kept going by rushed mornings.", List.of("M1"))
 *     .withExpectedChange("If mornings are supported, Amira will be in school more.");
 * }</pre>
 *
 * @param statement the theory, in plain words
 * @param focus ids of the perpetuating factors it centres on
 * @param expectedChange what is expected to change if those factors are addressed
 */
public record Hypothesis(
    String statement, List<String> focus, Optional<String> expectedChange) {
  /**
   * Checks that no argument is null and copies the list.
   *
   * @param statement the theory, in plain words
   * @param focus ids of the perpetuating factors it centres on
   * @param expectedChange what is expected to change if those factors are addressed
   * @throws NullPointerException if an argument, or an element of a list, is null
   */
  public Hypothesis {
    required(statement, "statement");
    focus = list(focus, "focus");
    optional(expectedChange, "expectedChange");
  }

  /**
   * A hypothesis with no expected change written yet.
   *
   * @param statement the theory, in plain words
   * @param focus ids of the perpetuating factors it centres on
   * @return the hypothesis
   */
  public static Hypothesis of(String statement, List<String> focus) {
    return new Hypothesis(statement, list(focus, "focus"), Optional.empty());
  }

  /**
   * A copy with the given expected change.
   *
   * @param value what is expected to change if the focus factors are addressed
   * @return a copy of this hypothesis with that expected change
   */
  public Hypothesis withExpectedChange(String value) {
    return new Hypothesis(statement, focus, Optional.of(required(value, "expectedChange")));
  }
}
