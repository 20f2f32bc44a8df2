package io.github.sixps.formulation.validate;

/**
 * Where a {@link Rule} reports what it finds. The validator fills in the rule's code and the
 * severity the profile gives it.
 */
public interface FindingSink {
  /**
   * Reports a finding with a message and no suggestion.
   *
   * @param path where it is, such as {@code plan.actions[A1].owner}, from {@link
   *     RuleContext#pathOf(io.github.sixps.formulation.model.Item)}; empty for the formulation as a
   *     whole
   * @param message what is wrong, in one plain sentence
   */
  void report(String path, String message);

  /**
   * Reports a finding with a message and a suggestion of what to do.
   *
   * @param path where it is, such as {@code plan.actions[A1].owner}; empty for the formulation as a
   *     whole
   * @param message what is wrong, in one plain sentence
   * @param suggestion what to do about it, in one plain sentence
   */
  void report(String path, String message, String suggestion);

  /**
   * Reports a finding about some words of the text at {@code path}, with a suggestion. A sink
   * that keeps no offsets reports it as {@link #report(String, String, String)} does.
   *
   * @param path where the text is
   * @param message what is wrong, in one plain sentence
   * @param suggestion what to do about it, in one plain sentence
   * @param words where the words are in the text
   */
  default void report(String path, String message, String suggestion, TextSpan words) {
    report(path, message, suggestion);
  }
}
