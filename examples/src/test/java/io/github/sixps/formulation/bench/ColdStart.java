package io.github.sixps.formulation.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A cold one-file PDF from the command line's distribution against Chromium printing the same
 * page, the tool a user would otherwise reach for: {@code bin/formulation render X --to pdf}
 * with its class-data archive, the same with {@code FORMULATION_CDS=off}, and
 * {@code chromium --headless --print-to-pdf} over {@code formulation render X --to html}'s page,
 * each in a fresh process with a fresh output folder (and for Chromium a fresh profile). The
 * three run in turn, in a different order each round, so that each round's ratios compare runs
 * that saw the same moment of a shared machine; the report gives the medians of the times and of
 * the rounds' ratios. One unmeasured round first makes the archive and fills the file cache.
 *
 * <p>Run with {@code ./mvnw -B -Pbenchmarks -DskipTests -pl examples -am verify
 * -Dbenchmarks.args=cold-start} after {@code ./mvnw -B -q -DskipTests -Dinvoker.skip -pl examples
 * -am package} has made the distribution; the table is written into {@code docs/benchmarks.md}
 * between the {@code cold-start} markers.
 */
final class ColdStart {
  static final String START = "<!-- cold-start:start -->";
  static final String END = "<!-- cold-start:end -->";
  static final int ROUNDS = 21;
  static final String CHROMIUM = "/usr/bin/chromium";
  private static final List<String> NAMES =
      List.of("formulation, with its archive", "formulation, FORMULATION_CDS=off", "Chromium");

  private ColdStart() {}

  static void run(Path results, Path doc, int rounds) throws IOException, InterruptedException {
    Path launcher = distribution().resolve("bin").resolve("formulation");
    Path worked = Inputs.largestWorkedExample();
    Path folder = Files.createDirectories(results.resolve("cold-start"));
    Path pages = folder.resolve("page");
    delete(pages);
    exec(List.of(launcher.toString(), "render", worked.toString(), "--to", "html", "--out",
        pages.toString()), Map.of());
    Path page;
    try (Stream<Path> files = Files.list(pages)) {
      page = files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
    }

    double loadBefore = load();
    List<long[]> times = new ArrayList<>();
    List<long[]> cpu = new ArrayList<>();
    for (int round = -1; round < rounds; round++) {
      long[] t = new long[NAMES.size()];
      long[] c = new long[NAMES.size()];
      for (int k = 0; k < NAMES.size(); k++) {
        int which = Math.floorMod(round + k, NAMES.size());
        if (round % 2 != 0) {
          which = NAMES.size() - 1 - which;
        }
        Path out = folder.resolve("out");
        delete(out);
        Files.createDirectories(out);
        List<String> command;
        Map<String, String> env = new LinkedHashMap<>();
        if (which < 2) {
          command = List.of(launcher.toString(), "render", worked.toString(), "--to", "pdf",
              "--out", out.toString());
          env.put("FORMULATION_CDS", which == 0 ? "on" : "off");
        } else {
          Path profile = Files.createDirectories(out.resolve("profile"));
          command = List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
              "--disable-background-networking", "--user-data-dir=" + profile,
              "--print-to-pdf=" + out.resolve("page.pdf"), page.toUri().toString());
        }
        long[] measured = exec(command, env);
        t[which] = measured[0];
        c[which] = measured[1];
        try (Stream<Path> files = Files.list(out)) {
          if (files.noneMatch(p -> p.toString().endsWith(".pdf"))) {
            throw new IllegalStateException(NAMES.get(which) + " wrote no PDF: " + command);
          }
        }
      }
      if (round >= 0) {
        times.add(t);
        cpu.add(c);
        System.out.println(String.format(Locale.ROOT, "cold-start: round %d: %s %s", round + 1,
            java.util.Arrays.toString(t), java.util.Arrays.toString(c)));
      }
    }
    String markdown = report(worked.getFileName().toString(), rounds, times, cpu, loadBefore,
        load());
    System.out.println(markdown);
    if (doc != null) {
      Report.writeInto(doc, markdown, START, END);
    }
  }

  private static String report(String example, int rounds, List<long[]> times,
      List<long[]> cpu, double before, double after) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Run on %s: %d rounds, `%s`. Load average (one minute)"
        + " %.2f when the run started, %.2f when it ended.%n%n", LocalDate.now(), rounds, example,
        before, after));
    out.append("Elapsed time, from starting the process to its end:\n\n");
    table(out, times);
    out.append("\nProcessor time (user and system) of the process and every process it started:"
        + "\n\n");
    table(out, cpu);
    return out.toString();
  }

  private static void table(StringBuilder out, List<long[]> times) {
    out.append("| What | Median | Fastest | Slowest | Median of the rounds' ratios to Chromium |\n"
        + "|---|---|---|---|---|\n");
    for (int i = 0; i < NAMES.size(); i++) {
      int which = i;
      List<Double> own = new ArrayList<>();
      List<Double> ratio = new ArrayList<>();
      for (long[] t : times) {
        own.add(t[which] / 1e6);
        ratio.add((double) t[which] / t[2]);
      }
      out.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.2f |%n",
          NAMES.get(i), median(own), own.stream().min(Comparator.naturalOrder()).orElseThrow(),
          own.stream().max(Comparator.naturalOrder()).orElseThrow(), median(ratio)));
    }
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.naturalOrder());
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * Runs a command to its end, its output discarded, and gives its elapsed time and the
   * processor time of it and every process it waited for, in ns. The processor time comes from
   * bash's {@code times}, the only portable way to read a finished process tree's usage; the
   * few milliseconds of starting bash count for every command alike.
   */
  static long[] exec(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    List<String> wrapped = new ArrayList<>(List.of("bash", "-c",
        "\"$@\" >/dev/null 2>&1 </dev/null; s=$?; times; exit $s", "cold-start"));
    wrapped.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(wrapped).redirectErrorStream(true);
    pb.environment().putAll(env);
    long start = System.nanoTime();
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("over 300 s: " + command);
    }
    long elapsed = System.nanoTime() - start;
    if (p.exitValue() != 0) {
      throw new IllegalStateException("exit " + p.exitValue() + ": " + command);
    }
    // The second line of `times` is the children's user and system time, "0m1.234s 0m0.056s".
    String[] children = output.strip().lines().reduce((a, b) -> b).orElseThrow().split(" ");
    return new long[] {elapsed, seconds(children[0]) + seconds(children[1])};
  }

  private static long seconds(String minutesAndSeconds) {
    int m = minutesAndSeconds.indexOf('m');
    double value = Integer.parseInt(minutesAndSeconds.substring(0, m)) * 60
        + Double.parseDouble(minutesAndSeconds.substring(m + 1, minutesAndSeconds.length() - 1));
    return Math.round(value * 1e9);
  }

  /** The distribution's folder that {@code package} made: target/formulation-V/formulation-V. */
  static Path distribution() throws IOException {
    return distribution(Path.of("target"));
  }

  /** The distribution's folder that {@code package} made in the build folder {@code target}. */
  static Path distribution(Path buildFolder) throws IOException {
    Path target = buildFolder.toAbsolutePath();
    try (Stream<Path> outer = Files.list(target)) {
      for (Path p : (Iterable<Path>) outer::iterator) {
        Path inner = p.resolve(p.getFileName());
        if (p.getFileName().toString().startsWith("formulation-")
            && Files.isExecutable(inner.resolve("bin").resolve("formulation"))) {
          return inner;
        }
      }
    }
    throw new IllegalStateException("no distribution in " + target + ": run ./mvnw -B -q"
        + " -DskipTests -Dinvoker.skip -pl examples -am package first");
  }

  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
