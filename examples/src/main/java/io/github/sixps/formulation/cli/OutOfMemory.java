package io.github.sixps.formulation.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Running out of memory, said in one line with the fix, and exit code 70: never a stack trace
 * (unless {@code --debug} asks for one). A formulation far larger than usual, or a folder of
 * large PDFs, can need more memory than Java was given; the launcher passes
 * {@code FORMULATION_JAVA_OPTIONS} to Java, so that is where more can be given.
 *
 * <pre>
 * big.yaml: ran out of memory (Java may use at most 64 MB here); give it more with
 * FORMULATION_JAVA_OPTIONS=-Xmx128m and run again
 * </pre>
 */
final class OutOfMemory {
  private OutOfMemory() {}

  /**
   * Memory set aside at start and let go when memory runs out, so that there is room to say so.
   * Written once, by whichever thread runs out first.
   */
  private static volatile byte[] reserve = new byte[512 * 1024];

  /**
   * The message, in one line.
   *
   * @param source the input being worked on, or empty if none in particular
   */
  static String message(String source) {
    long max = limit();
    return (source.isEmpty() ? "" : source + ": ") + "ran out of memory (Java may use at most "
        + size(max) + " here); give it more with FORMULATION_JAVA_OPTIONS=-Xmx"
        + option(max) + " and run again";
  }

  /**
   * Says that memory ran out, in one line on {@code err}, with a stack trace only when
   * {@code debug} asks for one.
   *
   * @return {@link ExitCode#INTERNAL}
   */
  static int report(OutOfMemoryError e, String source, PrintWriter err, boolean debug) {
    reserve = null;
    // Like every problem with one input, it is named by the input; otherwise by the program.
    err.println((source.isEmpty() ? "formulation: " : "") + message(source));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL;
  }

  /**
   * Has a thread of the program's own, or of a library's, that runs out of memory end the
   * program with the one line and exit code 70, instead of the JVM's stack trace.
   */
  static void onAnyThread(PrintWriter err) {
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (e instanceof OutOfMemoryError) {
        report((OutOfMemoryError) e, "", err, false);
        System.exit(ExitCode.INTERNAL);
      } else if (before != null) {
        before.uncaughtException(thread, e);
      } else {
        err.println("formulation: something went wrong inside formulation: " + e);
        err.flush();
      }
    });
  }

  /**
   * The most memory Java may use for its objects: -Xmx as given, or as Java chose it. The
   * runtime's own figure leaves out what the collector keeps aside, so it is a fallback.
   */
  private static long limit() {
    try {
      return Long.parseLong(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
          .getVMOption("MaxHeapSize").getValue());
    } catch (RuntimeException | LinkageError e) {
      return Runtime.getRuntime().maxMemory();
    }
  }

  /** A size in the words people use: 64 MB, 1 GB. */
  static String size(long bytes) {
    long mb = Math.max(1, bytes / (1024 * 1024));
    return mb >= 1024 && mb % 1024 == 0 ? mb / 1024 + " GB"
        : mb >= 1024 ? String.format(Locale.ROOT, "%.1f GB", mb / 1024.0) : mb + " MB";
  }

  /** Twice what Java may use now, rounded up, as {@code -Xmx} writes it: 128m, 2g. */
  static String option(long bytes) {
    long mb = Math.max(1, bytes / (1024 * 1024)) * 2;
    return mb >= 1024 ? (mb + 1023) / 1024 + "g" : mb + "m";
  }
}
