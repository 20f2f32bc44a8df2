package io.github.sixps.formulation.bench;

import io.github.sixps.formulation.cli.FormulationCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the {@code formulation} command line in this JVM, exactly as its launcher does, and on
 * exit writes how much CPU time it took to the file named by the {@value #STATS} property. Started
 * in a process of its own by {@link CommandLineTiming}.
 *
 * <p>Two CPU times are written: the whole process's, which includes the JIT compiler and the
 * garbage collector (they use the second core even when the command's work is all on one
 * thread), and that of the Java threads, which is the command's own work. The Java threads are
 * sampled every few milliseconds because a thread's CPU time can only be read while it is alive.
 */
public final class CommandLineRun {
  static final String STATS = "sixps.bench.stats";
  private static final long SAMPLE_MILLIS = 10;

  private CommandLineRun() {}

  public static void main(String[] args) {
    Path stats = Path.of(System.getProperty(STATS));
    long start = System.nanoTime();
    Sampler sampler = new Sampler();
    Thread sampling = new Thread(sampler, "cpu-sampler");
    sampling.setDaemon(true);
    sampling.start();
    // The command line ends with System.exit, so the figures are written on the way out.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      long wall = System.nanoTime() - start;
      sampler.sample();
      com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
          ManagementFactory.getOperatingSystemMXBean();
      String text = "wallNanos=" + wall + "\nprocessCpuNanos=" + os.getProcessCpuTime()
          + "\njavaThreadsCpuNanos=" + sampler.total() + "\n";
      try {
        Files.writeString(stats, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
    FormulationCommand.main(args);
  }

  /** Keeps the last CPU time seen for every Java thread but itself. */
  private static final class Sampler implements Runnable {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> cpu = new HashMap<>();
    private long self = -1;

    @Override
    public void run() {
      self = Thread.currentThread().getId();
      while (true) {
        sample();
        try {
          Thread.sleep(SAMPLE_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    synchronized void sample() {
      long[] ids = threads.getAllThreadIds();
      long[] times = new long[ids.length];
      for (int i = 0; i < ids.length; i++) {
        times[i] = threads.getThreadCpuTime(ids[i]);
      }
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] != self && times[i] > 0) {
          cpu.merge(ids[i], times[i], Math::max);
        }
      }
    }

    synchronized long total() {
      return cpu.values().stream().mapToLong(Long::longValue).sum();
    }
  }
}
