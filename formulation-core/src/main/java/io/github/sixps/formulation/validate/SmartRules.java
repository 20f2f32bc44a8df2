package io.github.sixps.formulation.validate;

import static io.github.sixps.formulation.validate.RuleCategory.SMART;
import static io.github.sixps.formulation.validate.Severity.INFO;
import static io.github.sixps.formulation.validate.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Actions that are specific, measurable, owned and time-bound. */
final class SmartRules {
  private SmartRules() {}

  private static final Pattern VAGUE = Pattern.compile(
      "\\b(monitor(s|ed|ing)?|support(s|ed|ing)?|continu(e|es|ed|ing) to|keep an eye on"
          + "|work(s|ed|ing)? with)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static ImmutableList<Rule> all() {
    return ImmutableList.of(
        each("action-without-owner", "Every action has an owner.",
            a -> a.owner().map(String::isBlank).orElse(true), ".owner",
            "Nobody owns this action.", "Agree who will do it."),
        each("action-without-due-date", "Every action has a date it is due by.",
            a -> a.due().isEmpty(), ".due",
            "This action has no due date.", "Agree when it will be done by."),
        each("action-without-measure", "Every action says how everyone will know it happened.",
            a -> a.measure().map(String::isBlank).orElse(true), ".measure",
            "This action does not say how everyone will know it has happened.",
            "Add a measure: what will be seen or counted."),
        BasicRule.of("vague-action", SMART, INFO,
            "Actions such as \"monitor\", \"support\" or \"continue to\" say what will be done "
                + "and how it will be measured.",
            (c, out) -> {
              for (Action a : c.formulation().plan().actions()) {
                // A measure settles it; the search for vague words is the costlier test.
                if (!a.measure().map(String::isBlank).orElse(true)) {
                  continue;
                }
                Matcher m = VAGUE.matcher(a.action());
                if (m.find()) {
                  out.report(c.pathOf(a) + ".action", "\"" + m.group().toLowerCase(Locale.ROOT)
                      + "\" on its own does not say what will happen.",
                      "Say who will do what, how often, and how everyone will know.");
                }
              }
            }));
  }

  private static Rule each(String code, String description, Predicate<Action> missing,
      String field, String message, String suggestion) {
    return BasicRule.of(code, SMART, WARNING, description, (c, out) -> {
      for (Action a : c.formulation().plan().actions()) {
        if (missing.test(a)) {
          out.report(c.pathOf(a) + field, message, suggestion);
        }
      }
    });
  }
}
