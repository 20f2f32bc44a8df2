package io.github.sixps.formulation.review;

import static io.github.sixps.formulation.review.Quotation.plain;
import static io.github.sixps.formulation.review.Quotation.quote;

import io.github.sixps.formulation.internal.ItemNouns;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PresentingIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What items and people are called in a sentence about a change: people by name rather than by
 * id, items by what they are and their id.
 */
final class Names {
  private Names() {}

  /** The main text of an item: a person's name, a factor's statement, an action's wording. */
  static String text(Item item) {
    if (item instanceof Person p) {
      return p.name();
    }
    if (item instanceof Contributor c) {
      return c.name();
    }
    if (item instanceof PresentingIssue p) {
      return p.statement();
    }
    if (item instanceof Factor f) {
      return f.statement();
    }
    if (item instanceof Goal g) {
      return g.outcome();
    }
    if (item instanceof Event e) {
      return e.what();
    }
    return ((Action) item).action();
  }

  /** An item's main text for a sentence: a name as it is, a statement in quotes. */
  static String said(Item item) {
    return item instanceof Person || item instanceof Contributor ? plain(text(item))
        : quote(text(item));
  }

  /** What an item is called: "person", "perpetuating factor", "action". */
  static String noun(PlacedItem p) {
    return ItemNouns.of(p.item());
  }

  /** " M1", or " number 3" when the id is blank, to follow a noun. */
  static String name(PlacedItem p) {
    return p.item().id().isBlank() ? " number " + (p.index() + 1) : " " + plain(p.item().id());
  }

  /** An item named with its noun, to begin a sentence: "Action A1", "Person number 3". */
  static String capitalName(PlacedItem p) {
    return Sentences.capital(noun(p)) + name(p);
  }

  // A presenting issue or factor is listed under its heading, which says what it is, so its id
  // is name enough, as practitioners say "M2 went up to first".
  static String shortName(PlacedItem p) {
    return p.item().id().isBlank() ? capitalName(p) : plain(p.item().id());
  }

  /** A person or contributor by name, as the formulation knows them; else the id as written. */
  static String name(Formulation f, String id) {
    if (id.isBlank()) {
      return "(blank)";
    }
    Optional<Item> item = f.find(id).filter(i -> i instanceof Person || i instanceof Contributor);
    return plain(item.map(Names::text).filter(n -> !n.isBlank()).orElse(id));
  }

  static List<String> names(Formulation f, List<String> ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(name(f, id)));
    return out;
  }

  /** A name, or the id when the name is blank, for a sentence. */
  static String label(String name, String id) {
    return plain(name.isBlank() ? id : name);
  }

  /** A child by the name the family uses, else by id. */
  static String child(Formulation f, String id) {
    if (id.isBlank()) {
      return "a child";
    }
    return plain(f.find(id, Person.class).map(Person::name).filter(n -> !n.isBlank())
        .orElse(id));
  }
}
