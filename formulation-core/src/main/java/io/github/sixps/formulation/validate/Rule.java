package io.github.sixps.formulation.validate;

/**
 * One check over a formulation. Rules are stateless and safe to share between threads; the
 * validator runs them, applies the profile's severities and puts the findings in document order.
 *
 * <p>Callers can write their own and add them with {@link Validator.Builder#addRule(Rule)}:
 *
 * <pre>{@code
 * Rule needsFramework = new Rule() {
 *   public String code() { return "council-framework"; }
 *   public RuleCategory category() { return RuleCategory.PRACTICE; }
 *   public Severity defaultSeverity() { return Severity.WARNING; }
 *   public String description() { return "The formulation names our practice framework."; }
 *   public void check(RuleContext context, FindingSink out) {
 *     if (context.formulation().framework().isEmpty()) {
 *       out.report("framework", "No practice framework is named.", "Add framework: ...");
 *     }
 *   }
 * };
 * Validator validator = Validator.builder().addRule(needsFramework).build();
 * }</pre>
 */
public interface Rule {
  /** {@return a stable code in lower-kebab-case, unique among the validator's rules} */
  String code();

  /** {@return the group the rule belongs to, which profiles switch on and off} */
  RuleCategory category();

  /** {@return the severity of its findings unless a profile says otherwise} */
  Severity defaultSeverity();

  /** {@return what the rule checks, in one plain sentence, for the rules table} */
  String description();

  /**
   * Checks the formulation in the context and reports each finding to {@code out}.
   *
   * @param context the formulation, the date that counts as today and the shared lookups
   * @param out where to report each finding, with its path and message
   */
  void check(RuleContext context, FindingSink out);
}
