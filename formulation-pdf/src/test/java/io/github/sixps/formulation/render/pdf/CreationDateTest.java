package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which date a PDF carries: a given clock, then SOURCE_DATE_EPOCH, then the content's own. */
class CreationDateTest {
  private static final Optional<LocalDate> REVIEWED = Optional.of(LocalDate.of(2026, 11, 23));

  @Test
  void theContentsOwnDateAtMidnightUtcByDefault() {
    CreationDate date = CreationDate.of(Optional.empty(), Optional.empty());
    assertEquals("D:20261123000000+00'00'", date.format(REVIEWED));
    assertEquals("D:19700101000000+00'00'", date.format(Optional.empty()), "a blank worksheet");
  }

  @Test
  void sourceDateEpochWinsOverTheContent() {
    CreationDate date = CreationDate.of(Optional.empty(), Optional.of("1764547200"));
    assertEquals("D:20251201000000+00'00'", date.format(REVIEWED));
    assertEquals("D:20261123000000+00'00'",
        CreationDate.of(Optional.empty(), Optional.of(" ")).format(REVIEWED), "set but empty");
  }

  @Test
  void aClockWinsOverEverything() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:15:30.750Z"), ZoneOffset.UTC);
    CreationDate date = CreationDate.of(Optional.of(clock), Optional.of("1764547200"));
    assertEquals("D:20260301101530+00'00'", date.format(REVIEWED));
  }

  @Test
  void aMalformedSourceDateEpochIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CreationDate.of(Optional.empty(), Optional.of("2026-12-01")));
    assertTrue(e.getMessage().startsWith("SOURCE_DATE_EPOCH must be a whole number of seconds"),
        e.getMessage());
  }
}
