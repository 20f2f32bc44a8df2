package io.github.sixps.formulation.render.pdf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import java.util.Optional;
import org.apache.pdfbox.util.DateConverter;

/**
 * The date a PDF carries as its creation and modification date. It is never the time of
 * rendering unless the caller asks for that, so that the same input gives the same bytes: a
 * trainer's handouts in version control and any cache of outputs only change when the content
 * does. In order of precedence:
 *
 * <ol>
 *   <li>the renderer's {@link PdfRenderer.Builder#clock clock}, when one was given;
 *   <li>{@code SOURCE_DATE_EPOCH}, the reproducible-builds convention: whole seconds since
 *       1970-01-01T00:00:00Z, read from the environment when the renderer is built;
 *   <li>the content's own date, at midnight UTC: the latest review of the formulation, else the
 *       day it was formulated; the older version's date for a list of changes;
 *   <li>1970-01-01T00:00:00Z, for a blank worksheet or a formulation with no date at all.
 * </ol>
 */
final class CreationDate {
  /** The environment variable of the reproducible-builds convention. */
  static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

  private final Optional<Clock> clock;
  private final Optional<Instant> sourceDateEpoch;

  private CreationDate(Optional<Clock> clock, Optional<Instant> sourceDateEpoch) {
    this.clock = clock;
    this.sourceDateEpoch = sourceDateEpoch;
  }

  /**
   * @param clock the caller's clock, if any
   * @param sourceDateEpoch the value of {@code SOURCE_DATE_EPOCH}, if set
   * @throws IllegalArgumentException if {@code sourceDateEpoch} is not a whole number of seconds
   */
  static CreationDate of(Optional<Clock> clock, Optional<String> sourceDateEpoch) {
    return new CreationDate(clock, sourceDateEpoch.filter(s -> !s.isBlank())
        .map(CreationDate::epochSeconds));
  }

  private static Instant epochSeconds(String value) {
    try {
      return Instant.ofEpochSecond(Long.parseLong(value.trim()));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new IllegalArgumentException(SOURCE_DATE_EPOCH + " must be a whole number of seconds"
          + " since 1970-01-01T00:00:00Z, such as 1764547200, but is '" + value + "'", e);
    }
  }

  /**
   * The date in the PDF's own notation ({@code D:20261123000000Z} and the like).
   *
   * @param contentDate the date of what is rendered, if it has one
   */
  String format(Optional<LocalDate> contentDate) {
    ZonedDateTime when = clock.map(c -> ZonedDateTime.now(c).truncatedTo(ChronoUnit.SECONDS))
        .orElseGet(() -> sourceDateEpoch
            .or(() -> contentDate.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()))
            .orElse(Instant.EPOCH).atZone(ZoneOffset.UTC));
    return DateConverter.toString(GregorianCalendar.from(when));
  }
}
