package io.github.sixps.formulation.validate;

import static io.github.sixps.formulation.validate.RuleCategory.PRACTICE;
import static io.github.sixps.formulation.validate.RuleCategory.STRUCTURE;
import static io.github.sixps.formulation.validate.Severity.INFO;
import static io.github.sixps.formulation.validate.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.EventDate;
import io.github.sixps.formulation.model.EventTone;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Is the chronology of significant events sound, and do the factors it feeds rest on it: no
 * event after today, good times recorded as well as hard ones, a precipitating factor behind a
 * recent event and a predisposing one behind an earlier event.
 */
final class ChronologyRules {
  /** How far back "recent" reaches: the two years before the formulation, as "why now" goes. */
  static final int RECENT_MONTHS = 24;

  private ChronologyRules() {}

  static ImmutableList<Rule> all() {
    return ImmutableList.of(
        BasicRule.of("future-event", STRUCTURE, WARNING,
            "No event, birth or death is dated after the date of the check.",
            ChronologyRules::futureEvents),
        BasicRule.of("chronology-without-good-times", PRACTICE, INFO,
            "A chronology records good times too: at least one event is marked good or mixed.",
            (c, out) -> {
              List<Event> events = c.formulation().events();
              if (!events.isEmpty() && events.stream().noneMatch(e -> e.tone()
                  .filter(t -> t == EventTone.GOOD || t == EventTone.MIXED).isPresent())) {
                out.report("events", "No event in the chronology is marked as a good time.",
                    "Ask the family about the good times too (a birth, a new school that went"
                        + " well, someone who helped) and add them with tone: good.");
              }
            }),
        BasicRule.of("precipitating-without-recent-event", PRACTICE, INFO,
            "When there is a chronology, each precipitating factor names an event of the last "
                + RECENT_MONTHS + " months behind it.",
            (c, out) -> behind(c, out, c.formulation().precipitating(),
                (e, recent) -> !e.latest().isBefore(recent),
                "This precipitating factor names no event of the last " + RECENT_MONTHS
                    + " months in the chronology.",
                "Add the recent event that set things off to the chronology, and list its id"
                    + " in this factor's events.")),
        BasicRule.of("predisposing-without-earlier-event", PRACTICE, INFO,
            "When there is a chronology, each predisposing factor names an event from before"
                + " the last " + RECENT_MONTHS + " months behind it.",
            (c, out) -> behind(c, out, c.formulation().predisposing(),
                (e, recent) -> e.earliest().isBefore(recent),
                "This predisposing factor names no earlier event in the chronology.",
                "Add the earlier event it comes from to the chronology, and list its id in"
                    + " this factor's events.")));
  }

  /** Whether an event's date is what a factor needs, given where "recent" begins. */
  @FunctionalInterface
  private interface Fits {
    boolean test(EventDate date, LocalDate recentFrom);
  }

  /**
   * Reports each factor that names no event of the chronology whose date fits; only when there
   * is a chronology, since without one there is nothing to name.
   */
  private static void behind(RuleContext c, FindingSink out, List<Factor> factors, Fits fits,
      String message, String fix) {
    Formulation f = c.formulation();
    if (f.events().isEmpty()) {
      return;
    }
    LocalDate recentFrom = f.formulatedOn().orElse(c.asOf()).minusMonths(RECENT_MONTHS);
    for (Factor factor : factors) {
      boolean found = factor.events().stream()
          .map(id -> f.find(id, Event.class))
          .flatMap(Optional::stream)
          .anyMatch(e -> fits.test(e.date(), recentFrom));
      if (!found) {
        out.report(c.pathOf(factor) + ".events", message, fix);
      }
    }
  }

  private static void futureEvents(RuleContext c, FindingSink out) {
    Formulation f = c.formulation();
    Predicate<EventDate> future = d -> d.earliest().isAfter(c.asOf());
    for (Event e : f.events()) {
      if (future.test(e.date())) {
        out.report(c.pathOf(e) + ".date", "This event is dated " + said(e.date())
            + ", after " + c.asOf() + ".", "Check the year; a chronology records what has"
                + " happened. Put what is planned in the plan.");
      }
    }
    for (Person p : f.people()) {
      p.born().filter(future).ifPresent(d -> out.report(c.pathOf(p) + ".born",
          "This person's birth is dated " + said(d) + ", after " + c.asOf() + ".",
          "Check the year. For a baby not yet born, leave born out and say so in an event."));
      p.died().filter(future).ifPresent(d -> out.report(c.pathOf(p) + ".died",
          "This person's death is dated " + said(d) + ", after " + c.asOf() + ".",
          "Check the year."));
    }
  }

  private static String said(EventDate d) {
    return io.github.sixps.formulation.io.EventDateText.write(d);
  }
}
