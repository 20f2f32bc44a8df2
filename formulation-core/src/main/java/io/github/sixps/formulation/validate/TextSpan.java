package io.github.sixps.formulation.validate;

import com.google.common.base.Preconditions;

/**
 * The words a finding is about, inside the text at its path: offsets as {@link
 * String#substring(int, int)} takes them (UTF-16 units), so that an editor can underline them.
 *
 * <pre>{@code
 * finding.words().ifPresent(w -> underline(text.substring(w.start(), w.end())));
 * }</pre>
 *
 * @param start where the words start, from 0
 * @param end where they end, exclusive
 */
public record TextSpan(int start, int end) {
  /**
   * Checks the offsets.
   *
   * @param start where the words start, from 0
   * @param end where they end, exclusive
   * @throws IllegalArgumentException if {@code start} is below 0 or {@code end} below {@code
   *     start}
   */
  public TextSpan {
    Preconditions.checkArgument(start >= 0, "start must be 0 or more, but was %s", start);
    Preconditions.checkArgument(end >= start, "end must be %s or more, but was %s", start, end);
  }
}
