package io.github.sixps.formulation.cli;

/**
 * The exit codes every {@code formulation} command keeps, so that scripts can rely on them.
 */
final class ExitCode {
  private ExitCode() {}

  /** Everything was fine. */
  static final int OK = 0;
  /** The work was done, and a finding has error severity. */
  static final int FINDINGS = 1;
  /** The command line itself was wrong: an unknown option, a missing argument. */
  static final int USAGE = 2;
  /** An input could not be read or parsed. */
  static final int UNREADABLE = 3;
  /** An output could not be written, or would replace a file it should not. */
  static final int UNWRITABLE = 4;
  /**
   * Something went wrong inside formulation itself (run again with --debug to see what), or it
   * ran out of memory.
   */
  static final int INTERNAL = 70;
}
