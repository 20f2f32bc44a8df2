package io.github.sixps.formulation.io;

import java.io.IOException;
import java.util.Optional;

/**
 * A formulation file could not be read: it is malformed, breaks the format's rules or goes past a
 * reading limit. Carries where the problem is, so that a tool can point at it.
 *
 * <p>{@link #getMessage()} is one line a person can act on, in the form
 * {@code FILE:LINE:COLUMN: PATH: PROBLEM; did you mean "SUGGESTION"?}, for example:
 *
 * <pre>
 * ahmed.yaml:14:7: people[1].nmae: unknown key "nmae"; did you mean "name"?
 * </pre>
 */
public final class FormulationReadException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The file name, or another name given for the input. */
  private final String source;
  /** The line of the problem, from 1; 0 when it concerns the input as a whole. */
  private final int line;
  /** The column of the problem, from 1; 0 when unknown. */
  private final int column;
  /** Where in the formulation; empty for the top level. */
  private final String path;
  /** What is wrong, in plain words. */
  private final String problem;
  /** The key or value that was probably meant; null when none is close. */
  private final String suggestion;

  /**
   * Creates the exception.
   *
   * @param source the file name or other name of the input
   * @param line the line, from 1, or 0 when the problem is with the input as a whole
   * @param column the column, from 1, or 0 when unknown
   * @param path where in the formulation, such as {@code plan.actions[1].due}; empty for the top
   * @param problem what is wrong, in plain words
   * @param suggestion a likely intended key or value, or null
   */
  public FormulationReadException(
      String source, int line, int column, String path, String problem, String suggestion) {
    super(format(source, line, column, path, problem, suggestion));
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path;
    this.problem = problem;
    this.suggestion = suggestion;
  }

  private static String format(
      String source, int line, int column, String path, String problem, String suggestion) {
    StringBuilder s = new StringBuilder(source);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    s.append(": ");
    if (!path.isEmpty()) {
      s.append(path).append(": ");
    }
    s.append(problem);
    if (suggestion != null) {
      s.append("; did you mean \"").append(suggestion).append("\"?");
    }
    return s.toString();
  }

  /** {@return the file name, or another name given for the input} */
  public String source() {
    return source;
  }

  /** {@return the line of the problem, from 1; 0 when it concerns the input as a whole} */
  public int line() {
    return line;
  }

  /** {@return the column of the problem, from 1; 0 when unknown} */
  public int column() {
    return column;
  }

  /**
   * {@return where in the formulation, such as {@code plan.actions[1].due}} It is empty for the top
   * level.
   */
  public String path() {
    return path;
  }

  /** {@return what is wrong, in plain words, without the location} */
  public String problem() {
    return problem;
  }

  /** {@return the key or value that was probably meant, when one is close} */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }
}
