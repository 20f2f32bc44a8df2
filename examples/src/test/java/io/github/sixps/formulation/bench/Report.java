package io.github.sixps.formulation.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns JMH's results (its JSON output) and the command-line timing into tables of time and
 * ratio to baseline, each row against its target with PASS or MISS, ending with a plain list of
 * what was met and what was not. The same Markdown is printed and written into {@code
 * docs/benchmarks.md}, between the {@value #START} and {@value #END} markers, so the hand-written
 * explanation around it stays as it is.
 */
final class Report {
  static final String START = "<!-- results:start -->";
  static final String END = "<!-- results:end -->";

  private static final String LIBRARY = LibraryBenchmarks.class.getName() + ".";
  private static final String PDF = PdfBenchmarks.class.getName() + ".";
  private static final String FIRST = PdfFirstDocument.class.getName() + ".render";
  /** "Linear": this much more data may cost at most this many times more per byte. */
  private static final double LINEAR_SLACK = 1.2;
  private static final double CLI_SECONDS = 15;
  private static final double CLI_CORES = 1.5;
  /** A row shown for comparison: its ratio is printed, with no target to meet. */
  private static final double NO_TARGET = Double.NaN;

  private final List<JsonNode> results;
  private final RunContext context;
  private final List<String> met = new ArrayList<>();
  private final List<String> missed = new ArrayList<>();
  private final List<String> absent = new ArrayList<>();

  Report(List<JsonNode> results, RunContext context) {
    this.results = results;
    this.context = context;
  }

  /** The report as Markdown. */
  String markdown() {
    met.clear();
    missed.clear();
    absent.clear();
    StringBuilder md = new StringBuilder();
    header(md);
    againstJson(md);
    linear(md);
    pdf(md);
    commandLine(md);
    summary(md);
    return md.toString();
  }

  private void header(StringBuilder md) {
    String jvm = results.isEmpty() ? System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version")
        : results.get(0).path("vmName").asText() + " " + results.get(0).path("vmVersion").asText()
            + " (JDK " + results.get(0).path("jdkVersion").asText() + ")";
    md.append("Run on ").append(context.date()).append(context.quick()
        ? " as a **quick run** (one fork, short iterations): a smoke test, not a measurement" : "")
        .append(".\n\n");
    md.append("- Machine: ").append(context.machine()).append('\n');
    md.append("- JVM: ").append(jvm).append('\n');
    md.append(String.format(Locale.ROOT, "- Load average (one minute): %.2f when the run started,"
        + " %.2f when it ended; other work on the machine competes for its cores.%n",
        context.loadBefore(), context.loadAfter()));
    long worked = context.jsonBytes().getOrDefault(Inputs.WORKED, 0L);
    long generated = context.jsonBytes().getOrDefault(Inputs.GENERATED, 0L);
    md.append(String.format(Locale.ROOT, "- Inputs: **worked** is the largest worked example,"
        + " `%s` (%s of YAML, %s as JSON); **generated** is made from it with %d factors and"
        + " %d actions (%s as JSON, %.1f times as much).%n%n", context.workedFile(),
        kb(context.workedYamlBytes()), kb(worked), Inputs.GENERATED_FACTORS,
        Inputs.GENERATED_ACTIONS, kb(generated), worked == 0 ? 0.0 : (double) generated / worked));
  }

  private void againstJson(StringBuilder md) {
    md.append("### Against the JSON baseline\n\n");
    md.append("Times are JMH's averages per operation with their 99.9% error margins: elapsed"
        + " time, and the benchmark JVM's CPU time. Ratios are of CPU time, to writing the same"
        + " formulation as JSON at the same size in the same run; reading YAML is compared with"
        + " reading the same formulation as JSON.\n\n");
    md.append("| What | Size | Elapsed | CPU | Ratio | Target | Result |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (String size : List.of(Inputs.WORKED, Inputs.GENERATED)) {
      row(md, "Writing JSON (the baseline)", "jsonBaseline", size, null, 0);
      row(md, "Markdown", "markdown", size, "jsonBaseline", 1.5);
      row(md, "HTML page", "html", size, "jsonBaseline", 2);
      row(md, "Validation", "validate", size, "jsonBaseline", 1);
      row(md, "&nbsp;&nbsp;for comparison: validation without its four plain-language rules",
          "validateWithoutLanguageRules", size, "jsonBaseline", NO_TARGET);
      row(md, "Prioritisation", "prioritise", size, "jsonBaseline", 0.5);
      row(md, "Reading JSON (the baseline for YAML)", "readJson", size, null, 0);
      row(md, "Reading YAML", "readYaml", size, "readJson", 3);
      row(md, "&nbsp;&nbsp;for comparison: Jackson's JSON parser alone, every token",
          "jsonTokens", size, "readJson", NO_TARGET);
      row(md, "&nbsp;&nbsp;for comparison: Jackson's YAML parser (SnakeYAML) alone, every token",
          "yamlTokens", size, "readJson", NO_TARGET);
    }
    md.append('\n');
  }

  private void row(StringBuilder md, String what, String method, String size, String baseline,
      double limit) {
    Optional<Score> score = find(LIBRARY + method, size);
    if (score.isEmpty()) {
      if (baseline != null && !Double.isNaN(limit)) {
        absent.add(what + " (" + size + ")");
      }
      return;
    }
    md.append("| ").append(what).append(" | ").append(size).append(" | ")
        .append(score.get().describe()).append(" | ");
    if (baseline == null) {
      md.append("1 | | |\n");
      return;
    }
    Optional<Score> base = find(LIBRARY + baseline, size);
    if (base.isEmpty()) {
      md.append("no baseline | | not measured |\n");
      if (!Double.isNaN(limit)) {
        absent.add(what + " (" + size + ")");
      }
      return;
    }
    double ratio = score.get().nanos() / base.get().nanos();
    double error = ratio * Math.hypot(score.get().relativeError(), base.get().relativeError());
    if (Double.isNaN(limit)) {
      md.append(String.format(Locale.ROOT, "%.2f ± %.2f | | |%n", ratio, error));
      return;
    }
    boolean pass = ratio <= limit;
    md.append(String.format(Locale.ROOT, "%.2f ± %.2f | ≤ %s | %s |%n", ratio, error,
        number(limit), pass ? "PASS" : "**MISS**"));
    record(pass, String.format(Locale.ROOT, "%s, %s: %.2f × %s (target ≤ %s)", what, size, ratio,
        baseline.equals("readJson") ? "reading JSON" : "the JSON baseline", number(limit)));
  }

  private void linear(StringBuilder md) {
    md.append("### Growth with size\n\n");
    long worked = context.jsonBytes().getOrDefault(Inputs.WORKED, 0L);
    long generated = context.jsonBytes().getOrDefault(Inputs.GENERATED, 0L);
    double dataGrew = worked == 0 ? 0 : (double) generated / worked;
    md.append(String.format(Locale.ROOT, "The generated formulation is %.1f times the worked"
        + " example's size as JSON. \"Linear\" means that the time grows by at most %s times as"
        + " much as the data (10 times the data, at most 12 times the time); rows without a"
        + " target are shown for comparison.%n%n", dataGrew, number(LINEAR_SLACK)));
    md.append("| What | CPU, worked | CPU, generated | Time grew | Allowed | Result |\n");
    md.append("|---|---|---|---|---|---|\n");
    String[][] rows = {
        {"Writing JSON (the baseline)", "jsonBaseline", ""}, {"Markdown", "markdown", ""},
        {"HTML page", "html", ""}, {"Validation", "validate", "target"},
        {"Prioritisation", "prioritise", "target"}, {"Reading JSON", "readJson", ""},
        {"Reading YAML", "readYaml", ""}};
    for (String[] r : rows) {
      Optional<Score> small = find(LIBRARY + r[1], Inputs.WORKED);
      Optional<Score> large = find(LIBRARY + r[1], Inputs.GENERATED);
      boolean target = !r[2].isEmpty();
      if (small.isEmpty() || large.isEmpty() || dataGrew == 0) {
        if (target) {
          absent.add(r[0] + ", growth with size");
        }
        continue;
      }
      double grew = large.get().nanos() / small.get().nanos();
      double allowed = LINEAR_SLACK * dataGrew;
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f× |", r[0],
          time(small.get().nanos()), time(large.get().nanos()), grew));
      if (target) {
        boolean pass = grew <= allowed;
        md.append(String.format(Locale.ROOT, " ≤ %.1f× | %s |%n", allowed,
            pass ? "PASS" : "**MISS**"));
        record(pass, String.format(Locale.ROOT, "%s grows linearly: %.1f× the time for %.1f×"
            + " the data (target ≤ %.1f×)", r[0], grew, dataGrew, allowed));
      } else {
        md.append(" | |\n");
      }
    }
    md.append('\n');
  }

  private void pdf(StringBuilder md) {
    md.append("### PDF (the worked example)\n\n");
    md.append("| What | Elapsed | CPU | Ratio | Target | Result |\n");
    md.append("|---|---|---|---|---|---|\n");
    Optional<Score> warm = find(PDF + "pdf", null);
    Optional<Score> base = find(PDF + "pdfBaseline", null);
    if (base.isPresent()) {
      md.append("| openhtmltopdf alone on a plain page with the same text (the baseline) | ")
          .append(base.get().describe()).append(" | 1 | | |\n");
    }
    String[][] parts = {
        {"pdfBaselineWithFonts", "&nbsp;&nbsp;for comparison: the plain page in the embedded fonts"},
        {"pdfBaselineTagged",
            "&nbsp;&nbsp;for comparison: the plain page in the embedded fonts, tagged for PDF/UA"}};
    for (String[] part : parts) {
      Optional<Score> p = find(PDF + part[0], null);
      if (p.isPresent() && base.isPresent()) {
        double ratio = p.get().nanos() / base.get().nanos();
        double error = ratio * Math.hypot(p.get().relativeError(), base.get().relativeError());
        md.append(String.format(Locale.ROOT, "| %s | %s | %.2f ± %.2f | | |%n", part[1],
            p.get().describe(), ratio, error));
      }
    }
    if (warm.isPresent() && base.isPresent()) {
      double ratio = warm.get().nanos() / base.get().nanos();
      double error = ratio * Math.hypot(warm.get().relativeError(), base.get().relativeError());
      boolean pass = ratio <= 1.3;
      md.append(String.format(Locale.ROOT, "| Warm PDF from PdfRenderer | %s | %.2f ± %.2f |"
          + " ≤ 1.3 | %s |%n", warm.get().describe(), ratio, error, pass ? "PASS" : "**MISS**"));
      record(pass, String.format(Locale.ROOT, "Warm PDF: %.2f × openhtmltopdf on a plain page"
          + " (target ≤ 1.3)", ratio));
    } else {
      absent.add("Warm PDF against openhtmltopdf on a plain page");
    }
    Optional<JsonNode> first = results.stream()
        .filter(r -> r.path("benchmark").asText().equals(FIRST)).findFirst();
    if (first.isPresent()) {
      double unit = nanosPer(first.get().path("primaryMetric").path("scoreUnit").asText());
      List<Double> firsts = new ArrayList<>();
      List<Double> seconds = new ArrayList<>();
      for (JsonNode fork : first.get().path("primaryMetric").path("rawData")) {
        if (fork.size() >= 2) {
          firsts.add(fork.get(0).asDouble() * unit);
          seconds.add(fork.get(1).asDouble() * unit);
        }
      }
      if (!firsts.isEmpty()) {
        double one = median(firsts);
        double two = median(seconds);
        double cheaper = one / two;
        boolean pass = cheaper >= 10;
        md.append(String.format(Locale.ROOT, "| First PDF in a fresh JVM, building the renderer"
            + " (median of %d JVMs) | %s (%s to %s) | | | | |%n", firsts.size(), time(one),
            time(min(firsts)), time(max(firsts))));
        md.append(String.format(Locale.ROOT, "| Second PDF from the same renderer | %s (%s to %s)"
            + " | | %.1f× cheaper | ≥ 10× cheaper | %s |%n", time(two), time(min(seconds)),
            time(max(seconds)), cheaper, pass ? "PASS" : "**MISS**"));
        record(pass, String.format(Locale.ROOT, "Second PDF from one renderer: %.1f× cheaper"
            + " than the first (target ≥ 10×)", cheaper));
      }
    } else {
      absent.add("First and second PDF from one renderer");
    }
    md.append('\n');
  }

  private void commandLine(StringBuilder md) {
    md.append("### Command line\n\n");
    CommandLineTiming.Result cli = context.commandLine();
    if (cli == null) {
      md.append("Not run this time.\n\n");
      absent.add("Command line over 200 files");
      return;
    }
    md.append(String.format(Locale.ROOT, "`formulation render FOLDER --to pdf` over %d files"
        + " (the worked examples copied in turn) in one fresh process; exit code %d, %d PDFs"
        + " written. Load average %.2f just before it started.%n%n", cli.files(), cli.exitCode(),
        cli.pdfs(), cli.loadBefore()));
    md.append("| What | Measured | Target | Result |\n");
    md.append("|---|---|---|---|\n");
    double seconds = cli.processWallMillis() / 1000.0;
    boolean fast = seconds <= CLI_SECONDS && cli.exitCode() == 0 && cli.pdfs() == cli.files();
    md.append(String.format(Locale.ROOT, "| Time from starting the process to its end | %.1f s"
        + " | ≤ %s s | %s |%n", seconds, number(CLI_SECONDS), fast ? "PASS" : "**MISS**"));
    boolean both = cli.coresBusy() >= CLI_CORES;
    md.append(String.format(Locale.ROOT, "| Cores kept busy by the command's own threads (their"
        + " CPU time %.1f s ÷ %.1f s running) | %.2f | ≥ %s (both cores) | %s |%n",
        cli.javaThreadsCpuMillis() / 1000.0, cli.commandWallMillis() / 1000.0, cli.coresBusy(),
        number(CLI_CORES), both ? "PASS" : "**MISS**"));
    md.append(String.format(Locale.ROOT, "| The whole process's CPU time, JIT compiler and"
        + " garbage collector included | %.1f s (%.2f cores) | | |%n%n",
        cli.processCpuMillis() / 1000.0,
        cli.commandWallMillis() == 0 ? 0.0 : (double) cli.processCpuMillis()
            / cli.commandWallMillis()));
    record(fast, String.format(Locale.ROOT, "Command line, %d PDFs in one process: %.1f s"
        + " (target ≤ %s s)", cli.files(), seconds, number(CLI_SECONDS)));
    record(both, String.format(Locale.ROOT, "Command line uses both cores: %.2f cores busy"
        + " (target ≥ %s)", cli.coresBusy(), number(CLI_CORES)));
  }

  private void summary(StringBuilder md) {
    md.append("### Targets met and missed\n\n");
    md.append(String.format(Locale.ROOT, "%d of %d targets met.%n%n", met.size(),
        met.size() + missed.size()));
    if (!missed.isEmpty()) {
      md.append("Missed:\n\n");
      missed.forEach(m -> md.append("- ").append(m).append('\n'));
      md.append('\n');
    }
    if (!met.isEmpty()) {
      md.append("Met:\n\n");
      met.forEach(m -> md.append("- ").append(m).append('\n'));
      md.append('\n');
    }
    if (!absent.isEmpty()) {
      md.append("Not measured in this run:\n\n");
      absent.forEach(m -> md.append("- ").append(m).append('\n'));
      md.append('\n');
    }
  }

  private void record(boolean pass, String line) {
    (pass ? met : missed).add(line);
  }

  /** Writes the report into the document between the markers, or at its end if they are not there. */
  static void writeInto(Path doc, String markdown) throws IOException {
    String block = START + "\n" + markdown.strip() + "\n" + END;
    String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    String updated = start >= 0 && end > start
        ? text.substring(0, start) + block + text.substring(end + END.length())
        : text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n" + block + "\n";
    Files.writeString(doc, updated, StandardCharsets.UTF_8);
  }

  private Optional<Score> find(String benchmark, String size) {
    for (JsonNode r : results) {
      if (r.path("benchmark").asText().equals(benchmark)
          && (size == null || size.equals(r.path("params").path("size").asText()))) {
        Metric wall = metric(r.path("primaryMetric"));
        JsonNode cpu = r.path("secondaryMetrics").path(CpuTimeProfiler.LABEL);
        return Optional.of(new Score(wall, cpu.isMissingNode() ? null : metric(cpu)));
      }
    }
    return Optional.empty();
  }

  private static Metric metric(JsonNode metric) {
    double unit = nanosPer(metric.path("scoreUnit").asText());
    double error = metric.path("scoreError").asDouble(Double.NaN);
    return new Metric(metric.path("score").asDouble() * unit,
        Double.isNaN(error) ? 0 : error * unit);
  }

  /** A time per operation and its error margin, in nanoseconds. */
  private record Metric(double nanos, double error) {
    double relativeError() {
      return nanos == 0 ? 0 : error / nanos;
    }

    String describe() {
      return time(nanos) + String.format(Locale.ROOT, " ± %.0f%%", 100 * relativeError());
    }
  }

  /**
   * One benchmark's elapsed time per operation and, when measured, its CPU time per operation,
   * which ratios use because it does not count time spent waiting for a core.
   */
  private record Score(Metric wall, Metric cpu) {
    Metric basis() {
      return cpu != null ? cpu : wall;
    }

    double nanos() {
      return basis().nanos();
    }

    double relativeError() {
      return basis().relativeError();
    }

    String describe() {
      return wall.describe() + " | " + (cpu == null ? "" : cpu.describe());
    }
  }

  private static double nanosPer(String unit) {
    switch (unit) {
      case "ns/op":
        return 1;
      case "us/op":
        return 1e3;
      case "ms/op":
        return 1e6;
      case "s/op":
        return 1e9;
      default:
        throw new IllegalArgumentException("unit: expected a time per operation, was " + unit);
    }
  }

  static String time(double nanos) {
    if (nanos >= 1e9) {
      return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
    if (nanos >= 1e6) {
      return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
    return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
  }

  private static String kb(long bytes) {
    return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }
}
