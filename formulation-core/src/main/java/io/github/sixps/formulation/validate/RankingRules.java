package io.github.sixps.formulation.validate;

import static io.github.sixps.formulation.validate.RuleCategory.PRACTICE;
import static io.github.sixps.formulation.validate.Severity.INFO;
import static io.github.sixps.formulation.validate.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.prioritise.RankedFactor;
import io.github.sixps.formulation.prioritise.Ranking;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that the plan and the hypothesis follow the ranking of the perpetuating factors. They
 * use the validator's {@link io.github.sixps.formulation.prioritise.Prioritiser}, so the same
 * weights decide the ranking shown and the ranking checked.
 */
final class RankingRules {
  private RankingRules() {}

  static ImmutableList<Rule> all() {
    return ImmutableList.of(
        BasicRule.of("top-factor-not-addressed", PRACTICE, WARNING,
            "Every top-ranked perpetuating factor is worked on by at least one action.",
            RankingRules::topNotAddressed),
        BasicRule.of("focus-differs-from-ranking", PRACTICE, INFO,
            "The hypothesis centres on the top-ranked perpetuating factors.",
            RankingRules::focusDiffers),
        BasicRule.of("unrated-factor", PRACTICE, INFO,
            "When some perpetuating factors are rated, all of them are.",
            RankingRules::unrated));
  }

  private static void topNotAddressed(RuleContext c, FindingSink out) {
    Formulation f = c.formulation();
    Set<String> addressed = new HashSet<>();
    for (Action a : f.plan().actions()) {
      addressed.addAll(a.addresses());
    }
    for (RankedFactor r : c.ranking().top()) {
      if (!addressed.contains(r.id()) && c.countOf(r.id()) == 1) {
        out.report(c.pathOf(r.factor()), r.id() + " is ranked " + r.ordinal()
            + " of what keeps things going, but no action works on it.",
            "Agree an action that addresses " + r.id() + ", or say in the ranking why it waits.");
      }
    }
  }

  private static void focusDiffers(RuleContext c, FindingSink out) {
    Optional<Hypothesis> h = c.formulation().hypothesis();
    if (h.isEmpty() || h.get().focus().isEmpty()) {
      return;
    }
    Ranking ranking = c.ranking();
    Set<String> focus = new HashSet<>(h.get().focus());
    // A focus id that is not a perpetuating factor may be the top one mistyped: the reference
    // rules report it, once, and what it leaves out cannot be told until it is put right.
    boolean mistyped = focus.stream().anyMatch(id -> !PracticeRules.isPerpetuating(c, id));
    for (RankedFactor r : mistyped ? List.<RankedFactor>of() : ranking.top()) {
      if (!focus.contains(r.id())) {
        out.report("hypothesis.focus", "The hypothesis leaves out " + r.id() + ", which is ranked "
            + r.ordinal() + ".", "Either bring " + r.id() + " into the hypothesis, or "
            + "check its ratings.");
      }
    }
    Map<String, RankedFactor> byId = new HashMap<>();
    ranking.factors().forEach(r -> byId.putIfAbsent(r.id(), r));
    for (int i = 0; i < h.get().focus().size(); i++) {
      String id = h.get().focus().get(i);
      Optional<RankedFactor> ranked = Optional.ofNullable(byId.get(id));
      if (ranked.isPresent() && !ranking.isTop(id)) {
        out.report("hypothesis.focus[" + i + "]", "The hypothesis centres on " + id
            + ", which is ranked " + ranked.get().ordinal() + ", below the top "
            + ranking.topCount() + ".", "Check that its ratings match the weight the "
            + "hypothesis gives it.");
      }
    }
  }

  private static void unrated(RuleContext c, FindingSink out) {
    Formulation f = c.formulation();
    boolean anyRated = f.perpetuating().stream()
        .anyMatch(m -> m.priority().map(p -> !p.isUnrated()).orElse(false));
    if (!anyRated) {
      return;
    }
    for (Factor m : f.perpetuating()) {
      if (m.priority().map(p -> p.isUnrated()).orElse(true)) {
        out.report(c.pathOf(m) + ".priority", "This factor is not rated, though others are, so it"
            + " is ranked after them.", "Rate its impact, ease of change, urgency and how much "
            + "the family wants to change it.");
      }
    }
  }
}
