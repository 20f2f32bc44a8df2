package io.github.sixps.formulation.review;

import static io.github.sixps.formulation.review.Names.capitalName;
import static io.github.sixps.formulation.review.Names.label;
import static io.github.sixps.formulation.review.Names.name;
import static io.github.sixps.formulation.review.Names.noun;
import static io.github.sixps.formulation.review.Names.said;
import static io.github.sixps.formulation.review.Names.shortName;
import static io.github.sixps.formulation.review.Names.text;
import static io.github.sixps.formulation.review.Quotation.plain;
import static io.github.sixps.formulation.review.Sentences.bracketed;
import static io.github.sixps.formulation.review.Sentences.ukDate;
import static io.github.sixps.formulation.review.Sentences.words;

import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.prioritise.RankedFactor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the items with ids that were added, removed or moved between headings, matched by
 * {@link PlacedItem#key()}, and the perpetuating factors whose place in the ranking changed; an
 * item in both versions is then compared field by field by {@link FieldChanges}.
 */
final class ItemChanges {
  private ItemChanges() {}

  static void find(Comparison c) {
    List<PlacedItem> olds = PlacedItem.all(c.older());
    List<PlacedItem> news = PlacedItem.all(c.newer());
    Map<String, PlacedItem> oldByKey = PlacedItem.byKey(olds);
    Map<String, PlacedItem> newByKey = PlacedItem.byKey(news);
    Map<Factor, RankedFactor> oldRanks = ranks(c.older());
    Map<Factor, RankedFactor> newRanks = ranks(c.newer());
    for (PlacedItem n : news) {
      PlacedItem o = oldByKey.get(n.key());
      RankedFactor now = newRanks.get(n.item());
      if (o == null || o.item().getClass() != n.item().getClass()) {
        c.change(Change.Kind.ADDED, n.heading(), n.path(), Optional.empty(),
            Optional.of(text(n.item())), added(c.newer(), n, now));
        continue;
      }
      if (!o.list().equals(n.list())) {
        c.change(Change.Kind.MOVED, n.heading(), n.path(), Optional.of(o.path()),
            Optional.of(n.path()), shortName(n) + " moved from "
                + o.heading().label().toLowerCase(Locale.ROOT) + " to "
                + n.heading().label().toLowerCase(Locale.ROOT) + ".");
      }
      // The new place first, then the ratings that explain it.
      rank(c, o, n, oldRanks.get(o.item()), now);
      FieldChanges.find(c, o, n);
    }
    for (PlacedItem o : olds) {
      PlacedItem n = newByKey.get(o.key());
      if (n == null || o.item().getClass() != n.item().getClass()) {
        c.change(Change.Kind.REMOVED, o.heading(), o.path(), Optional.of(text(o.item())),
            Optional.empty(), removed(o));
      }
    }
  }

  private static Map<Factor, RankedFactor> ranks(Formulation f) {
    // By identity: the ranking holds the formulation's own factor objects, and a draft may hold
    // two equal factors in different places.
    Map<Factor, RankedFactor> out = new IdentityHashMap<>();
    Prioritiser.standard().rank(f).factors().forEach(r -> out.putIfAbsent(r.factor(), r));
    return out;
  }

  private static void rank(Comparison c, PlacedItem o, PlacedItem n, RankedFactor was,
      RankedFactor now) {
    if ((was == null && now == null)
        || (was != null && now != null && was.rank() == now.rank())) {
      return;
    }
    Optional<String> before = Optional.ofNullable(was).map(r -> Integer.toString(r.rank()));
    Optional<String> after = Optional.ofNullable(now).map(r -> Integer.toString(r.rank()));
    String who = shortName(n);
    String description = was == null ? who + " is now ranked " + now.ordinal() + "."
        : now == null ? who + " is no longer ranked (was " + was.ordinal() + ")."
        : who + " moved " + (now.rank() < was.rank() ? "up" : "down") + " from "
            + was.ordinal() + " to " + now.ordinal() + " in the ranking.";
    c.fieldChange(o, n, "rank", before, after, description);
  }

  /** An item that is new, with what a reader needs to place it. */
  private static String added(Formulation newer, PlacedItem n, RankedFactor rank) {
    Item item = n.item();
    if (item instanceof Person p) {
      List<String> about = new ArrayList<>();
      p.role().ifPresent(r -> about.add(words(r)));
      p.age().ifPresent(a -> about.add("aged " + a));
      return "New person: " + label(p.name(), p.id()) + bracketed(about) + ".";
    }
    if (item instanceof Contributor c) {
      List<String> about = new ArrayList<>();
      c.role().filter(r -> !r.isBlank()).ifPresent(r -> about.add(plain(r)));
      c.agency().filter(a -> !a.isBlank()).ifPresent(a -> about.add(plain(a)));
      return "New contributor: " + label(c.name(), c.id()) + bracketed(about) + ".";
    }
    List<String> about = new ArrayList<>();
    if (rank != null) {
      about.add("ranked " + rank.ordinal());
    }
    if (item instanceof Goal g) {
      g.scale().ifPresent(s -> about.add("now " + s.now() + ", hoping for " + s.target()));
    }
    if (item instanceof Action a) {
      a.owner().ifPresent(owner -> about.add(name(newer, owner)));
      a.due().ifPresent(d -> about.add("by " + ukDate(d)));
    }
    if (item instanceof Event e) {
      about.add(Sentences.eventDate(e.date()));
    }
    return "New " + noun(n) + name(n) + bracketed(about) + ": " + said(item) + ".";
  }

  private static String removed(PlacedItem o) {
    Item item = o.item();
    if (item instanceof Person p) {
      return "Person " + label(p.name(), p.id()) + " was removed.";
    }
    if (item instanceof Contributor c) {
      return "Contributor " + label(c.name(), c.id()) + " was removed.";
    }
    return capitalName(o) + " was removed (" + said(item) + ").";
  }
}
