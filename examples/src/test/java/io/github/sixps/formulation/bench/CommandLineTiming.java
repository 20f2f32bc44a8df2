package io.github.sixps.formulation.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times {@code formulation render FOLDER --to pdf} over a folder of files in one process: the
 * worked examples copied, in turn, to the number of files asked for. The command runs in a fresh
 * JVM ({@link CommandLineRun}) with this JVM's class path and the launcher's Java options, the
 * way the launcher runs the built jar, so its start-up is counted too. It times whatever the command line does today, so running
 * it again after a change to the command shows the difference.
 */
final class CommandLineTiming {
  private CommandLineTiming() {}

  /**
   * What one run took.
   *
   * @param files how many formulations were given
   * @param pdfs how many PDFs were written (each checked to start as a PDF does)
   * @param exitCode the command's exit code
   * @param processWallMillis from starting the process until it ended
   * @param commandWallMillis from the command's main method until it exited
   * @param processCpuMillis CPU time of the whole process, JIT compiler and GC included
   * @param javaThreadsCpuMillis CPU time of the Java threads: the command's own work
   * @param loadBefore the system's one-minute load average just before the run
   */
  record Result(int files, int pdfs, int exitCode, long processWallMillis, long commandWallMillis,
      long processCpuMillis, long javaThreadsCpuMillis, double loadBefore) {

    /** The cores the command's own threads kept busy on average while it ran. */
    double coresBusy() {
      return commandWallMillis == 0 ? 0 : (double) javaThreadsCpuMillis / commandWallMillis;
    }
  }

  static Result run(Path workFolder, Path workedFolder, int files)
      throws IOException, InterruptedException {
    Path in = Files.createDirectories(workFolder.resolve("in"));
    Path out = workFolder.resolve("out");
    clear(in);
    clear(out);
    List<Path> examples = new ArrayList<>();
    try (Stream<Path> found = Files.list(workedFolder)) {
      found.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted()
          .forEach(examples::add);
    }
    if (examples.isEmpty()) {
      throw new IllegalStateException("no worked examples (.yaml) in " + workedFolder);
    }
    for (int i = 0; i < files; i++) {
      Path example = examples.get(i % examples.size());
      Files.copy(example, in.resolve(String.format("%03d-%s", i + 1, example.getFileName())));
    }

    Path stats = workFolder.resolve("cli-stats.properties");
    Files.deleteIfExists(stats);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(launcherOptions(LAUNCHER));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "-D" + CommandLineRun.STATS + "=" + stats, CommandLineRun.class.getName(),
        "render", in.toString(), "--to", "pdf", "--out", out.toString()));
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(workFolder.resolve("cli-output.txt").toFile())
        .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("the command line took more than 10 minutes; see "
          + workFolder.resolve("cli-output.txt"));
    }
    long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    Properties p = new Properties();
    try (InputStream s = Files.newInputStream(stats)) {
      p.load(s);
    }
    return new Result(files, countPdfs(out), process.exitValue(), wall,
        millis(p, "wallNanos"), millis(p, "processCpuNanos"), millis(p, "javaThreadsCpuNanos"),
        load);
  }

  /** The distribution's launcher script; the benchmarks run from the examples module. */
  static final Path LAUNCHER = Path.of("src", "dist", "bin", "formulation");

  private static final Pattern OPTIONS_LINE =
      Pattern.compile("^default_java_options=\"([^\"]*)\"$", Pattern.MULTILINE);

  /**
   * The Java options the launcher gives the command, read from its {@code default_java_options}
   * line, so that the command is measured as users run it.
   */
  static List<String> launcherOptions(Path launcher) throws IOException {
    Matcher m = OPTIONS_LINE.matcher(Files.readString(launcher));
    if (!m.find()) {
      throw new IllegalStateException("no default_java_options=\"...\" line in " + launcher);
    }
    String options = m.group(1).strip();
    return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
  }

  private static long millis(Properties p, String key) {
    return TimeUnit.NANOSECONDS.toMillis(Long.parseLong(p.getProperty(key)));
  }

  private static int countPdfs(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return 0;
    }
    int count = 0;
    try (Stream<Path> found = Files.list(out)) {
      for (Path pdf : (Iterable<Path>) found::iterator) {
        byte[] head = new byte[5];
        try (InputStream s = Files.newInputStream(pdf)) {
          if (s.readNBytes(head, 0, 5) == 5
              && new String(head, StandardCharsets.US_ASCII).equals("%PDF-")) {
            count++;
          }
        }
      }
    }
    return count;
  }

  private static void clear(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> found = Files.list(folder)) {
      for (Path p : (Iterable<Path>) found::iterator) {
        Files.delete(p);
      }
    }
  }
}
