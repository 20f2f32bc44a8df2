package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.RenderOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The chronology's section: the timeline picture, the table of events in date order (their
 * dates as precisely as they are known, what happened, good and hard times in words, where each
 * is known from and who was involved), and what each meant for the child, kept apart from the
 * facts. The family's version leaves out the sources, which name professionals and records, and
 * the factors, and is a list rather than a table. Made only when the formulation has a
 * chronology.
 */
final class ChronologySection extends DocumentPart {
  ChronologySection(RenderOptions options) {
    super(options);
  }

  /** The events in date order; those with the same date in the order written. */
  static List<Event> inOrder(Formulation f) {
    return f.events().stream().sorted(Comparator.comparing(Event::date))
        .collect(Collectors.toList());
  }

  /** The section, or nothing when the formulation has no chronology. */
  Optional<Block.Section> section(Formulation f) {
    if (f.events().isEmpty()) {
      return Optional.empty();
    }
    List<Event> events = inOrder(f);
    List<Block> body = new ArrayList<>();
    body.add(new Block.Timeline(timeline(events)));
    if (family) {
      body.add(new Block.Entries(familyList(f, events)));
    } else {
      body.add(table(f, events));
    }
    List<Block.Entry> impact = new ArrayList<>();
    for (Event e : events) {
      e.impact().filter(s -> !s.isBlank()).ifPresent(s -> impact.add(new Block.Entry("",
          s, List.of(say.dates(e.date(), e.until()) + ": " + text(e.what())))));
    }
    if (!impact.isEmpty()) {
      body.add(new Block.Section("chronology-impact", 3, say.text("chronology.impact"),
          List.of(new Block.Entries(impact))));
    }
    return Optional.of(new Block.Section("chronology", 2, say.heading(Label.CHRONOLOGY), body));
  }

  /**
   * The family's chronology: a list, as the rest of the family's version is, so that it reads
   * in large print and on a phone; each event's date, what happened, whether it was a good or
   * hard time and who was there.
   */
  private List<Block.Entry> familyList(Formulation f, List<Event> events) {
    List<Block.Entry> entries = new ArrayList<>();
    for (Event e : events) {
      List<String> details = new ArrayList<>();
      e.tone().ifPresent(t -> details.add(say.tone(e.tone())));
      if (!e.people().isEmpty()) {
        details.add(say.text("chronology.people") + ": " + people(f, e));
      }
      entries.add(new Block.Entry(say.dates(e.date(), e.until()), text(e.what()), details));
    }
    return entries;
  }

  /** The practitioner's chronology: a table, with each event's source and the factors it feeds. */
  private Block.Table table(Formulation f, List<Event> events) {
    List<ImmutableList<String>> rows = new ArrayList<>();
    for (Event e : events) {
      rows.add(ImmutableList.of(say.dates(e.date(), e.until()), text(e.what()),
          say.tone(e.tone()), e.source().orElse(""),
          people(f, e),
          say.commas(feeds(f, e).stream().map(x -> x.id() + " " + shorten(x))
              .collect(Collectors.toList()))));
    }
    ImmutableList<String> header = say.texts("chronology.date", "chronology.what",
        "chronology.tone", "chronology.source", "chronology.people", "chronology.feeds");
    return new Block.Table(say.text("chronology.caption"), header, ImmutableList.copyOf(rows));
  }

  /** Who was involved in an event, by name: "Sara, Amira and Farida". */
  private String people(Formulation f, Event e) {
    return say.and(e.people().stream().map(id -> plainName(f, id)).collect(Collectors.toList()));
  }

  private static String shorten(Factor f) {
    return "(" + Sentences.shortened(f.statement()) + ")";
  }

  /** The factors that name an event as where they come from, heading by heading. */
  static List<Factor> feeds(Formulation f, Event e) {
    List<Factor> feeds = new ArrayList<>();
    for (FactorKind kind : FactorKind.values()) {
      f.factors(kind).stream().filter(x -> x.events().contains(e.id())).forEach(feeds::add);
    }
    return feeds;
  }

  private TimelineData timeline(List<Event> events) {
    List<TimelineData.Moment> moments = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (Event e : events) {
      String date = say.dates(e.date(), e.until());
      String what = Sentences.shortened(text(e.what()));
      moments.add(new TimelineData.Moment(e.date().earliest().getYear()
          + (e.date().earliest().getDayOfYear() - 1) / 366.0, date, what, e.tone(),
          say.tone(e.tone())));
      sentences.add(e.tone().isPresent()
          ? say.format("chronology.line", "date", date, "what",
              ShortText.withoutEndPunctuation(what), "tone", say.tone(e.tone()))
          : say.format("chronology.lineNoTone", "date", date, "what", what));
    }
    return new TimelineData(say.text("chronology.timeline"), ImmutableList.copyOf(moments),
        ImmutableList.copyOf(sentences));
  }
}
