package io.github.sixps.formulation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventDateTest {
  @Test
  void aYearCoversTheWholeYearAndAMonthTheWholeMonth() {
    assertEquals(LocalDate.of(2019, 1, 1), EventDate.year(2019).earliest());
    assertEquals(LocalDate.of(2019, 12, 31), EventDate.year(2019).latest());
    assertEquals(LocalDate.of(2020, 2, 29), EventDate.month(2020, 2).latest());
    assertEquals(EventDate.Precision.MONTH, EventDate.month(2020, 2).precision());
  }

  @Test
  void datesOrderByTheirEarliestDayThenTheirLatest() {
    List<EventDate> dates = new ArrayList<>(List.of(
        EventDate.day(LocalDate.of(2019, 3, 14)),
        EventDate.month(2019, 3),
        EventDate.year(2019).approximately(),
        EventDate.year(2018)));
    Collections.sort(dates);
    assertEquals(List.of(
        EventDate.year(2018),
        EventDate.year(2019).approximately(),
        EventDate.month(2019, 3),
        EventDate.day(LocalDate.of(2019, 3, 14))), dates);
  }

  @Test
  void aDateThatDoesNotExistIsRefusedWithTheReason() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new EventDate(2019, Optional.of(2), Optional.of(30), false));
    assertTrue(e.getMessage().startsWith("date: "), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new EventDate(2019, Optional.empty(), Optional.of(3), false));
    assertThrows(IllegalArgumentException.class, () -> EventDate.month(2019, 13));
  }
}
