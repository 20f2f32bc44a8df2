package io.github.sixps.formulation.review;

import io.github.sixps.formulation.internal.KebabCase;
import io.github.sixps.formulation.model.Formulation;
import java.util.Optional;
import java.util.function.Function;

/** Finds the changes to a formulation's header: its id, title, date, status and framework. */
final class HeaderChanges {
  private HeaderChanges() {}

  static void find(Comparison c) {
    Formulation older = c.older();
    Formulation newer = c.newer();
    field(c, "id", "The formulation's id", Optional.of(older.id()), Optional.of(newer.id()),
        Quotation::quote);
    field(c, "title", "The title", Optional.of(older.title()), Optional.of(newer.title()),
        Quotation::quote);
    c.dateChange(Heading.HEADER, "formulatedOn", "The formulation date", older.formulatedOn(),
        newer.formulatedOn());
    field(c, "status", "The status", Optional.of(KebabCase.of(older.status())),
        Optional.of(KebabCase.of(newer.status())), Sentences::plainWords);
    field(c, "framework", "The practice framework", older.framework(), newer.framework(),
        Quotation::quote);
  }

  private static void field(Comparison c, String path, String subject, Optional<String> before,
      Optional<String> after, Function<String, String> show) {
    if (!before.equals(after)) {
      c.change(Comparison.kindOf(before, after), Heading.HEADER, path, before, after,
          Sentences.sentence(subject, before, after, show));
    }
  }
}
