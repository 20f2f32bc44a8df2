package io.github.sixps.formulation.render.braille;

/**
 * Which form of Unified English Braille a file is written in: contracted (grade 2), which most
 * adult Braille readers read, or uncontracted (grade 1), letter for letter, for readers who are
 * still learning the contractions.
 *
 * <pre>{@code
 * BrailleRenderer renderer = BrailleRenderer.builder().grade(BrailleGrade.UNCONTRACTED).build();
 * }</pre>
 */
public enum BrailleGrade {
  /** Contracted UEB (grade 2), liblouis's {@code en-ueb-g2.ctb}: what adult readers expect. */
  CONTRACTED("en-ueb-g2.ctb"),
  /** Uncontracted UEB (grade 1), liblouis's {@code en-ueb-g1.ctb}: every letter spelt out. */
  UNCONTRACTED("en-ueb-g1.ctb");

  private final String table;

  BrailleGrade(String table) {
    this.table = table;
  }

  /** {@return the liblouis table this grade is translated with, such as {@code en-ueb-g2.ctb}} */
  public String table() {
    return table;
  }
}
