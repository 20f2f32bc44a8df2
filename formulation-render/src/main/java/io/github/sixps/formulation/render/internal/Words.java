package io.github.sixps.formulation.render.internal;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Domain;
import io.github.sixps.formulation.model.EventDate;
import io.github.sixps.formulation.model.EventTone;
import io.github.sixps.formulation.model.FormulationStatus;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.prioritise.Band;
import io.github.sixps.formulation.render.Direction;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.validate.Severity;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;

/**
 * The words of one document, from its {@link Terminology}: texts by key, with their
 * placeholders filled in, and the words for dates, statuses, roles and lists. Every fixed word a
 * writer prints comes through here. Placeholders are filled in one pass, so a name that looks
 * like a placeholder stays as written.
 */
public final class Words {
  private final Terminology terms;

  public Words(Terminology terms) {
    this.terms = Preconditions.checkNotNull(terms, "terms");
  }

  /** {@return the terminology these words come from} */
  public Terminology terminology() {
    return terms;
  }

  /** The text of a key as it is. */
  public String text(String key) {
    return terms.text(key);
  }

  /** The texts of several keys, in order: a table's header cells. */
  public com.google.common.collect.ImmutableList<String> texts(String... keys) {
    return java.util.Arrays.stream(keys).map(terms::text)
        .collect(com.google.common.collect.ImmutableList.toImmutableList());
  }

  /** A heading's text. */
  public String heading(Label label) {
    return terms.label(label);
  }

  /**
   * The text of a key with its placeholders filled in: {@code format("reviews.ledBy", "name",
   * "Jo Blake")}. A placeholder given no value is left as written.
   */
  public String format(String key, String... namesAndValues) {
    Preconditions.checkArgument(namesAndValues.length % 2 == 0, "names and values in pairs");
    String pattern = terms.text(key);
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      int open = pattern.indexOf('{', i);
      int close = open < 0 ? -1 : pattern.indexOf('}', open);
      if (close < 0) {
        out.append(pattern, i, pattern.length());
        break;
      }
      out.append(pattern, i, open);
      String name = pattern.substring(open + 1, close);
      String value = null;
      for (int n = 0; n < namesAndValues.length; n += 2) {
        if (namesAndValues[n].equals(name)) {
          value = namesAndValues[n + 1];
        }
      }
      out.append(value != null ? value : pattern.substring(open, close + 1));
      i = close + 1;
    }
    return out.toString();
  }

  /** {@return the document's language tag, such as {@code en-GB}} */
  public String language() {
    return terms.language();
  }

  /** {@return which way the document's words run} */
  public Direction direction() {
    return terms.direction();
  }

  /** A date as people write it: 2 November 2026, or as the terminology's pattern says. */
  public String date(LocalDate date) {
    return format("dates.pattern", "day", Integer.toString(date.getDayOfMonth()),
        "month", month("months", date.getMonth()), "year", Integer.toString(date.getYear()));
  }

  /** A date where room is short, without its year: 2 Nov. */
  public String shortDate(LocalDate date) {
    return format("dates.shortPattern", "day", Integer.toString(date.getDayOfMonth()),
        "month", month("monthsShort", date.getMonth()));
  }

  /**
   * A date as precisely as it is known: "14 March 2019", "March 2019", "2019", or "about 2019"
   * for a rough one.
   */
  public String date(EventDate date) {
    String exact;
    switch (date.precision()) {
      case DAY:
        exact = date(date.earliest());
        break;
      case MONTH:
        exact = format("dates.monthPattern", "month", month("months", date.earliest().getMonth()),
            "year", Integer.toString(date.year()));
        break;
      default:
        exact = Integer.toString(date.year());
    }
    return date.approximate() ? format("dates.about", "date", exact) : exact;
  }

  /** Something that lasted, from one date to another: "March 2019 to 2021". */
  public String dates(EventDate from, java.util.Optional<EventDate> until) {
    return until.map(u -> format("dates.range", "from", date(from), "until", date(u)))
        .orElseGet(() -> date(from));
  }

  /** Whether an event was a good time or a hard one, in words. */
  public String tone(java.util.Optional<EventTone> tone) {
    return tone.map(t -> text("chronology." + camel(t.name())))
        .orElseGet(() -> text("chronology.toneNotRecorded"));
  }

  private String month(String group, Month month) {
    return terms.text(group + "." + month.name().toLowerCase(Locale.ROOT));
  }

  /** How far an action has got. */
  public String status(ActionStatus status) {
    return terms.text("actionStatus." + camel(status.name()));
  }

  /** Whether a formulation is a draft, agreed or closed. */
  public String status(FormulationStatus status) {
    return terms.text("formulationStatus." + camel(status.name()));
  }

  /** A person's role in the family or network. */
  public String role(PersonRole role) {
    return terms.text("roles." + camel(role.name()));
  }

  /** The area of the Assessment Framework a presenting issue is about. */
  public String domain(Domain domain) {
    return terms.text("domains." + camel(domain.name()));
  }

  /** How serious a finding is. */
  public String severity(Severity severity) {
    return terms.text("findings." + camel(severity.name()));
  }

  /** The group a ranked factor falls in. */
  public String band(Band band) {
    return terms.text("ranking." + camel(band.name()));
  }

  /** A list as people write it: "A", "A and B", "A, B and C". */
  public String and(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(terms.text("list.comma"), parts.subList(0, parts.size() - 1))
        + terms.text("list.and") + parts.get(parts.size() - 1);
  }

  /** A list of ids or names: "A, B, C". */
  public String commas(List<String> parts) {
    return String.join(terms.text("list.comma"), parts);
  }

  /** IN_PROGRESS as the key part {@code inProgress}. */
  private static String camel(String constant) {
    StringBuilder s = new StringBuilder();
    boolean up = false;
    for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        s.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return s.toString();
  }
}
