package io.github.sixps.formulation.io;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.internal.ItemPaths;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.EventDate;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.model.Partnership;
import io.github.sixps.formulation.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The dates a {@code sixps/1} file can hold, checked before {@link FormulationWriter} writes. */
final class WritableDates {
  private WritableDates() {}

  /**
   * Refuses dates a file could not give back: a {@code sixps/1} date has a four-digit year, and
   * Java writes a later or earlier one with a sign ({@code +10000-01-01}) that no reader takes
   * as a date. Every such date is named, with where it is.
   */
  static void check(Formulation f) {
    List<String> wrong = new ArrayList<>();
    checkDate(wrong, "formulatedOn", f.formulatedOn());
    checkDate(wrong, "plan.nextReview", f.plan().nextReview());
    for (int i = 0; i < f.plan().actions().size(); i++) {
      Action a = f.plan().actions().get(i);
      checkDate(wrong, ItemPaths.of("plan.actions", key(f, a, i)) + ".due", a.due());
    }
    for (int i = 0; i < f.reviews().size(); i++) {
      checkDate(wrong, ItemPaths.of("reviews", Integer.toString(i)) + ".on",
          f.reviews().get(i).on());
    }
    checkEventDates(wrong, f);
    Preconditions.checkArgument(wrong.isEmpty(), "formulation: %s outside the years 0000 to 9999"
        + " that a sixps/1 file holds: %s", wrong.size() == 1 ? "a date is" : "dates are",
        String.join("; ", wrong));
  }

  /** The dates of the chronology and the family tree, which have years as the others do. */
  private static void checkEventDates(List<String> wrong, Formulation f) {
    for (int i = 0; i < f.people().size(); i++) {
      Person p = f.people().get(i);
      String at = ItemPaths.of("people", key(f, p, i));
      checkEventDate(wrong, at + ".born", p.born());
      checkEventDate(wrong, at + ".died", p.died());
    }
    for (int i = 0; i < f.events().size(); i++) {
      Event e = f.events().get(i);
      String at = ItemPaths.of("events", key(f, e, i));
      checkEventDate(wrong, at + ".date", Optional.of(e.date()));
      checkEventDate(wrong, at + ".until", e.until());
    }
    for (int i = 0; i < f.family().partnerships().size(); i++) {
      Partnership p = f.family().partnerships().get(i);
      String at = ItemPaths.of("family.partnerships", Integer.toString(i));
      checkEventDate(wrong, at + ".from", p.from());
      checkEventDate(wrong, at + ".until", p.until());
    }
  }

  private static String key(Formulation f, Item item, int index) {
    int uses = (int) f.items().stream().filter(other -> other.id().equals(item.id())).count();
    return ItemPaths.key(item.id(), uses, index);
  }

  private static void checkEventDate(List<String> wrong, String path,
      Optional<EventDate> date) {
    date.filter(d -> d.year() < 0 || d.year() > 9999)
        .ifPresent(d -> wrong.add(path + " " + EventDateText.write(d)));
  }

  private static void checkDate(List<String> wrong, String path, Optional<LocalDate> date) {
    date.filter(d -> d.getYear() < 0 || d.getYear() > 9999)
        .ifPresent(d -> wrong.add(path + " " + d));
  }
}
