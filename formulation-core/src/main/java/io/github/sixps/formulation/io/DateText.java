package io.github.sixps.formulation.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date written as {@code YYYY-MM-DD}, the form the JSON Schema's {@code format: date}
 * describes, and says exactly what is wrong with one that is not: a month or day out of range,
 * a 29 February outside a leap year, one-digit parts, a time added, or the day written first.
 * The file reader and the command line's date options judge dates here, so both say the same.
 */
public final class DateText {
  private static final Pattern ISO = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  private static final Pattern SHORT_PARTS =
      Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");
  private static final Pattern WITH_TIME = Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt ].*");
  private static final Pattern DAY_FIRST =
      Pattern.compile("([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})");

  /**
   * A date, or what is wrong with the text and perhaps the date that was meant.
   *
   * @param date the date, or null when the text is not one
   * @param problem what is wrong, starting with the text quoted; null when it is a date
   * @param suggestion the date that was probably meant, as YYYY-MM-DD, or null
   */
  public record Result(LocalDate date, String problem, String suggestion) {}

  private DateText() {}

  /**
   * Reads {@code text} as a date written YYYY-MM-DD.
   *
   * @param text the date as written, such as {@code 2026-02-30}
   * @return the date, or what is wrong with it ("February has 28 days")
   */
  public static Result read(String text) {
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      int year = Integer.parseInt(iso.group(1));
      int month = Integer.parseInt(iso.group(2));
      int day = Integer.parseInt(iso.group(3));
      String wrong = outOfRange(year, month, day);
      if (wrong == null) {
        return new Result(LocalDate.of(year, month, day), null, null);
      }
      return refused(Echo.quoted(text) + " is not a date: " + wrong, null);
    }
    Matcher withTime = WITH_TIME.matcher(text);
    if (withTime.matches() && read(withTime.group(1)).date() != null) {
      return refused(Echo.quoted(text) + " has a time as well as a date; write only the date",
          withTime.group(1));
    }
    Matcher shortParts = SHORT_PARTS.matcher(text);
    if (shortParts.matches()) {
      String padded = shortParts.group(1) + "-" + twoDigits(shortParts.group(2)) + "-"
          + twoDigits(shortParts.group(3));
      Result meant = read(padded);
      String problem = Echo.quoted(text) + " needs two digits for the month and for the day";
      return meant.date() != null ? refused(problem, padded)
          : refused(problem + "; and " + meant.problem(), null);
    }
    Matcher dayFirst = DAY_FIRST.matcher(text);
    if (dayFirst.matches()) {
      int a = Integer.parseInt(dayFirst.group(1));
      int b = Integer.parseInt(dayFirst.group(2));
      int year = Integer.parseInt(dayFirst.group(3));
      // Day first, as dates are written in the UK; month first only when that is impossible.
      LocalDate meant = outOfRange(year, b, a) == null ? LocalDate.of(year, b, a)
          : outOfRange(year, a, b) == null ? LocalDate.of(year, a, b) : null;
      if (meant != null) {
        return refused(Echo.quoted(text) + " is not written YYYY-MM-DD; if it means "
            + meant.getDayOfMonth() + " " + monthName(meant.getMonthValue()) + " "
            + meant.getYear() + ", write " + meant, null);
      }
    }
    return refused(Echo.quoted(text) + " is not a date; write dates as YYYY-MM-DD, such as"
        + " 2026-11-02", null);
  }

  private static Result refused(String problem, String suggestion) {
    return new Result(null, problem, suggestion);
  }

  /** What is out of range in a year, month and day, or null if they make a date. */
  static String outOfRange(int year, int month, int day) {
    if (month < 1 || month > 12) {
      return "the month is " + twoDigits(Integer.toString(month))
          + ", and months go from 01 to 12";
    }
    if (day < 1) {
      return "the day is 00, and days start at 01";
    }
    try {
      LocalDate.of(year, month, day);
      return null;
    } catch (DateTimeException e) {
      if (month == 2 && day == 29) {
        return year + " is not a leap year, so February has 28 days";
      }
      return monthName(month) + " has " + Month.of(month).length(Year.isLeap(year)) + " days";
    }
  }

  static String monthName(int month) {
    return Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
  }

  static String twoDigits(String digits) {
    return digits.length() == 1 ? "0" + digits : digits;
  }
}
