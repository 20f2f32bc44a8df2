package io.github.sixps.formulation.render;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.io.ReadProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A terminology file or map that cannot be used, with every problem found in it at once: each
 * with the file, line and column, the key, what is wrong and, where one is close, the key that
 * was probably meant. The message is one problem a line:
 *
 * <pre>
 * urdu.yaml:4:3: headings.presentng: unknown key; did you mean "headings.presenting"?
 * </pre>
 */
public final class TerminologyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Kept as a list that serialises: ImmutableList does, and so do the problems. */
  private final ImmutableList<ReadProblem> problems;

  /**
   * An exception carrying these problems.
   *
   * @param problems what is wrong, at least one
   */
  public TerminologyException(List<ReadProblem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(List<ReadProblem> problems) {
    Preconditions.checkArgument(!Preconditions.checkNotNull(problems, "problems").isEmpty(),
        "problems must not be empty");
    return problems.stream().map(ReadProblem::toString).collect(Collectors.joining("\n"));
  }

  /** {@return every problem found, in the order of the file} */
  public List<ReadProblem> problems() {
    return problems;
  }
}
