package io.github.sixps.formulation.review;

import static io.github.sixps.formulation.review.Names.capitalName;
import static io.github.sixps.formulation.review.Names.label;
import static io.github.sixps.formulation.review.Names.name;
import static io.github.sixps.formulation.review.Names.names;
import static io.github.sixps.formulation.review.Names.shortName;
import static io.github.sixps.formulation.review.Sentences.joined;
import static io.github.sixps.formulation.review.Sentences.joinedWithAnd;
import static io.github.sixps.formulation.review.Sentences.listSentence;
import static io.github.sixps.formulation.review.Sentences.reworded;
import static io.github.sixps.formulation.review.Sentences.sentence;
import static io.github.sixps.formulation.review.Sentences.ukDate;
import static io.github.sixps.formulation.review.Sentences.words;

import io.github.sixps.formulation.internal.KebabCase;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.io.EventDateText;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.EventDate;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.GoalScale;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Priority;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the changes to the fields of one item that is in both versions: each field a
 * practitioner can edit, said in the words a supervisor would use.
 */
final class FieldChanges {
  private static final List<String> RATING_KEYS =
      List.of("impact", "changeability", "familyPriority", "urgency");
  private static final List<String> RATING_NOUNS =
      List.of("impact", "ease of change", "importance to the family", "urgency");

  private FieldChanges() {}

  static void find(Comparison c, PlacedItem o, PlacedItem n) {
    Item a = o.item();
    Item b = n.item();
    if (a instanceof Person p && b instanceof Person q) {
      String who = label(q.name(), q.id());
      text(c, o, n, "name", capitalName(n) + "'s name", p.name(), q.name());
      value(c, o, n, "role", who + "'s role", p.role().map(KebabCase::of),
          q.role().map(KebabCase::of), Sentences::plainWords);
      value(c, o, n, "age", who + "'s age", p.age().map(String::valueOf),
          q.age().map(String::valueOf), Quotation::plain);
      value(c, o, n, "gender", who + "'s gender", p.gender().map(KebabCase::of),
          q.gender().map(KebabCase::of), Sentences::plainWords);
      eventDate(c, o, n, "born", who + "'s date of birth", p.born(), q.born());
      eventDate(c, o, n, "died", who + "'s date of death", p.died(), q.died());
      value(c, o, n, "language", who + "'s language", p.language(), q.language(),
          Quotation::plain);
    } else if (a instanceof Contributor p && b instanceof Contributor q) {
      String who = label(q.name(), q.id());
      text(c, o, n, "name", capitalName(n) + "'s name", p.name(), q.name());
      text(c, o, n, "role", who + "'s role", p.role(), q.role());
      text(c, o, n, "agency", who + "'s organisation", p.agency(), q.agency());
    } else if (a instanceof PresentingIssue p && b instanceof PresentingIssue q) {
      String who = shortName(n);
      text(c, o, n, "statement", who, p.statement(), q.statement());
      value(c, o, n, "domain", who + "'s area",
          p.domain().map(KebabCase::of), q.domain().map(KebabCase::of), Sentences::plainWords);
      sources(c, o, n, who, p.sources(), q.sources());
    } else if (a instanceof Factor p && b instanceof Factor q) {
      String who = shortName(n);
      text(c, o, n, "statement", who, p.statement(), q.statement());
      list(c, o, n, "explains", who, "explains", p.explains(), q.explains());
      sources(c, o, n, who, p.sources(), q.sources());
      text(c, o, n, "evidence", "The evidence for " + who, p.evidence(), q.evidence());
      priority(c, o, n, who, p.priority().orElse(Priority.none()),
          q.priority().orElse(Priority.none()));
      list(c, o, n, "events", who, "comes from", p.events(), q.events());
    } else if (a instanceof Goal p && b instanceof Goal q) {
      String who = capitalName(n);
      text(c, o, n, "outcome", who, p.outcome(), q.outcome());
      list(c, o, n, "for", who, "answers", p.forIssues(), q.forIssues());
      value(c, o, n, "scale.now", who + "'s starting scale", p.scale().map(s -> "" + s.now()),
          q.scale().map(s -> "" + s.now()), Quotation::plain);
      value(c, o, n, "scale.target", who + "'s target",
          p.scale().map(GoalScale::target).map(String::valueOf),
          q.scale().map(GoalScale::target).map(String::valueOf), Quotation::plain);
    } else if (a instanceof Action p && b instanceof Action q) {
      action(c, o, n, p, q);
    } else if (a instanceof Event p && b instanceof Event q) {
      event(c, o, n, p, q);
    }
  }

  private static void event(Comparison c, PlacedItem o, PlacedItem n, Event p, Event q) {
    String who = capitalName(n);
    eventDate(c, o, n, "date", who + "'s date", Optional.of(p.date()), Optional.of(q.date()));
    eventDate(c, o, n, "until", who + "'s end", p.until(), q.until());
    text(c, o, n, "what", who, p.what(), q.what());
    text(c, o, n, "source", who + "'s source", p.source(), q.source());
    if (!p.people().equals(q.people())) {
      c.fieldChange(o, n, "people", joined(p.people()), joined(q.people()), listSentence(who,
          "involves", names(c.older(), p.people()), names(c.newer(), q.people())));
    }
    text(c, o, n, "kind", who + "'s kind", p.kind(), q.kind());
    value(c, o, n, "tone", who + "'s tone", p.tone().map(KebabCase::of),
        q.tone().map(KebabCase::of), Sentences::plainWords);
    text(c, o, n, "impact", "The impact of " + who, p.impact(), q.impact());
  }

  /** A date of the chronology or family tree that changed, said as people say dates. */
  private static void eventDate(Comparison c, PlacedItem o, PlacedItem n, String key,
      String subject, Optional<EventDate> before, Optional<EventDate> after) {
    if (!before.equals(after)) {
      c.fieldChange(o, n, key, before.map(EventDateText::write), after.map(EventDateText::write),
          sentence(subject, before.map(Sentences::eventDate), after.map(Sentences::eventDate),
              Quotation::plain));
    }
  }

  private static void priority(Comparison c, PlacedItem o, PlacedItem n, String who, Priority p,
      Priority q) {
    ratings(c, o, n, who, p, q);
    if (!p.pin().equals(q.pin())) {
      Optional<String> before = p.pin().map(String::valueOf);
      Optional<String> after = q.pin().map(String::valueOf);
      c.fieldChange(o, n, "priority.pin", before, after, q.pin().isEmpty()
          ? who + " is no longer placed by hand (was placed at " + before.get() + ")."
          : who + " is now placed at " + after.get() + " by hand"
              + before.map(b -> " (was " + b + ")").orElse("") + ".");
    }
    text(c, o, n, "priority.reason", "The reason for " + who + "'s place", p.reason(),
        q.reason());
  }

  private static List<Optional<Integer>> ratings(Priority p) {
    return List.of(p.impact(), p.changeability(), p.familyPriority(), p.urgency());
  }

  /**
   * The four ratings as one change at {@code priority}, since they are read together: "M2 is
   * now rated 4 for impact (was 5) and 2 for urgency (was 3)."
   */
  private static void ratings(Comparison c, PlacedItem o, PlacedItem n, String who, Priority p,
      Priority q) {
    List<Optional<Integer>> was = ratings(p);
    List<Optional<Integer>> now = ratings(q);
    if (was.equals(now)) {
      return;
    }
    List<String> rated = new ArrayList<>();
    List<String> unrated = new ArrayList<>();
    for (int i = 0; i < RATING_KEYS.size(); i++) {
      Optional<Integer> before = was.get(i);
      Optional<Integer> after = now.get(i);
      if (before.equals(after)) {
        continue;
      }
      String noun = RATING_NOUNS.get(i);
      if (after.isPresent()) {
        rated.add(after.get() + " for " + noun + before.map(b -> " (was " + b + ")").orElse(""));
      } else {
        unrated.add(noun + " (was " + before.get() + ")");
      }
    }
    String sentence = rated.isEmpty()
        ? who + " is no longer rated for " + joinedWithAnd(unrated) + "."
        : who + " is now rated " + joinedWithAnd(rated)
            + (unrated.isEmpty() ? "" : ", and no longer for " + joinedWithAnd(unrated)) + ".";
    c.fieldChange(o, n, "priority", ratingsText(was), ratingsText(now), sentence);
  }

  /** The ratings given, as a file writes them: "impact: 5, urgency: 3". */
  private static Optional<String> ratingsText(List<Optional<Integer>> values) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < RATING_KEYS.size(); i++) {
      int k = i;
      values.get(i).ifPresent(v -> parts.add(RATING_KEYS.get(k) + ": " + v));
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
  }

  private static void action(Comparison c, PlacedItem o, PlacedItem n, Action p, Action q) {
    String who = capitalName(n);
    text(c, o, n, "action", who, p.action(), q.action());
    if (!p.owner().equals(q.owner())) {
      c.fieldChange(o, n, "owner", p.owner(), q.owner(), q.owner().isEmpty()
          ? who + " no longer has an owner (was " + name(c.older(), p.owner().get()) + ")."
          : who + " is now owned by " + name(c.newer(), q.owner().get())
              + p.owner().map(x -> " (was " + name(c.older(), x) + ")").orElse("") + ".");
    }
    list(c, o, n, "addresses", who, "works on", p.addresses(), q.addresses());
    list(c, o, n, "goals", who, "serves", p.goals(), q.goals());
    if (!p.due().equals(q.due())) {
      c.fieldChange(o, n, "due", p.due().map(LocalDate::toString),
          q.due().map(LocalDate::toString), q.due().isEmpty()
              ? who + " no longer has a due date (was " + ukDate(p.due().get()) + ")."
              : who + " is now due on " + ukDate(q.due().get())
                  + p.due().map(d -> " (was " + ukDate(d) + ")").orElse("") + ".");
    }
    text(c, o, n, "measure", who + "'s measure", p.measure(), q.measure());
    if (p.status() != q.status()) {
      c.fieldChange(o, n, "status", Optional.of(KebabCase.of(p.status())),
          Optional.of(KebabCase.of(q.status())), who + " is now " + words(q.status()) + " (was "
              + words(p.status()) + ").");
    }
  }

  /** A short value that changed, such as a role or an age, shown by {@code show}. */
  private static void value(Comparison c, PlacedItem o, PlacedItem n, String key,
      String subject, Optional<String> before, Optional<String> after,
      Function<String, String> show) {
    if (!before.equals(after)) {
      c.fieldChange(o, n, key, before, after, sentence(subject, before, after, show));
    }
  }

  private static void text(Comparison c, PlacedItem o, PlacedItem n, String key, String subject,
      String before, String after) {
    text(c, o, n, key, subject, Optional.of(before), Optional.of(after));
  }

  /** Free text that changed, in the words of {@link Sentences#reworded}. */
  private static void text(Comparison c, PlacedItem o, PlacedItem n, String key, String subject,
      Optional<String> before, Optional<String> after) {
    if (!before.equals(after)) {
      c.fieldChange(o, n, key, before, after, reworded(subject, before, after));
    }
  }

  /**
   * A list of ids that changed, said as what joined it and what left it: "T3 now also explains
   * P1, and no longer explains P2."
   */
  private static void list(Comparison c, PlacedItem o, PlacedItem n, String key, String subject,
      String verb, List<String> before, List<String> after) {
    if (!before.equals(after)) {
      c.fieldChange(o, n, key, joined(before), joined(after),
          listSentence(subject, verb, before, after));
    }
  }

  /** Whose views an item records, said by their names. */
  private static void sources(Comparison c, PlacedItem o, PlacedItem n, String subject,
      List<String> before, List<String> after) {
    if (!before.equals(after)) {
      c.fieldChange(o, n, "sources", joined(before), joined(after), listSentence(subject,
          "records the view of", names(c.older(), before), names(c.newer(), after)));
    }
  }
}
