package io.github.sixps.formulation.server.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as people in the UK write and read them, for the pages: {@code 14 September 2026} to
 * read, {@code 14/09/2026} in a box to type in. Files keep ISO dates ({@code 2026-09-14}); this
 * is only how the pages show and take them.
 */
public final class UkDates {
  /** The date in words, as the caseload and the documents show it. */
  public static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);
  private static final List<DateTimeFormatter> TAKEN = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
      words("d MMMM uuuu"),
      words("d MMM uuuu"));

  private UkDates() {}

  private static DateTimeFormatter words(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.UK).withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * {@return the date as it goes in a box to type in, such as {@code 14/09/2026}}
   *
   * @param date the date
   */
  public static String shortForm(LocalDate date) {
    return date.format(SHORT);
  }

  /**
   * {@return the date in words, such as {@code 14 September 2026}}
   *
   * @param date the date
   */
  public static String longForm(LocalDate date) {
    return date.format(LONG);
  }

  /**
   * Reads a date as someone typed it: {@code 14/09/2026}, {@code 14/9/2026},
   * {@code 14 September 2026}, {@code 14 Sept 2026} or {@code 2026-09-14}.
   *
   * @param text what was typed; spaces around it and between words are forgiven
   * @return the date, or empty if it is none of those or no real date (31/02/2026)
   */
  public static Optional<LocalDate> parse(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    for (DateTimeFormatter f : TAKEN) {
      try {
        return Optional.of(LocalDate.parse(t, f));
      } catch (DateTimeParseException e) {
        // Not in this form: the next one may take it.
      }
    }
    return Optional.empty();
  }
}
