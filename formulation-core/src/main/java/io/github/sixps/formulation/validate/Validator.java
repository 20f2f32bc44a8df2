package io.github.sixps.formulation.validate;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.sixps.formulation.language.PlainLanguage;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.spelling.NearestMatch;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a formulation against structure, practice, SMART, supervision and language rules and
 * returns a {@link ValidationReport}. A validator is immutable once built and safe to share
 * between threads: build it once, use it everywhere.
 *
 * <pre>{@code
 * Validator validator = Validator.standard();
 * ValidationReport report = validator.validate(formulation, LocalDate.of(2026, 12, 1));
 * report.findings().forEach(System.out::println);
 *
 * Validator forSignOff = Validator.builder().profile(Profile.strict()).build();
 * }</pre>
 */
public final class Validator {
  private static final Validator STANDARD = builder().build();

  private final ImmutableList<Rule> rules;
  private final ImmutableMap<String, Severity> active;
  private final Profile profile;
  private final Clock clock;
  private final PlainLanguage plainLanguage;
  private final Prioritiser prioritiser;

  private Validator(Builder b) {
    Profile adjusted = b.profile;
    for (Map.Entry<String, Optional<Severity>> e : b.adjustments.entrySet()) {
      adjusted = e.getValue().isPresent()
          ? adjusted.with(e.getKey(), e.getValue().get()) : adjusted.without(e.getKey());
    }
    final Profile chosen = adjusted;
    Map<String, Rule> byCode = new LinkedHashMap<>();
    for (Rule rule : b.rules) {
      Rule before = byCode.putIfAbsent(rule.code(), rule);
      Preconditions.checkArgument(before == null, "rules: two rules have the code %s",
          rule.code());
    }
    for (String code : chosen.overrides().keySet()) {
      if (!byCode.containsKey(code)) {
        throw new IllegalArgumentException("profile " + chosen.name()
            + ": no rule has the code \"" + code + "\"" + NearestMatch.among(code, byCode.keySet())
            .map(s -> "; did you mean \"" + s + "\"?").orElse(""));
      }
    }
    ImmutableMap.Builder<String, Severity> running = ImmutableMap.builder();
    for (Rule rule : byCode.values()) {
      chosen.severityOf(rule).ifPresent(s -> running.put(rule.code(), s));
    }
    this.rules = ImmutableList.copyOf(byCode.values());
    this.active = running.build();
    this.profile = chosen;
    this.clock = b.clock;
    this.plainLanguage = b.plainLanguage;
    this.prioritiser = b.prioritiser;
  }

  /** {@return a validator with the standard rules and the standard profile} */
  public static Validator standard() {
    return STANDARD;
  }

  /**
   * {@return a builder starting from the standard rules, the standard profile and the system clock}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return every rule this validator knows, whether or not its profile runs it} */
  public List<Rule> rules() {
    return rules;
  }

  /** {@return the profile in force} */
  public Profile profile() {
    return profile;
  }

  /**
   * The severity a rule runs at, or empty if it is switched off or unknown.
   *
   * @param code the rule's code, such as {@code no-owner}
   * @return the severity its findings get, or empty if it does not run
   */
  public Optional<Severity> severityOf(String code) {
    return Optional.ofNullable(active.get(Preconditions.checkNotNull(code, "code")));
  }

  /**
   * Validates as of today by the builder's clock.
   *
   * @param formulation the formulation to check, draft or not
   * @return every finding, in document order
   */
  public ValidationReport validate(Formulation formulation) {
    return validate(formulation, LocalDate.now(clock));
  }

  /**
   * Validates a formulation.
   *
   * @param formulation the formulation to check, draft or not
   * @param asOf the date that counts as today for rules about time, such as overdue actions
   * @return every finding, in document order; a rule that throws adds an error finding with its
   *     code, the path of the whole formulation and the exception's message, and the other rules
   *     still run
   */
  public ValidationReport validate(Formulation formulation, LocalDate asOf) {
    Preconditions.checkNotNull(formulation, "formulation");
    Preconditions.checkNotNull(asOf, "asOf");
    RuleContext context = new RuleContext(formulation, asOf, plainLanguage, prioritiser);
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      Severity severity = active.get(rule.code());
      if (severity == null) {
        continue;
      }
      try {
        rule.check(context, new FindingSink() {
          @Override
          public void report(String path, String message) {
            findings.add(new Finding(severity, rule.code(), path, message, Optional.empty()));
          }

          @Override
          public void report(String path, String message, String suggestion) {
            findings.add(new Finding(severity, rule.code(), path, message,
                Optional.of(suggestion)));
          }

          @Override
          public void report(String path, String message, String suggestion, TextSpan words) {
            findings.add(new Finding(severity, rule.code(), path, message,
                Optional.of(suggestion), Optional.of(words)));
          }
        });
      } catch (RuntimeException e) {
        // A caller's own rule may fail; one rule's fault must not hide what the others find,
        // nor pass as a formulation with nothing wrong.
        findings.add(failed(rule.code(), e));
      }
    }
    ImmutableMap<String, Integer> order = context.documentOrder();
    // A stable sort: findings at the same place keep the order of the rules that found them.
    findings.sort(Comparator.comparingInt(f -> position(order, f.path())));
    return ValidationReport.of(findings);
  }

  /** The error finding that says a rule stopped part way, naming the rule and its message. */
  private static Finding failed(String code, RuntimeException e) {
    String why = e.getMessage() == null || e.getMessage().isBlank()
        ? e.getClass().getSimpleName() : e.getMessage();
    return new Finding(Severity.ERROR, code, "",
        "The rule " + code + " stopped before it finished checking: " + why,
        Optional.of("This is a fault in the rule, not in the formulation: tell whoever looks "
            + "after the rule " + code + ". The other rules have still been checked."));
  }

  /** The document position of a path: that of its longest prefix that names a known place. */
  private static int position(ImmutableMap<String, Integer> order, String path) {
    String p = path;
    while (true) {
      Integer at = order.get(p);
      if (at != null) {
        return at;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        return order.getOrDefault(cut == 0 ? "" : p, Integer.MAX_VALUE);
      }
      p = p.substring(0, cut);
    }
  }

  /** Configures a {@link Validator}. */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>(StandardRules.all());
    private Profile profile = Profile.standard();
    private final Map<String, Optional<Severity>> adjustments = new LinkedHashMap<>();
    private Clock clock = Clock.systemDefaultZone();
    private PlainLanguage plainLanguage = PlainLanguage.standard();
    private Prioritiser prioritiser = Prioritiser.standard();

    private Builder() {}

    /**
     * Sets the profile; {@link Profile#standard()} by default.
     *
     * @param value which rules run and at what severity
     * @return this builder
     */
    public Builder profile(Profile value) {
      profile = Preconditions.checkNotNull(value, "profile");
      return this;
    }

    /**
     * Adds a rule of the caller's own after the standard ones. Its code must be new.
     *
     * @param rule a rule of the caller's own, with a code no other rule has
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      rules.add(Preconditions.checkNotNull(rule, "rule"));
      return this;
    }

    /**
     * Gives one rule another severity, whatever the profile says.
     *
     * @param code the rule's code, such as {@code no-childs-voice}
     * @param severity the severity its findings should have
     * @return this builder
     */
    public Builder severity(String code, Severity severity) {
      adjustments.put(Preconditions.checkNotNull(code, "code"),
          Optional.of(Preconditions.checkNotNull(severity, "severity")));
      return this;
    }

    /**
     * Switches one rule off, whatever the profile says.
     *
     * @param code the rule's code, such as {@code single-perspective}
     * @return this builder
     */
    public Builder disable(String code) {
      adjustments.put(Preconditions.checkNotNull(code, "code"), Optional.empty());
      return this;
    }

    /**
     * Sets the clock that says what today is; the system clock by default.
     *
     * @param value the clock, such as a fixed clock in tests
     * @return this builder
     */
    public Builder clock(Clock value) {
      clock = Preconditions.checkNotNull(value, "clock");
      return this;
    }

    /**
     * Sets the plain-language checker, with its lexicon, for the language rules;
     * {@link PlainLanguage#standard()} by default. Build it once with a lexicon of your own words
     * to add or remove entries.
     *
     * @param value the checker the language rules use
     * @return this builder
     */
    public Builder plainLanguage(PlainLanguage value) {
      plainLanguage = Preconditions.checkNotNull(value, "plainLanguage");
      return this;
    }

    /**
     * Sets the prioritiser whose ranking the ranking rules check against;
     * {@link Prioritiser#standard()} by default.
     *
     * @param value the prioritiser whose ranking is checked
     * @return this builder
     */
    public Builder prioritiser(Prioritiser value) {
      prioritiser = Preconditions.checkNotNull(value, "prioritiser");
      return this;
    }

    /**
     * The validator.
     *
     * @return the validator, which keeps these settings however the builder changes afterwards
     * @throws IllegalArgumentException if two rules share a code, or the profile names a rule
     *     that does not exist
     */
    public Validator build() {
      return new Validator(this);
    }
  }
}
