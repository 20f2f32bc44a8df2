package io.github.sixps.formulation.cli;

import java.io.PrintWriter;

/**
 * How far a batch has got, on standard error. On a terminal it is one line redrawn in place, a
 * bar with a count and the item last finished; anywhere else (a log, a pipe, a test) it is one
 * plain line per finished item, in the order they finish, so that nothing is lost to carriage
 * returns. Safe to call from the worker threads.
 */
final class Progress {
  /** The bar line is kept under 80 columns, so that it never wraps and cannot be redrawn. */
  static final int WIDTH = 79;
  private static final int BAR = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final int total;
  private int finished;
  private String last = "";
  private boolean shown;

  Progress(PrintWriter err, boolean terminal, int total) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
  }

  /** Records that one item has finished with the given exit code. */
  synchronized void finished(String name, int code) {
    finished++;
    if (terminal) {
      last = name;
      draw();
    } else {
      err.println("[" + finished + "/" + total + "] " + TerminalText.clean(name) + ": "
          + outcome(code));
      err.flush();
    }
  }

  /**
   * Runs {@code print}, which writes to the terminal, with the bar out of its way: cleared
   * before and drawn again after.
   */
  synchronized void around(Runnable print) {
    clear();
    print.run();
    if (terminal && finished > 0 && finished < total) {
      draw();
    }
  }

  /** Clears the bar for good, once every item has finished. */
  synchronized void end() {
    clear();
  }

  /** The bar as drawn, without the carriage return: for tests and for {@link #draw()}. */
  static String bar(int finished, int total, String name) {
    int filled = total == 0 ? BAR : finished * BAR / total;
    String head = "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] "
        + finished + "/" + total + "  ";
    // A long path keeps its end, where the file's own name is.
    String tail = TerminalText.clean(name);
    int room = WIDTH - head.length();
    if (TerminalText.width(tail) > room) {
      tail = "…" + tail.substring(tail.offsetByCodePoints(tail.length(), -(room - 1)));
    }
    return TerminalText.padRight(head + tail, WIDTH);
  }

  private void draw() {
    err.print("\r" + bar(finished, total, last));
    err.flush();
    shown = true;
  }

  private void clear() {
    if (shown) {
      err.print("\r" + " ".repeat(WIDTH) + "\r");
      err.flush();
      shown = false;
    }
  }

  /** What an exit code means for one item, in a few words. */
  static String outcome(int code) {
    switch (code) {
      case ExitCode.OK:
        return "done";
      case ExitCode.FINDINGS:
        return "done, with findings at error severity";
      case ExitCode.UNREADABLE:
        return "could not be read (the problem is shown at the end)";
      case ExitCode.UNWRITABLE:
        return "could not be written (the problem is shown at the end)";
      default:
        return "failed (the problem is shown at the end)";
    }
  }
}
