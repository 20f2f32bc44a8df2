package io.github.sixps.formulation.render;

/**
 * Which way a document's own words run, as its {@link Terminology} gives it: the HTML page's
 * {@code dir} and the PDF's page layout follow it. User text keeps its own direction whatever
 * this is.
 */
public enum Direction {
  /** Left to right, as English, Polish or Bengali. */
  LTR,
  /** Right to left, as Urdu, Arabic or Hebrew. */
  RTL;

  /** {@return the value of an HTML {@code dir} attribute: {@code ltr} or {@code rtl}} */
  public String attribute() {
    return this == LTR ? "ltr" : "rtl";
  }
}
