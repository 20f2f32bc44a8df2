package io.github.sixps.formulation.io;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A formulation file could not be read: it is malformed, breaks the format's rules or goes past a
 * reading limit. Carries every {@linkplain ReadProblem problem} the reader found in the file, each
 * with where it is, so that a tool can point at them all at once.
 *
 * <p>{@link #getMessage()} has one line per problem, in the form
 * {@code FILE:LINE:COLUMN: PATH: PROBLEM; did you mean "SUGGESTION"?}, for example:
 *
 * <pre>
 * ahmed.yaml:14:7: people[1].nmae: unknown key "nmae" in a person; did you mean "name"?
 * ahmed.yaml:16:10: people[1].age: expected a whole number, found text "forty"
 * </pre>
 *
 * <p>The reader stops at the first problem it cannot read past, such as broken YAML, and after
 * {@linkplain ReadLimits#maxProblems() a limit} on how many it reports; {@link #stoppedEarly()}
 * says whether the file may hold more. The accessors {@link #line()}, {@link #path()} and the
 * others describe the first problem.
 */
public final class FormulationReadException extends IOException {
  private static final long serialVersionUID = 2L;

  /** Every problem found, in the order of the file; at least one. */
  private final ImmutableList<ReadProblem> problems;
  /** Whether reading stopped at the limit on problems. */
  private final boolean stoppedEarly;

  /**
   * Creates the exception for one problem.
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
    this(List.of(ReadProblem.of(source, line, column, path, problem, suggestion)), false);
  }

  /**
   * Creates the exception for the problems found in one file.
   *
   * @param problems the problems, in the order to report them; at least one
   * @param stoppedEarly whether reading stopped at a limit on problems, so that there may be more
   * @throws IllegalArgumentException if there are no problems
   */
  public FormulationReadException(List<ReadProblem> problems, boolean stoppedEarly) {
    super(describe(problems, stoppedEarly));
    this.problems = ImmutableList.copyOf(problems);
    this.stoppedEarly = stoppedEarly;
  }

  private static String describe(List<ReadProblem> problems, boolean stoppedEarly) {
    Preconditions.checkNotNull(problems, "problems");
    Preconditions.checkArgument(!problems.isEmpty(), "problems must not be empty");
    StringBuilder s = new StringBuilder();
    for (ReadProblem p : problems) {
      if (s.length() > 0) {
        s.append('\n');
      }
      s.append(p);
    }
    if (stoppedEarly) {
      s.append('\n').append(problems.get(0).source()).append(": stopped after ")
          .append(problems.size()).append(" problems; fix these and read the file again to"
              + " see any more");
    }
    return s.toString();
  }

  /** {@return every problem found, in the order of the file} */
  public List<ReadProblem> problems() {
    return problems;
  }

  /**
   * {@return whether reading stopped at the limit on problems} The file may then have more than
   * {@link #problems()} lists.
   */
  public boolean stoppedEarly() {
    return stoppedEarly;
  }

  private ReadProblem first() {
    return problems.get(0);
  }

  /** {@return the file name, or another name given for the input} */
  public String source() {
    return first().source();
  }

  /** {@return the line of the first problem, from 1; 0 when it concerns the input as a whole} */
  public int line() {
    return first().line();
  }

  /** {@return the column of the first problem, from 1; 0 when unknown} */
  public int column() {
    return first().column();
  }

  /**
   * {@return where in the formulation the first problem is, such as {@code plan.actions[1].due}}
   * It is empty for the top level.
   */
  public String path() {
    return first().path();
  }

  /** {@return what is wrong at the first problem, in plain words, without the location} */
  public String problem() {
    return first().message();
  }

  /** {@return the key or value that was probably meant at the first problem, when one is close} */
  public Optional<String> suggestion() {
    return first().suggestion();
  }
}
