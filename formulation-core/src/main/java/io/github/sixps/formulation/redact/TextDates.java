package io.github.sixps.formulation.redact;

import java.time.DateTimeException;
import java.time.LocalDate;
import io.github.sixps.formulation.model.EventDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in free text, moved by the same number of days as the formulation's own dates,
 * in the form they were written in: "7 December" becomes "8 September", "March 2019" becomes
 * "December 2018", "14/03/2015" becomes "14/12/2014". A date without a year takes the year that
 * puts it nearest the formulation's date. What cannot be moved (a day alone, "the 3rd"; a day of
 * the week, "last Tuesday"; a date without a year in a formulation without a date) is reported.
 */
final class TextDates {
  /** A date found and what became of it. */
  interface Found {
    /** A date moved: {@code now} is how it reads after. */
    void shifted(String now, boolean full);

    /** A date that may identify someone or could not be moved, and why. */
    void unsure(String text, UncertaintyKind kind, String note);
  }

  private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
      + "|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  private static final String DAYS =
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  private static final String ORDINAL = "(?:st|nd|rd|th)";

  private static final Pattern DATE = Pattern.compile(
      "(?<![\\p{L}\\p{N}/.-])(?:"
          + "(?<nd>\\d{1,2})(?<ns1>[/.-])(?<nm>\\d{1,2})(?<ns2>[/.-])(?<ny>\\d{4}|\\d{2})"
          + "|(?<iy>\\d{4})-(?<im>\\d{1,2})-(?<id>\\d{1,2})"
          + "|(?<dd>\\d{1,2})(?<dord>" + ORDINAL + ")?(?<dof>\\s+of)?\\s+(?<dm>" + MONTHS + ")"
          + "(?<dy>,?\\s+\\d{4})?"
          + "|(?<mm>" + MONTHS + ")\\s+(?:(?<md>\\d{1,2})(?<mord>" + ORDINAL + ")?"
          + "(?<my>,?\\s+\\d{4})?|(?<myo>\\d{4}))"
          + "|(?<day>the\\s+\\d{1,2}" + ORDINAL + ")"
          + "|(?<week>(?:(?:last|next|this|on|every)\\s+)?(?:" + DAYS + ")(?:['\u2019]s)?)"
          + ")(?![\\p{L}\\p{N}]|[/.-]\\d)",
      Pattern.CASE_INSENSITIVE);

  private final int shiftDays;
  private final Optional<LocalDate> reference;

  /**
   * @param shiftDays how many days the formulation's dates move
   * @param reference the formulation's date, to give a year to dates written without one
   */
  TextDates(int shiftDays, Optional<LocalDate> reference) {
    this.shiftDays = shiftDays;
    this.reference = reference;
  }

  /**
   * A date of the chronology or the family tree moved as dates in text move, keeping its
   * precision: a day by the days, a month as its middle moves ("March 2019", 15 March, as the
   * text "March 2019" moves), a year as its middle (1 July) moves. A rough date stays rough.
   */
  EventDate shift(EventDate date) {
    LocalDate middle = switch (date.precision()) {
      case DAY -> date.earliest();
      case MONTH -> date.earliest().withDayOfMonth(15);
      case YEAR -> LocalDate.of(date.year(), 7, 1);
    };
    LocalDate moved = middle.plusDays(shiftDays);
    EventDate shifted = switch (date.precision()) {
      case DAY -> EventDate.day(moved);
      case MONTH -> EventDate.month(moved.getYear(), moved.getMonthValue());
      case YEAR -> EventDate.year(moved.getYear());
    };
    return date.approximate() ? shifted.approximately() : shifted;
  }

  /** The text with each date in it moved, telling {@code found} of each. */
  String shift(String text, Found found) {
    Matcher m = DATE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      String was = m.group();
      Optional<String> now = Optional.empty();
      boolean full = m.group("ny") != null || m.group("iy") != null || m.group("dy") != null
          || m.group("my") != null;
      if (m.group("week") != null) {
        if (shiftDays % 7 != 0 && weekdayMeant(m)) {
          found.unsure(was, UncertaintyKind.DATE_NOT_SHIFTED, "a day of the week: the dates "
              + "moved by " + shiftDays + " days, which changes the day of the week; make it "
              + "agree with the dates around it, or vaguer");
        }
        continue;
      }
      if (m.group("day") != null) {
        if (shiftDays != 0) {
          found.unsure(was, UncertaintyKind.DATE_NOT_SHIFTED, "a day of the month without its "
              + "month, which could not be moved with the other dates; change it by hand");
        }
        continue;
      }
      if (m.group("mm") != null && !Character.isUpperCase(m.group("mm").charAt(0))
          && m.group("mm").matches("(?i)may|mar(ch)?")) {
        continue;
      }
      if (shiftDays != 0) {
        try {
          now = moved(m);
        } catch (DateTimeException e) {
          now = Optional.empty();
        }
        if (now.isEmpty() && !full) {
          found.unsure(was, UncertaintyKind.DATE_NOT_SHIFTED, "a date without a year in a "
              + "formulation without a date, so it could not be moved; change it by hand");
          continue;
        }
      }
      String reads = now.orElse(was);
      if (now.isPresent()) {
        out.append(text, last, m.start()).append(reads);
        last = m.end();
        found.shifted(reads, full);
      }
      if (full) {
        found.unsure(reads, UncertaintyKind.DATE_OF_BIRTH_LIKE, "a full date in the text may be"
            + " a date of birth" + (now.isPresent() ? ", even moved with the other dates" : "")
            + "; remove it or make it vaguer");
      } else if (shiftDays != 0 && now.isEmpty()) {
        found.unsure(was, UncertaintyKind.DATE_NOT_SHIFTED,
            "a date that could not be moved with the other dates; change it by hand");
      }
    }
    return out.append(text, last, text.length()).toString();
  }

  /** "on Monday" in a plan is a habit, not a date; "last Monday" and "Monday's" are dates. */
  private static boolean weekdayMeant(Matcher m) {
    String w = m.group("week").toLowerCase(Locale.ROOT);
    return w.startsWith("last") || w.startsWith("next") || w.startsWith("this")
        || w.endsWith("s") && (w.endsWith("'s") || w.endsWith("\u2019s"));
  }

  private Optional<String> moved(Matcher m) {
    if (m.group("nd") != null) {
      int day = Integer.parseInt(m.group("nd"));
      int month = Integer.parseInt(m.group("nm"));
      String y = m.group("ny");
      int year = y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
      boolean usOrder = month > 12 && day <= 12;
      LocalDate d = usOrder ? LocalDate.of(year, day, month) : LocalDate.of(year, month, day);
      LocalDate n = d.plusDays(shiftDays);
      String first = pad(usOrder ? n.getMonthValue() : n.getDayOfMonth(), m.group("nd"));
      String second = pad(usOrder ? n.getDayOfMonth() : n.getMonthValue(), m.group("nm"));
      String ny = y.length() == 2 ? String.format(Locale.ROOT, "%02d", n.getYear() % 100)
          : String.valueOf(n.getYear());
      return Optional.of(first + m.group("ns1") + second + m.group("ns2") + ny);
    }
    if (m.group("iy") != null) {
      LocalDate n = LocalDate.of(Integer.parseInt(m.group("iy")),
          Integer.parseInt(m.group("im")), Integer.parseInt(m.group("id"))).plusDays(shiftDays);
      return Optional.of(n.getYear() + "-" + pad(n.getMonthValue(), m.group("im")) + "-"
          + pad(n.getDayOfMonth(), m.group("id")));
    }
    if (m.group("dd") != null) {
      String monthWord = m.group("dm");
      Optional<LocalDate> d = date(m.group("dy"), month(monthWord),
          Integer.parseInt(m.group("dd")));
      return d.map(x -> x.plusDays(shiftDays)).map(n -> n.getDayOfMonth()
          + (m.group("dord") == null ? "" : ordinal(n.getDayOfMonth(), m.group("dord")))
          + (m.group("dof") == null ? "" : " of")
          + " " + monthLike(n.getMonth(), monthWord)
          + (m.group("dy") == null ? "" : yearLike(n, m.group("dy"))));
    }
    String monthWord = m.group("mm");
    if (m.group("myo") != null) {
      LocalDate n = LocalDate.of(Integer.parseInt(m.group("myo")), month(monthWord), 15)
          .plusDays(shiftDays);
      return Optional.of(monthLike(n.getMonth(), monthWord) + " " + n.getYear());
    }
    Optional<LocalDate> d = date(m.group("my"), month(monthWord), Integer.parseInt(m.group("md")));
    return d.map(x -> x.plusDays(shiftDays)).map(n -> monthLike(n.getMonth(), monthWord) + " "
        + n.getDayOfMonth()
        + (m.group("mord") == null ? "" : ordinal(n.getDayOfMonth(), m.group("mord")))
        + (m.group("my") == null ? "" : yearLike(n, m.group("my"))));
  }

  /** The date, its year as written or the one nearest the formulation's date. */
  private Optional<LocalDate> date(String year, int month, int day) {
    if (year != null) {
      return Optional.of(LocalDate.of(Integer.parseInt(year.replaceAll("\\D", "")), month, day));
    }
    return reference.map(r -> {
      LocalDate best = null;
      for (int y = r.getYear() - 1; y <= r.getYear() + 1; y++) {
        try {
          LocalDate d = LocalDate.of(y, month, day);
          if (best == null || Math.abs(d.toEpochDay() - r.toEpochDay())
              < Math.abs(best.toEpochDay() - r.toEpochDay())) {
            best = d;
          }
        } catch (DateTimeException e) {
          // 29 February in a year without one.
        }
      }
      if (best == null) {
        throw new DateTimeException("no such day");
      }
      return best;
    });
  }

  private static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT).substring(0, 3);
    for (Month month : Month.values()) {
      if (month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT)
          .startsWith(w)) {
        return month.getValue();
      }
    }
    throw new DateTimeException("not a month: " + word);
  }

  /** The month named as the original was: full or short, in its case. */
  private static String monthLike(Month month, String original) {
    String full = month.getDisplayName(TextStyle.FULL, Locale.UK);
    // "May", "June" and "July" are whole names; "Sept" and "Dec" are short ones.
    String originalFull = Month.of(month(original)).getDisplayName(TextStyle.FULL, Locale.UK);
    String name = original.length() < originalFull.length() ? full.substring(0, 3) : full;
    if (original.equals(original.toUpperCase(Locale.ROOT))) {
      return name.toUpperCase(Locale.ROOT);
    }
    return Character.isUpperCase(original.charAt(0)) ? name : name.toLowerCase(Locale.ROOT);
  }

  /** The new year written after the same separator, ", 2026" or " 2026". */
  private static String yearLike(LocalDate n, String original) {
    return original.replaceAll("\\d{4}", String.valueOf(n.getYear()));
  }

  private static String ordinal(int day, String original) {
    String suffix = day % 100 >= 11 && day % 100 <= 13 ? "th"
        : switch (day % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return original.equals(original.toUpperCase(Locale.ROOT))
        ? suffix.toUpperCase(Locale.ROOT) : suffix;
  }

  private static String pad(int value, String original) {
    return original.length() == 2 ? String.format(Locale.ROOT, "%02d", value)
        : String.valueOf(value);
  }
}
