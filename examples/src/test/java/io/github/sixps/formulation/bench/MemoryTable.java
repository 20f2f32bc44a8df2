package io.github.sixps.formulation.bench;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.io.ReadLimits;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The heap that reading, validating and rendering need as the input grows: the largest worked
 * example at 1, 10 and 100 times its size and at the reader's default size limit, each operation
 * in a fresh JVM under {@code -Xmx1g} ({@link MemoryCase}), and at the limit before it was
 * lowered to what fits. Run with
 * {@code ./mvnw -B -Pbenchmarks -DskipTests -pl examples -am verify -Dbenchmarks.args=memory};
 * the table is printed and written into {@code docs/benchmarks.md} between the {@code memory}
 * markers.
 *
 * <p>The inputs are {@link ScaledFormulation}s written as YAML: the worked example's factors and
 * actions repeated k times, with k chosen so the file is as many times the size of the worked
 * example (written by the same writer) as asked.
 */
final class MemoryTable {
  static final String START = "<!-- memory:start -->";
  static final String END = "<!-- memory:end -->";
  static final String HEAP = "-Xmx1g";
  static final long HEAP_BYTES = 1L << 30;
  static final List<String> OPERATIONS = List.of("read", "validate", "markdown", "html", "pdf");
  /** The reader's default size limit before this table lowered it. */
  static final int OLD_LIMIT = 8 * 1024 * 1024;
  private static final long TIMEOUT_SECONDS = 1800;

  private final Formulation base;
  private final int baseFactors;
  private final int baseActions;
  private final Path folder;

  /** A table over {@code base}'s copies, whose files are written into {@code folder}. */
  MemoryTable(Formulation base, Path folder) {
    this.base = base;
    int factors = 0;
    for (FactorKind kind : FactorKind.values()) {
      factors += base.factors(kind).size();
    }
    this.baseFactors = factors;
    this.baseActions = base.plan().actions().size();
    this.folder = folder;
  }

  /** Runs the table and writes it; {@code results} is the build folder for the files. */
  static void run(Path results, Path doc) throws IOException, InterruptedException {
    Path worked = Inputs.largestWorkedExample();
    Formulation base = FormulationReader.standard().read(worked);
    Path folder = Files.createDirectories(results.resolve("memory"));
    double loadBefore = load();
    MemoryTable table = new MemoryTable(base, folder);
    String markdown = table.measure(worked.getFileName().toString(), loadBefore);
    System.out.println();
    System.out.println(markdown);
    if (doc != null) {
      Report.writeInto(doc, markdown, START, END);
      System.out.println("Written into " + doc.toAbsolutePath().normalize());
    }
  }

  private String measure(String workedName, double loadBefore)
      throws IOException, InterruptedException {
    int limit = ReadLimits.defaults().maxBytes();
    long one = yaml(1).length;
    Map<String, Integer> scales = new LinkedHashMap<>();
    scales.put("1×", 1);
    scales.put("10×", copiesWithin(10 * one));
    scales.put("100×", copiesWithin(100 * one));
    scales.put("the read limit", copiesWithin(limit));
    scales.put("8 MB, the read limit before", copiesWithin(OLD_LIMIT));

    List<String> rows = new ArrayList<>();
    Map<String, Map<String, Result>> all = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> scale : scales.entrySet()) {
      Path file = write(scale.getValue());
      Map<String, Result> byOperation = new LinkedHashMap<>();
      for (String operation : OPERATIONS) {
        Result r = runCase(operation, file);
        System.out.println("memory: " + scale.getKey() + " " + operation + ": " + r);
        byOperation.put(operation, r);
      }
      all.put(scale.getKey(), byOperation);
      rows.add(row(scale.getKey(), Files.size(file), scale.getValue(), byOperation));
    }

    StringBuilder out = new StringBuilder();
    out.append("Run on ").append(LocalDate.now()).append(", under `").append(HEAP)
        .append("`, each operation in a fresh JVM.\n\n");
    out.append("- Load average (one minute): ").append(format("%.2f", loadBefore))
        .append(" when the run started, ").append(format("%.2f", load()))
        .append(" when it ended.\n");
    out.append("- Input: `").append(workedName).append("` written as YAML (")
        .append(kb(one)).append("), its ").append(baseFactors).append(" factors and ")
        .append(baseActions).append(" actions repeated; the read limit is ")
        .append(kb(limit)).append(".\n\n");
    out.append("Each cell: the most heap still in use after a collection / the most in use at any"
        + " moment, and the elapsed time; **OOM** where the JVM ran out of its 1 GB.\n\n");
    out.append("| Input | YAML | Copies |");
    for (String operation : OPERATIONS) {
      out.append(' ').append(operation).append(" |");
    }
    out.append("\n|---|---|---|");
    OPERATIONS.forEach(o -> out.append("---|"));
    out.append('\n');
    rows.forEach(r -> out.append(r).append('\n'));
    out.append('\n').append(growth(all, scales)).append('\n');
    return out.toString();
  }

  private String growth(Map<String, Map<String, Result>> all, Map<String, Integer> scales)
      throws IOException {
    double input = (double) yaml(scales.get("100×")).length / yaml(scales.get("10×")).length;
    StringBuilder out = new StringBuilder();
    out.append(format("From 10× to 100× the input grew %.1f times; the most heap in use after a"
        + " collection grew:\n\n", input));
    out.append("| Operation | Grew | Allowed (no faster than the input) | Result |\n|---|---|---|---|\n");
    for (String operation : OPERATIONS) {
      Result ten = all.get("10×").get(operation);
      Result hundred = all.get("100×").get(operation);
      if (!ten.fits() || !hundred.fits() || ten.peakAfterGc == 0) {
        out.append("| ").append(operation).append(" | not measured | | |\n");
        continue;
      }
      double grew = (double) hundred.peakAfterGc / ten.peakAfterGc;
      out.append(format("| %s | %.1f× | ≤ %.1f× | %s |\n", operation, grew, input,
          grew <= input ? "PASS" : "**MISS**"));
    }
    return out.toString();
  }

  private String row(String name, long bytes, int copies, Map<String, Result> results) {
    StringBuilder out = new StringBuilder("| ").append(name).append(" | ").append(kb(bytes))
        .append(" | ").append(copies).append(" |");
    for (String operation : OPERATIONS) {
      out.append(' ').append(results.get(operation)).append(" |");
    }
    return out.toString();
  }

  /** The most copies whose YAML is at most {@code bytes} long (and at least one copy). */
  int copiesWithin(long bytes) {
    long one = yaml(1).length;
    long perCopy = yaml(2).length - one;
    int copies = (int) Math.max(1, 1 + (bytes - one) / perCopy);
    long size = size(copies);
    while (copies > 1 && (size < 0 || size > bytes)) {
      copies -= size < 0 ? 1 : Math.max(1, (size - bytes) / perCopy);
      size = size(copies);
    }
    return copies;
  }

  /** The size of the file of {@code copies} copies; -1 past the size the writer writes. */
  private long size(int copies) {
    try {
      return yaml(copies).length;
    } catch (IllegalArgumentException pastTheReadLimit) {
      // The writer refuses a file the reader would refuse: one past the read limit.
      return -1;
    }
  }

  private byte[] yaml(int copies) {
    Formulation f = ScaledFormulation.of(base, baseFactors * copies, baseActions * copies);
    return FormulationWriter.standard().write(f, FileFormat.YAML)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The file of {@code copies} copies, written the first time it is asked for. */
  Path write(int copies) throws IOException {
    Path file = folder.resolve("copies-" + copies + ".yaml");
    if (!Files.exists(file)) {
      Files.write(file, yaml(copies));
    }
    return file;
  }

  /** Runs one case in a fresh JVM with the test class path. */
  static Result runCase(String operation, Path file) throws IOException, InterruptedException {
    return runCase(MemoryCase.class.getName(), operation, file);
  }

  /**
   * Runs one case with {@code mainClass} (whose {@code main} measures through {@link
   * MemoryCase#measure}, as the engine comparison's does) in a fresh JVM with the test class path.
   */
  static Result runCase(String mainClass, String operation, Path file)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = file.resolveSibling(file.getFileName() + "." + operation + ".out");
    Path log = file.resolveSibling(file.getFileName() + "." + operation + ".log");
    // A small starting heap makes the collector run as the heap grows, so that the peaks seen
    // after a collection follow what is alive; the quick compiler only, as the launcher runs.
    Process p = new ProcessBuilder(java, HEAP, "-Xms16m", "-XX:+ExitOnOutOfMemoryError",
        "-XX:TieredStopAtLevel=1",
        "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        mainClass, operation, file.toString(), out.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long start = System.nanoTime();
    boolean ended = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (!ended) {
      p.destroyForcibly().waitFor();
    }
    Files.deleteIfExists(out);
    String text = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    if (!ended) {
      return new Result("not done after " + TIMEOUT_SECONDS + " s", 0, 0, millis);
    }
    if (p.exitValue() == MemoryCase.OUT_OF_MEMORY) {
      return new Result("**OOM**", 0, 0, millis);
    }
    String line = text.lines().filter(l -> l.startsWith("peakUsed=")).reduce((a, b) -> b)
        .orElseThrow(() -> new IllegalStateException(operation + " of " + file + " failed ("
            + p.exitValue() + "):\n" + text));
    Map<String, Long> values = new LinkedHashMap<>();
    for (String pair : line.split(" ")) {
      int eq = pair.indexOf('=');
      values.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
    }
    return new Result(null, values.get("peakAfterGc"), values.get("peakUsed"),
        values.get("millis"));
  }

  /**
   * One case's outcome: why it failed (out of memory, or not done in time), or else its two
   * peaks; and its elapsed time.
   */
  record Result(String failure, long peakAfterGc, long peakUsed, long millis) {
    /** {@return whether the case ran to its end within the heap} */
    boolean fits() {
      return failure == null;
    }

    @Override
    public String toString() {
      if (!fits()) {
        return failure + format(" after %.1f s", millis / 1000.0);
      }
      return (peakAfterGc == 0 ? "no collection" : mb(peakAfterGc)) + " / " + mb(peakUsed) + ", "
          + format("%.1f s", millis / 1000.0);
    }
  }

  static String mb(long bytes) {
    return format("%.0f MB", bytes / (1024.0 * 1024));
  }

  static String kb(long bytes) {
    return bytes >= 1024 * 1024 ? format("%.2f MB", bytes / (1024.0 * 1024))
        : format("%.1f KB", bytes / 1024.0);
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
