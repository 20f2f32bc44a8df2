package io.github.sixps.formulation.bench;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A large formulation made from a real one: its factors and actions repeated, under new ids, up
 * to a given number. The text stays the worked example's own plain sentences, so the language
 * rules, the renderers and the file format see ordinary text rather than random or hostile text
 * (which the property tests in {@code testing.Formulations} already cover, and which would make
 * timings depend on a seed). References are renumbered too: each copy of an action addresses the
 * matching copies of its factors, so the references resolve as they do in the original.
 *
 * <pre>{@code
 * Formulation large = ScaledFormulation.of(worked, 500, 500);
 * }</pre>
 */
final class ScaledFormulation {
  private ScaledFormulation() {}

  /**
   * A copy of {@code base} with {@code factors} factors in all, shared between the four kinds in
   * the proportions of the original, and {@code actions} actions. Everything else (people,
   * presenting issues, goals, the hypothesis, reviews) is kept as it is.
   */
  static Formulation of(Formulation base, int factors, int actions) {
    Preconditions.checkArgument(factors >= 0, "factors: must not be negative, was %s", factors);
    Preconditions.checkArgument(actions >= 0, "actions: must not be negative, was %s", actions);
    int baseFactors = 0;
    for (FactorKind kind : FactorKind.values()) {
      baseFactors += base.factors(kind).size();
    }
    Preconditions.checkArgument(baseFactors > 0 && !base.plan().actions().isEmpty(),
        "base: needs factors and actions to repeat, but %s has %s factors and %s actions",
        base.id(), baseFactors, base.plan().actions().size());

    Set<String> used = new HashSet<>();
    base.items().forEach(item -> used.add(item.id()));
    Map<String, Integer> next = new HashMap<>();
    // copies.get(baseId).get(c) is the id of copy c of that factor; copy 0 is the original.
    Map<String, List<String>> copies = new HashMap<>();
    Formulation.Builder out = base.toBuilder();
    int left = factors;
    FactorKind[] kinds = FactorKind.values();
    int seen = 0;
    for (int k = 0; k < kinds.length; k++) {
      List<Factor> originals = base.factors(kinds[k]);
      seen += originals.size();
      // Rounded shares that always add up to the total asked for.
      int count = (int) Math.round((double) factors * seen / baseFactors) - (factors - left);
      left -= count;
      List<Factor> made = new ArrayList<>(count);
      for (int i = 0; i < count && !originals.isEmpty(); i++) {
        Factor original = originals.get(i % originals.size());
        String id = i < originals.size() ? original.id() : freshId(original.id(), used, next);
        copies.computeIfAbsent(original.id(), x -> new ArrayList<>()).add(id);
        made.add(Factor.builder(original.kind(), id).statement(original.statement())
            .explains(original.explains()).sources(original.sources())
            .evidence(original.evidence()).priority(original.priority()).build());
      }
      out.factors(kinds[k], made);
    }

    List<Action> originals = base.plan().actions();
    List<Action> made = new ArrayList<>(actions);
    for (int i = 0; i < actions; i++) {
      Action original = originals.get(i % originals.size());
      int copy = i / originals.size();
      String id = i < originals.size() ? original.id() : freshId(original.id(), used, next);
      List<String> addresses = new ArrayList<>();
      for (String ref : original.addresses()) {
        List<String> ids = copies.getOrDefault(ref, List.of(ref));
        addresses.add(ids.get(Math.min(copy, ids.size() - 1)));
      }
      made.add(Action.builder(id).action(original.action()).owner(original.owner())
          .addresses(addresses).goals(original.goals()).due(original.due())
          .measure(original.measure()).status(original.status()).build());
    }
    return out.plan(new Plan(base.plan().goals(), ImmutableList.copyOf(made),
        base.plan().nextReview())).build();
  }

  /**
   * The first unused id with the same letters as {@code like} ("M4" gives "M1" if free, else
   * "M2", ...). {@code next} remembers, for each prefix, the number below which every id is
   * taken, so that making thousands of copies does not search from 1 each time.
   */
  private static String freshId(String like, Set<String> used, Map<String, Integer> next) {
    int end = like.length();
    while (end > 0 && Character.isDigit(like.charAt(end - 1))) {
      end--;
    }
    String prefix = like.substring(0, end);
    for (int n = next.getOrDefault(prefix, 1); ; n++) {
      String id = prefix + n;
      if (used.add(id)) {
        next.put(prefix, n + 1);
        return id;
      }
    }
  }
}
