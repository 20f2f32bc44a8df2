package io.github.sixps.formulation.validate;

import com.google.common.base.Preconditions;

/**
 * A rule made from its description and a check function, for rules that need no state of their
 * own.
 *
 * <pre>{@code
 * Rule rule = BasicRule.of("council-framework", RuleCategory.PRACTICE, Severity.WARNING,
 *     "The formulation names our practice framework.",
 *     (context, out) -> {
 *       if (context.formulation().framework().isEmpty()) {
 *         out.report("framework", "No practice framework is named.");
 *       }
 *     });
 * }</pre>
 *
 * @param code the stable code
 * @param category the group it belongs to
 * @param defaultSeverity the severity unless a profile says otherwise
 * @param description what it checks, in one sentence
 * @param check the check itself
 */
public record BasicRule(
    String code,
    RuleCategory category,
    Severity defaultSeverity,
    String description,
    Check check)
    implements Rule {

  /** The check a {@link BasicRule} runs. */
  @FunctionalInterface
  public interface Check {
    /**
     * Checks the formulation in the context and reports findings to {@code out}.
     *
     * @param context the formulation, the date that counts as today and the shared lookups
     * @param out where to report each finding, with its path and message
     */
    void check(RuleContext context, FindingSink out);
  }

  /**
   * Checks that no argument is null and that the code is lower-kebab-case.
   *
   * @param code the stable code
   * @param category the group it belongs to
   * @param defaultSeverity the severity unless a profile says otherwise
   * @param description what it checks, in one sentence
   * @param check the check itself
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the code is not lower-kebab-case, such as {@code
   *     council-framework}
   */
  public BasicRule {
    Preconditions.checkNotNull(code, "code");
    Preconditions.checkArgument(code.matches("[a-z0-9]+(-[a-z0-9]+)*"),
        "code must be lower-kebab-case, was \"%s\"", code);
    Preconditions.checkNotNull(category, "category");
    Preconditions.checkNotNull(defaultSeverity, "defaultSeverity");
    Preconditions.checkNotNull(description, "description");
    Preconditions.checkNotNull(check, "check");
  }

  /**
   * A rule from its parts.
   *
   * @param code a stable code in lower-kebab-case, such as {@code council-framework}
   * @param category the group it belongs to, which profiles switch on and off
   * @param severity the severity of its findings unless a profile says otherwise
   * @param description what it checks, in one plain sentence, for the rules table
   * @param check the check itself, often a lambda
   * @return the rule
   * @throws IllegalArgumentException if the code is not lower-kebab-case
   */
  public static BasicRule of(String code, RuleCategory category, Severity severity,
      String description, Check check) {
    return new BasicRule(code, category, severity, description, check);
  }

  @Override
  public void check(RuleContext context, FindingSink out) {
    check.check(context, out);
  }
}
