package io.github.sixps.formulation.testing;

import java.util.concurrent.TimeUnit;

/**
 * The end of a process a test started, asked for politely first: for the tests' servers and
 * commands that run until they are told to stop.
 */
public final class StoppedProcess {
  private StoppedProcess() {}

  /**
   * Waits up to {@code seconds} for a process that has been asked to stop (a signal, its input
   * closed), then kills it; interrupted meanwhile, it kills it at once and keeps the interrupt.
   *
   * @param process the process
   * @param seconds how long to wait before killing it
   */
  public static void awaitOrKill(Process process, int seconds) {
    try {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
