package io.github.sixps.formulation.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why each test was skipped, which Maven's summary ("Skipped: 5") leaves out: a missing
 * tool, a file system without POSIX permissions, a setting of the machine. Registered for every
 * module whose tests use this test jar, through {@code META-INF/services}.
 */
public final class SkipReasons implements TestExecutionListener {
  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    say(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      say(test, result.getThrowable().map(Throwable::getMessage).orElse(null));
    }
  }

  private static void say(TestIdentifier test, String reason) {
    String why = reason == null || reason.isBlank() ? "no reason given: give one" : reason;
    // One line each, to standard error, which Maven shows even with -q.
    System.err.println("[SKIPPED] " + test.getLegacyReportingName() + ": "
        + why.replaceFirst("^Assumption failed: ", ""));
  }
}
