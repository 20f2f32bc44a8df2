package io.github.sixps.formulation.render.internal;

import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.RenderOptions;
import io.github.sixps.formulation.review.CurrentState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outline of one formulation's document or a part of it, worded for the document's audience:
 * what a blank statement says, whether items show their ids, how people are named and whether
 * the part teaches. Every part words these the same way, so that a person or an item reads alike
 * throughout the document.
 */
abstract class DocumentPart {
  /** The words of the document. */
  final Words say;
  /** Whether the document is the family's version. */
  final boolean family;
  private final RenderOptions options;

  DocumentPart(RenderOptions options) {
    this.options = options;
    this.say = new Words(options.terminology());
    this.family = options.audience() == Audience.FAMILY;
  }

  /**
   * How the plan stands: as of the options' day when one is given, else by every review, so that
   * the same file gives the same document whenever it is rendered.
   */
  CurrentState current(Formulation f) {
    return CurrentState.of(f, options.asOf());
  }

  /** An action's status now with where it was recorded: "Done — at the review on 19 October". */
  String statusNow(Formulation f, CurrentState.ActionNow a) {
    return say.format("state.status", "status", say.status(a.status()),
        "where", where(f, a.source()));
  }

  /** A goal's score now, where it was given and its target, if it has a score. */
  Optional<String> scoreNow(Formulation f, CurrentState.GoalNow g) {
    return g.score().map(now -> g.target()
        .map(t -> say.format("details.scaleNow", "now", String.valueOf(now),
            "where", where(f, g.source()), "target", String.valueOf(t)))
        .orElseGet(() -> say.format("details.scaleNowNoTarget", "now", String.valueOf(now),
            "where", where(f, g.source()))));
  }

  /** Where a status or score was recorded: "at the review on 19 October 2026". */
  String where(Formulation f, CurrentState.Source source) {
    Optional<LocalDate> on = source.isPlan() ? f.formulatedOn() : source.on();
    String dated = source.isPlan() ? "state.inPlan" : "state.atReview";
    String undated = source.isPlan() ? "state.inUndatedPlan" : "state.atUndatedReview";
    return on.map(d -> say.format(dated, "date", say.date(d))).orElse(say.text(undated));
  }

  /** The teaching notes for a part, when the document teaches. */
  Optional<Block> teaching(Label label) {
    if (!options.teaching()) {
      return Optional.empty();
    }
    return Optional.of(TeachingNotes.forLabel(label, say));
  }

  /** A statement as written, or a sentence saying it is not written yet. */
  String text(String s) {
    return s.isBlank() ? say.text("document.notWritten") : s;
  }

  /** An item's id for practitioners; nothing for a family. */
  String tag(Item item) {
    return family ? "" : item.id();
  }

  /** Whose view something is, by name, if anyone's is recorded. */
  Optional<String> sources(Formulation f, List<String> ids) {
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(say.format(family ? "details.whoSaidThis" : "details.whoseView", "names",
        say.commas(ids.stream().map(id -> family ? plainName(f, id) : name(f, id))
            .collect(Collectors.toList()))));
  }

  /** A person's or contributor's name for an id, or the id itself if it names nobody. */
  String name(Formulation f, String id) {
    Optional<Item> item = f.find(id);
    if (item.isPresent() && item.get() instanceof Person) {
      return text(((Person) item.get()).name());
    }
    if (item.isPresent() && item.get() instanceof Contributor) {
      Contributor c = (Contributor) item.get();
      return text(c.name()) + c.agency().map(a -> " (" + a + ")").orElse("");
    }
    return id;
  }

  /** A person's or contributor's name alone, or the id itself if it names nobody. */
  String plainName(Formulation f, String id) {
    return f.find(id).filter(i -> i instanceof Contributor)
        .map(c -> text(((Contributor) c).name())).orElseGet(() -> name(f, id));
  }
}
