package io.github.sixps.formulation.validate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.PresentingIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes every item of a formulation a separate object. {@link RuleContext} names items by
 * identity, so an item added twice (the same object in two places) would otherwise get one path
 * for both places.
 */
final class DistinctItems {
  private DistinctItems() {}

  /** The formulation itself if no object appears twice, else an equal copy in which none does. */
  static Formulation of(Formulation f) {
    Set<Item> seen = Sets.newIdentityHashSet();
    if (f.items().stream().allMatch(seen::add)) {
      return f;
    }
    seen.clear();
    Formulation.Builder b = f.toBuilder()
        .people(copies(f.people(), seen))
        .contributors(copies(f.contributors(), seen))
        .presenting(copies(f.presenting(), seen));
    for (FactorKind kind : FactorKind.values()) {
      b.factors(kind, copies(f.factors(kind), seen));
    }
    List<Goal> goals = copies(f.plan().goals(), seen);
    List<Action> actions = copies(f.plan().actions(), seen);
    return b.plan(new Plan(ImmutableList.copyOf(goals), ImmutableList.copyOf(actions),
        f.plan().nextReview())).events(copies(f.events(), seen)).build();
  }

  private static <T extends Item> List<T> copies(List<T> items, Set<Item> seen) {
    List<T> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(seen.add(item) ? item : copy(item));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T extends Item> T copy(T item) {
    Item copy;
    if (item instanceof Person p) {
      copy = new Person(p.id(), p.name(), p.role(), p.age(), p.gender(), p.born(), p.died(),
          p.language());
    } else if (item instanceof Contributor c) {
      copy = new Contributor(c.id(), c.name(), c.role(), c.agency());
    } else if (item instanceof PresentingIssue p) {
      copy = new PresentingIssue(p.id(), p.statement(), p.domain(), p.sources());
    } else if (item instanceof Factor x) {
      copy = x.toBuilder().build();
    } else if (item instanceof Goal g) {
      copy = new Goal(g.id(), g.outcome(), g.forIssues(), g.scale());
    } else if (item instanceof Event e) {
      copy = e.toBuilder().build();
    } else {
      copy = ((Action) item).toBuilder().build();
    }
    return (T) copy;
  }
}
