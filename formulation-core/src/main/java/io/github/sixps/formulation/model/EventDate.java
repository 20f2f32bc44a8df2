package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.optional;
import static io.github.sixps.formulation.model.Values.required;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;

/**
 * The date of something in a family's life as it is known: a year, a month or a day, perhaps
 * only roughly. A chronology records the date of the event, not of the entry, and keeps its
 * precision: "2019", "March 2019", "14 March 2019", "about 2019".
 *
 * <pre>{@code
 * EventDate moved = EventDate.month(2019, 3);            // March 2019
 * EventDate born = EventDate.day(LocalDate.of(2016, 5, 2));
 * EventDate roughly = EventDate.year(2015).approximately(); // about 2015
 * }</pre>
 *
 * <p>Dates order by their earliest possible day, so "2019" comes before "March 2019".
 *
 * @param year the year
 * @param month the month, 1 to 12, if known
 * @param day the day of the month, if known; only with a month
 * @param approximate whether the date is a rough one ("about 2015")
 */
public record EventDate(int year, Optional<Integer> month, Optional<Integer> day,
    boolean approximate) implements Comparable<EventDate> {

  private static final Comparator<EventDate> ORDER =
      Comparator.comparing(EventDate::earliest)
          .thenComparing(EventDate::latest)
          .thenComparing(EventDate::approximate);

  /**
   * Checks that the parts make a real date.
   *
   * @param year the year
   * @param month the month, 1 to 12, if known
   * @param day the day of the month, if known; only with a month
   * @param approximate whether the date is a rough one
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the month or day does not exist, or a day is given
   *     without a month
   */
  public EventDate {
    optional(month, "month");
    optional(day, "day");
    if (day.isPresent() && month.isEmpty()) {
      throw new IllegalArgumentException("day: a day needs a month, but only the year " + year
          + " is given");
    }
    try {
      if (day.isPresent()) {
        LocalDate.of(year, month.get(), day.get());
      } else if (month.isPresent()) {
        YearMonth.of(year, month.get());
      } else {
        YearMonth.of(year, 1);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("date: " + e.getMessage(), e);
    }
  }

  /**
   * A date known to the year.
   *
   * @param year the year, such as 2019
   * @return that year
   */
  public static EventDate year(int year) {
    return new EventDate(year, Optional.empty(), Optional.empty(), false);
  }

  /**
   * A date known to the month.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return that month
   */
  public static EventDate month(int year, int month) {
    return new EventDate(year, Optional.of(month), Optional.empty(), false);
  }

  /**
   * A date known to the day.
   *
   * @param date the day
   * @return that day
   */
  public static EventDate day(LocalDate date) {
    required(date, "date");
    return new EventDate(date.getYear(), Optional.of(date.getMonthValue()),
        Optional.of(date.getDayOfMonth()), false);
  }

  /** {@return the same date marked as a rough one ("about 2015")} */
  public EventDate approximately() {
    return new EventDate(year, month, day, true);
  }

  /** {@return how precisely the date is known} */
  public Precision precision() {
    return day.isPresent() ? Precision.DAY : month.isPresent() ? Precision.MONTH : Precision.YEAR;
  }

  /** {@return the first day the date could mean} */
  public LocalDate earliest() {
    return LocalDate.of(year, month.orElse(1), day.orElse(1));
  }

  /** {@return the last day the date could mean} */
  public LocalDate latest() {
    if (day.isPresent()) {
      return earliest();
    }
    return month.isPresent()
        ? YearMonth.of(year, month.get()).atEndOfMonth()
        : LocalDate.of(year, 12, 31);
  }

  @Override
  public int compareTo(EventDate other) {
    return ORDER.compare(this, other);
  }

  /** How precisely a date is known. */
  public enum Precision {
    /** Known to the year: "2019". */
    YEAR,
    /** Known to the month: "March 2019". */
    MONTH,
    /** Known to the day: "14 March 2019". */
    DAY
  }
}
