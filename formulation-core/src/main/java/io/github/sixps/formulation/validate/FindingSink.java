package io.github.sixps.formulation.validate;

/**
 * Where a {@link Rule} reports what it finds. The validator fills in the rule's code and the
 * severity the profile gives it.
 */
public interface FindingSink {
  /** Reports a finding at {@code path} with a message and no suggestion. */
  void report(String path, String message);

  /** Reports a finding at {@code path} with a message and a suggestion of what to do. */
  void report(String path, String message, String suggestion);
}
