package io.github.sixps.formulation.io;

import io.github.sixps.formulation.model.EventDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of an event in the chronology, or of a birth, death or partnership, as a {@code
 * sixps/1.1} file writes it: as precisely as it is known, and marked when it is rough.
 *
 * <table>
 *   <caption>The forms</caption>
 *   <tr><th>written</th><th>said</th></tr>
 *   <tr><td>{@code 2019}</td><td>2019</td></tr>
 *   <tr><td>{@code 2019-03}</td><td>March 2019</td></tr>
 *   <tr><td>{@code 2019-03-14}</td><td>14 March 2019</td></tr>
 *   <tr><td>{@code about 2019}, {@code about 2019-03}</td><td>about 2019, about March 2019</td></tr>
 * </table>
 *
 * <p>Text in another form is refused with what is wrong and the form meant: "March 2019" gets
 * {@code 2019-03}, "c. 2015" gets {@code about 2015}, {@code 2019-02-30} "February has 28 days".
 *
 * <pre>{@code
 * EventDateText.Result r = EventDateText.read("about 2019-03");
 * String written = EventDateText.write(r.date());   // "about 2019-03"
 * }</pre>
 */
public final class EventDateText {
  private static final String ABOUT = "about ";
  private static final Pattern FORM =
      Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");
  private static final Pattern ROUGHLY =
      Pattern.compile("(?i)(?:about|around|approx(?:imately|\\.)?|circa|c\\.|ca\\.|~)\\s*(.*)");
  private static final Pattern SHORT_PARTS =
      Pattern.compile("([0-9]{4})-([0-9]{1,2})(?:-([0-9]{1,2}))?");
  private static final Pattern MONTH_WORDS =
      Pattern.compile("(?i)(?:([0-9]{1,2})(?:st|nd|rd|th)?\\s+)?([a-z]+)\\.?,?\\s+([0-9]{4})");
  private static final Pattern DAY_FIRST =
      Pattern.compile("([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{4})");
  private static final Pattern MONTH_YEAR = Pattern.compile("([0-9]{1,2})[/.]([0-9]{4})");

  /**
   * A date, or what is wrong with the text and perhaps the text meant.
   *
   * @param date the date, or null when the text is not one
   * @param problem what is wrong, starting with the text quoted; null when it is a date
   * @param suggestion the text that was probably meant, in a form this reads, or null
   */
  public record Result(EventDate date, String problem, String suggestion) {}

  private EventDateText() {}

  /**
   * Writes a date in the form {@link #read} reads.
   *
   * @param date the date
   * @return {@code 2019}, {@code 2019-03} or {@code 2019-03-14}, after {@code about } when the
   *     date is a rough one
   */
  public static String write(EventDate date) {
    StringBuilder s = new StringBuilder();
    if (date.approximate()) {
      s.append(ABOUT);
    }
    s.append(String.format(Locale.ROOT, "%04d", date.year()));
    date.month().ifPresent(m -> s.append(String.format(Locale.ROOT, "-%02d", m)));
    date.day().ifPresent(d -> s.append(String.format(Locale.ROOT, "-%02d", d)));
    return s.toString();
  }

  /**
   * A date as people say it, which {@link #understood} reads back: {@code 14 March 2019},
   * {@code March 2019}, {@code 2019}, after {@code about } when the date is a rough one.
   *
   * @param date the date
   * @return the date in words
   */
  public static String say(EventDate date) {
    String said = switch (date.precision()) {
      case DAY -> date.day().get() + " " + monthName(date.month().get()) + " " + year(date);
      case MONTH -> monthName(date.month().get()) + " " + year(date);
      case YEAR -> year(date);
    };
    return date.approximate() ? ABOUT + said : said;
  }

  /**
   * Reads a date as people type it, in any form {@link #read} would suggest the file's form
   * for: {@code March 2019}, {@code 14/03/2019}, {@code about 2015}, {@code c. 2015}, and the
   * file's own forms.
   *
   * @param text the date as typed
   * @return the date, or what is wrong with the text
   */
  public static Result understood(String text) {
    Result r = read(text.strip());
    return r.date() == null && r.suggestion() != null ? read(r.suggestion()) : r;
  }

  private static String year(EventDate date) {
    return String.format(Locale.ROOT, "%04d", date.year());
  }

  private static String monthName(int month) {
    return Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
  }

  /**
   * Reads a date written {@code 2019}, {@code 2019-03} or {@code 2019-03-14}, perhaps after
   * {@code about }.
   *
   * @param text the date as written
   * @return the date, or what is wrong with the text and the form meant
   */
  public static Result read(String text) {
    boolean about = text.startsWith(ABOUT);
    String rest = about ? text.substring(ABOUT.length()) : text;
    Matcher m = FORM.matcher(rest);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      Optional<Integer> month = Optional.ofNullable(m.group(2)).map(Integer::parseInt);
      Optional<Integer> day = Optional.ofNullable(m.group(3)).map(Integer::parseInt);
      String wrong = month.isEmpty() ? null : day.isPresent()
          ? DateText.outOfRange(year, month.get(), day.get())
          : DateText.outOfRange(year, month.get(), 1);
      if (wrong != null) {
        return refused(Echo.quoted(text) + " is not a date: " + wrong, null);
      }
      return new Result(new EventDate(year, month, day, about), null, null);
    }
    Matcher roughly = ROUGHLY.matcher(text);
    if (!about && roughly.matches()) {
      return meant(text, roughly.group(1), true);
    }
    return meant(text, rest, about);
  }

  /** A refusal of {@code text}, with the form {@code rest} (after any "about") was meant as. */
  private static Result meant(String text, String rest, boolean about) {
    String form = form(rest);
    if (form != null) {
      String suggestion = (about ? ABOUT : "") + form;
      Result check = read(suggestion);
      if (check.date() == null) {
        return refused(Echo.quoted(text) + " is not a date: "
            + check.problem().substring(check.problem().indexOf(": ") + 2), null);
      }
      return refused(Echo.quoted(text) + " is not written as a file holds a date; write "
          + suggestion, suggestion);
    }
    return refused(Echo.quoted(text) + " is not a date; write a year (2019), a month (2019-03)"
        + " or a day (2019-03-14), after \"about \" for a rough one (about 2019)", null);
  }

  /** The date form {@code rest} means, such as 2019-03 for "March 2019", or null. */
  private static String form(String rest) {
    String s = rest.strip();
    Matcher shortParts = SHORT_PARTS.matcher(s);
    if (shortParts.matches()) {
      return shortParts.group(1) + "-" + DateText.twoDigits(shortParts.group(2))
          + (shortParts.group(3) == null ? "" : "-" + DateText.twoDigits(shortParts.group(3)));
    }
    if (FORM.matcher(s).matches()) {
      return s;
    }
    Matcher words = MONTH_WORDS.matcher(s);
    if (words.matches()) {
      Integer month = monthNamed(words.group(2));
      if (month != null) {
        return words.group(3) + "-" + DateText.twoDigits(month.toString())
            + (words.group(1) == null ? "" : "-" + DateText.twoDigits(words.group(1)));
      }
    }
    Matcher dayFirst = DAY_FIRST.matcher(s);
    if (dayFirst.matches()) {
      // Day first, as dates are written in the UK.
      return dayFirst.group(3) + "-" + DateText.twoDigits(dayFirst.group(2)) + "-"
          + DateText.twoDigits(dayFirst.group(1));
    }
    Matcher monthYear = MONTH_YEAR.matcher(s);
    if (monthYear.matches()) {
      return monthYear.group(2) + "-" + DateText.twoDigits(monthYear.group(1));
    }
    return null;
  }

  /** The month a name or its first three letters means ("mar", "March"), or null. */
  private static Integer monthNamed(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      String name = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
      if (w.length() >= 3 && name.startsWith(w) || w.equals("sept") && month == Month.SEPTEMBER) {
        return month.getValue();
      }
    }
    return null;
  }

  private static Result refused(String problem, String suggestion) {
    return new Result(null, problem, suggestion);
  }
}
