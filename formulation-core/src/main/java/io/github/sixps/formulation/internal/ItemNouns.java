package io.github.sixps.formulation.internal;

import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PresentingIssue;
import java.util.Locale;

/**
 * What an item is called in a sentence, shared by validation findings and the descriptions of
 * changes between versions, so that both name a thing the same way.
 */
public final class ItemNouns {
  private ItemNouns() {}

  /**
   * {@return what the item is called, in lower case: "person", "perpetuating factor", "goal",
   * "action", and so on}
   *
   * @param item any item
   */
  public static String of(Item item) {
    if (item instanceof Person) {
      return "person";
    }
    if (item instanceof Contributor) {
      return "contributor";
    }
    if (item instanceof PresentingIssue) {
      return "presenting issue";
    }
    if (item instanceof Factor f) {
      return f.kind().name().toLowerCase(Locale.ROOT) + " factor";
    }
    if (item instanceof Goal) {
      return "goal";
    }
    if (item instanceof Event) {
      return "event";
    }
    return item instanceof Action ? "action" : "item";
  }
}
