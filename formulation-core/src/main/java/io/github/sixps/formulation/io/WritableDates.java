package io.github.sixps.formulation.io;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.internal.ItemPaths;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.Formulation;
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
      int uses = (int) f.items().stream().filter(item -> item.id().equals(a.id())).count();
      checkDate(wrong, ItemPaths.of("plan.actions", ItemPaths.key(a.id(), uses, i)) + ".due",
          a.due());
    }
    for (int i = 0; i < f.reviews().size(); i++) {
      checkDate(wrong, ItemPaths.of("reviews", Integer.toString(i)) + ".on",
          f.reviews().get(i).on());
    }
    Preconditions.checkArgument(wrong.isEmpty(), "formulation: %s outside the years 0000 to 9999"
        + " that a sixps/1 file holds: %s", wrong.size() == 1 ? "a date is" : "dates are",
        String.join("; ", wrong));
  }

  private static void checkDate(List<String> wrong, String path, Optional<LocalDate> date) {
    date.filter(d -> d.getYear() < 0 || d.getYear() > 9999)
        .ifPresent(d -> wrong.add(path + " " + d));
  }
}
