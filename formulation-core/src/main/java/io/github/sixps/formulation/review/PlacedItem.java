package io.github.sixps.formulation.review;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import io.github.sixps.formulation.internal.ItemPaths;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An item in its place: its heading, the list that holds it, its position and its path, with the
 * key that matches it to itself in another version of the formulation.
 */
record PlacedItem(Item item, Heading heading, String list, int index, String path, String key) {

  /** Every item of {@code f} in its place, in the order the file holds them. */
  static List<PlacedItem> all(Formulation f) {
    Multiset<String> uses = HashMultiset.create();
    f.items().forEach(i -> uses.add(i.id()));
    List<PlacedItem> out = new ArrayList<>();
    add(out, uses, Heading.PEOPLE, "people", f.people());
    add(out, uses, Heading.PEOPLE, "contributors", f.contributors());
    add(out, uses, Heading.PRESENTING, "presenting", f.presenting());
    for (FactorKind kind : FactorKind.values()) {
      add(out, uses, Heading.of(kind), section(kind), f.factors(kind));
    }
    add(out, uses, Heading.PLAN, "plan.goals", f.plan().goals());
    add(out, uses, Heading.PLAN, "plan.actions", f.plan().actions());
    add(out, uses, Heading.CHRONOLOGY, "events", f.events());
    return out;
  }

  private static void add(List<PlacedItem> out, Multiset<String> uses, Heading heading,
      String list, List<? extends Item> items) {
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      int count = uses.count(item.id());
      String path = ItemPaths.of(list, ItemPaths.key(item.id(), count, i));
      // Unique ids match across the whole formulation, so a factor can move between headings;
      // a blank or repeated id cannot say which item it is, so position decides.
      String key = !item.id().isBlank() && count == 1 ? "id " + item.id()
          : "at " + list + " " + i;
      out.add(new PlacedItem(item, heading, list, i, path, key));
    }
  }

  static Map<String, PlacedItem> byKey(List<PlacedItem> placed) {
    Map<String, PlacedItem> out = new LinkedHashMap<>();
    placed.forEach(p -> out.put(p.key(), p));
    return out;
  }

  /** The list a kind of factor is kept in, which is also what the factor is called. */
  static String section(FactorKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
