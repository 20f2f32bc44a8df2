package io.github.sixps.formulation.io;

import com.google.common.base.Preconditions;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a formulation file, and where it is: the file, the line and column, the
 * path in the formulation, what is wrong in plain words and, where one is close, the key or value
 * that was probably meant. A {@link FormulationReadException} carries every problem the reader
 * found in a file.
 *
 * <p>{@link #toString()} is one line, the way a compiler reports an error:
 *
 * <pre>
 * ahmed.yaml:14:7: people[1].nmae: unknown key "nmae" in a person; did you mean "name"?
 * </pre>
 */
public final class ReadProblem implements Serializable {
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
  private final String message;
  /** The key or value that was probably meant; null when none is close. */
  private final String suggestion;

  private ReadProblem(
      String source, int line, int column, String path, String message, String suggestion) {
    this.source = Preconditions.checkNotNull(source, "source");
    Preconditions.checkArgument(line >= 0, "line must be 0 or more, was %s", line);
    Preconditions.checkArgument(column >= 0, "column must be 0 or more, was %s", column);
    this.line = line;
    this.column = column;
    // Kept to one line whatever the caller passes, so that each problem is one line of output.
    this.path = Echo.escaped(Preconditions.checkNotNull(path, "path"));
    this.message = Echo.escaped(Preconditions.checkNotNull(message, "message"));
    this.suggestion = suggestion == null ? null : Echo.escaped(suggestion);
  }

  /**
   * A problem at a place in a file.
   *
   * @param source the file name, or another name for the input
   * @param line the line, from 1, or 0 when the problem is with the input as a whole
   * @param column the column, from 1, or 0 when unknown
   * @param path where in the formulation, such as {@code plan.actions[1].due}; empty for the top
   * @param message what is wrong, in plain words; any line break in it is shown as {@code \n}
   * @param suggestion the key or value that was probably meant, or null when none is close
   * @return the problem
   */
  public static ReadProblem of(
      String source, int line, int column, String path, String message, String suggestion) {
    return new ReadProblem(source, line, column, path, message, suggestion);
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
  public String message() {
    return message;
  }

  /** {@return the key or value that was probably meant, when one is close} */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }

  /**
   * {@return the problem on one line: {@code FILE:LINE:COLUMN: PATH: MESSAGE; did you mean
   * "SUGGESTION"?}} The line and column are left out when unknown, and the path at the top level.
   */
  @Override
  public String toString() {
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
    s.append(message);
    if (suggestion != null) {
      s.append("; did you mean \"").append(suggestion).append("\"?");
    }
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ReadProblem)) {
      return false;
    }
    ReadProblem p = (ReadProblem) o;
    return line == p.line && column == p.column && source.equals(p.source)
        && path.equals(p.path) && message.equals(p.message)
        && Objects.equals(suggestion, p.suggestion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column, path, message, suggestion);
  }
}
