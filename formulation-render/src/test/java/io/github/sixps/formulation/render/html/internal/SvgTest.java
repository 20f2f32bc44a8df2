package io.github.sixps.formulation.render.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class SvgTest {
  @Test
  void numbersHaveOneDecimalPlaceAtMostAndNoTrailingZero() {
    assertEquals("0", Svg.num(0));
    assertEquals("12", Svg.num(12.04));
    assertEquals("12.5", Svg.num(12.46));
    assertEquals("13", Svg.num(12.96));
    assertEquals("-0.5", Svg.num(-0.5));
    assertEquals("-3.2", Svg.num(-3.24));
    assertEquals("-7", Svg.num(-7.01));
    assertEquals("0.1", Svg.num(0.05));
  }

  /** The same text as formatting with one decimal place and dropping a trailing ".0". */
  @Property(tries = 5000)
  void agreesWithFormatting(@ForAll @DoubleRange(min = -1e6, max = 1e6) double value) {
    long tenths = Math.round(value * 10);
    String expected = tenths % 10 == 0 ? Long.toString(tenths / 10)
        : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    assertEquals(expected, Svg.num(value));
  }
}
