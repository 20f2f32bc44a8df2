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
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Turns JMH's results (its JSON output) and the command-line timing into tables of time and
 * ratio to baseline, each row against its target with PASS or MISS, ending with a plain list of
 * what was met and what was not. The same Markdown is printed and written into {@code
 * docs/benchmarks.md}, between the {@value #START} and {@value #END} markers, so the hand-written
 * explanation around it stays as it is.
 *
 * <p>Most benchmarks time an operation and its baseline in {@linkplain Paired pairs}: each
 * iteration gives a time per operation for both and the ratio of their totals. A result is the
 * mean over all iterations of all forks, with a 99.9% confidence interval from Student's t
 * distribution, as JMH gives its own scores.
 */
final class Report {
  static final String START = "<!-- results:start -->";
  static final String END = "<!-- results:end -->";

  private static final String LIBRARY = LibraryBenchmarks.class.getName() + ".";
  private static final String GROWTH = GrowthBenchmarks.class.getName() + ".";
  private static final String PDF = PdfBenchmarks.class.getName() + ".";
  private static final String DOCX = DocxBenchmarks.class.getName() + ".";
  private static final String FIRST = PdfFirstDocument.class.getName() + ".render";
  /** "Linear": this much more data may cost at most this many times more per byte. */
  private static final double LINEAR_SLACK = 1.2;
  private static final double CLI_SECONDS = 15;
  private static final double CLI_CORES = 1.5;
  private static final String COMPARE = "&nbsp;&nbsp;for comparison: ";

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
    againstBaselines(md);
    growth(md);
    pdf(md);
    docx(md);
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
    md.append(String.format(Locale.ROOT, "- Inputs: **worked** is the largest worked example,"
        + " `%s` (%s of YAML, %s as JSON); **generated** is made from it with %d factors and"
        + " %d actions (%s as JSON, %.1f times as much).%n%n", context.workedFile(),
        kb(context.workedYamlBytes()), kb(bytes(Inputs.WORKED)), Inputs.GENERATED_FACTORS,
        Inputs.GENERATED_ACTIONS, kb(bytes(Inputs.GENERATED)), dataGrew()));
  }

  private void againstBaselines(StringBuilder md) {
    md.append("### Against the baselines\n\n");
    md.append("Each operation is timed in pairs with its baseline, in the same JVM, in turn:"
        + " writing the same formulation as JSON, or for reading YAML, reading the same"
        + " formulation's JSON. Times are elapsed time per operation, averaged over every"
        + " measured iteration; the ratio is the mean of each iteration's ratio of totals, with"
        + " its 99.9% confidence interval.\n\n");
    md.append("| What | Size | Time | Baseline | Ratio | Target | Result |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (String size : List.of(Inputs.WORKED, Inputs.GENERATED)) {
      row(md, "Markdown", LIBRARY + "markdown", size, "× writing JSON", 1.5, true);
      row(md, "HTML page", LIBRARY + "html", size, "× writing JSON", 2, true);
      row(md, "Validation", LIBRARY + "validate", size, "× writing JSON", 1, true);
      row(md, COMPARE + "validation without its four plain-language rules",
          LIBRARY + "validateWithoutLanguageRules", size, "× writing JSON", 0, false);
      row(md, "Prioritisation", LIBRARY + "prioritise", size, "× writing JSON", 0.5, true);
      row(md, "Reading YAML", LIBRARY + "readYaml", size, "× reading JSON", 3, true);
      row(md, COMPARE + "Jackson's JSON parser alone, every token", LIBRARY + "jsonTokens",
          size, "× reading JSON", 0, false);
      row(md, COMPARE + "Jackson's YAML parser (SnakeYAML) alone, every token",
          LIBRARY + "yamlTokens", size, "× reading JSON", 0, false);
    }
    md.append('\n');
  }

  /** One row; a target of {@code atMost} is checked when {@code checked}. */
  private void row(StringBuilder md, String what, String benchmark, String size, String per,
      double atMost, boolean checked) {
    Optional<Pairs> found = pairs(benchmark, size);
    String label = size == null ? what : what + ", " + size;
    if (found.isEmpty()) {
      if (checked) {
        absent.add(label);
      }
      return;
    }
    Pairs p = found.get();
    md.append("| ").append(what).append(" | ").append(size == null ? "" : size).append(" | ")
        .append(time(p.target().mean())).append(" | ").append(time(p.baseline().mean()))
        .append(" | ").append(p.ratio().describe()).append(" | ");
    if (!checked) {
      md.append("| |\n");
      return;
    }
    boolean pass = p.ratio().mean() <= atMost;
    md.append("≤ ").append(number(atMost)).append(" | ").append(pass ? "PASS" : "**MISS**")
        .append(" |\n");
    record(pass, String.format(Locale.ROOT, "%s: %.2f %s (target ≤ %s)", label,
        p.ratio().mean(), per, number(atMost)));
  }

  private void growth(StringBuilder md) {
    md.append("### Growth with size\n\n");
    double ranked = rankedGrew();
    md.append(String.format(Locale.ROOT, "\"Linear\" means that the time grows by at most %s"
        + " times as much as the input (10 times the input, at most 12 times the time). Each"
        + " operation on the generated formulation is timed in pairs with the same operation on"
        + " the worked example. Validation reads the whole formulation, which grew %.1f times"
        + " as JSON; the prioritiser ranks only the perpetuating factors, which grew %.1f times"
        + " (from %d to %d).%n%n", number(LINEAR_SLACK), dataGrew(), ranked,
        perpetuating(Inputs.WORKED), perpetuating(Inputs.GENERATED)));
    md.append("| What | Time, generated | Time, worked | Time grew | Input grew | Allowed"
        + " | Result |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    growthRow(md, "Validation", "validate", dataGrew(), true);
    growthRow(md, "Prioritisation", "prioritise", ranked, true);
    growthRow(md, COMPARE + "writing JSON", "writeJson", dataGrew(), false);
    md.append('\n');
  }

  private void growthRow(StringBuilder md, String what, String method, double inputGrew,
      boolean checked) {
    Optional<Pairs> found = pairs(GROWTH + method, null);
    if (found.isEmpty() || inputGrew == 0) {
      if (checked) {
        absent.add(what + ", growth with size");
      }
      return;
    }
    Pairs p = found.get();
    double allowed = LINEAR_SLACK * inputGrew;
    md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s× | %.1f× |", what,
        time(p.target().mean()), time(p.baseline().mean()), p.ratio().describe(), inputGrew));
    if (!checked) {
      md.append(" | |\n");
      return;
    }
    boolean pass = p.ratio().mean() <= allowed;
    md.append(String.format(Locale.ROOT, " ≤ %.1f× | %s |%n", allowed,
        pass ? "PASS" : "**MISS**"));
    record(pass, String.format(Locale.ROOT, "%s grows linearly: %.1f× the time for %.1f× the"
        + " input (target ≤ %.1f×)", what, p.ratio().mean(), inputGrew, allowed));
  }

  private void pdf(StringBuilder md) {
    md.append("### PDF (the worked example)\n\n");
    md.append("The baseline is openhtmltopdf alone on a plain page carrying the same text, in its"
        + " defaults; each row is timed in pairs with it.\n\n");
    md.append("| What | Time | Baseline | Ratio | Target | Result |\n");
    md.append("|---|---|---|---|---|---|\n");
    pdfRow(md, COMPARE + "the plain page in the embedded fonts", "pdfWithFonts", false);
    pdfRow(md, COMPARE + "the plain page in the embedded fonts, tagged for PDF/UA", "pdfTagged",
        false);
    pdfRow(md, "Warm PDF from PdfRenderer", "pdf", true);
    Optional<JsonNode> first = results.stream()
        .filter(r -> r.path("benchmark").asText().equals(FIRST)).findFirst();
    List<Double> firsts = new ArrayList<>();
    List<Double> seconds = new ArrayList<>();
    if (first.isPresent()) {
      double unit = nanosPer(first.get().path("primaryMetric").path("scoreUnit").asText());
      for (JsonNode fork : first.get().path("primaryMetric").path("rawData")) {
        if (fork.size() >= 2) {
          firsts.add(fork.get(0).asDouble() * unit);
          seconds.add(fork.get(1).asDouble() * unit);
        }
      }
    }
    if (firsts.isEmpty()) {
      absent.add("First and second PDF from one renderer");
    } else {
      double one = median(firsts);
      double two = median(seconds);
      double cheaper = one / two;
      boolean pass = cheaper >= 10;
      md.append(String.format(Locale.ROOT, "| First PDF in a fresh JVM, building the renderer"
          + " (median of %d JVMs, and their range) | %s (%s to %s) | | | | |%n", firsts.size(),
          time(one), time(min(firsts)), time(max(firsts))));
      md.append(String.format(Locale.ROOT, "| Second PDF from the same renderer | %s (%s to %s)"
          + " | | %.1f× cheaper | ≥ 10× cheaper | %s |%n", time(two), time(min(seconds)),
          time(max(seconds)), cheaper, pass ? "PASS" : "**MISS**"));
      record(pass, String.format(Locale.ROOT, "Second PDF from one renderer: %.1f× cheaper"
          + " than the first (target ≥ 10×)", cheaper));
    }
    md.append('\n');
  }

  /** The Word document beside the HTML page; the issue sets no target, so it is reported only. */
  private void docx(StringBuilder md) {
    Optional<Pairs> found = pairs(DOCX + "docx", null);
    if (found.isEmpty()) {
      return;
    }
    Pairs p = found.get();
    md.append("### Word (the worked example)\n\n");
    md.append("The baseline is the HTML page of the same formulation, from the same outline;"
        + " each pair is timed together.\n\n");
    md.append("| What | Time | Baseline | Ratio |\n|---|---|---|---|\n");
    md.append("| Warm .docx from DocxRenderer | ").append(time(p.target().mean())).append(" | ")
        .append(time(p.baseline().mean())).append(" | ").append(p.ratio().describe())
        .append(" |\n\n");
  }

  private void pdfRow(StringBuilder md, String what, String method, boolean checked) {
    Optional<Pairs> found = pairs(PDF + method, null);
    if (found.isEmpty()) {
      if (checked) {
        absent.add(what);
      }
      return;
    }
    Pairs p = found.get();
    md.append("| ").append(what).append(" | ").append(time(p.target().mean())).append(" | ")
        .append(time(p.baseline().mean())).append(" | ").append(p.ratio().describe());
    if (!checked) {
      md.append(" | | |\n");
      return;
    }
    boolean pass = p.ratio().mean() <= 1.3;
    md.append(" | ≤ 1.3 | ").append(pass ? "PASS" : "**MISS**").append(" |\n");
    record(pass, String.format(Locale.ROOT, "Warm PDF: %.2f × openhtmltopdf on a plain page"
        + " (target ≤ 1.3)", p.ratio().mean()));
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

  private long bytes(String size) {
    return context.jsonBytes().getOrDefault(size, 0L);
  }

  private int perpetuating(String size) {
    return context.perpetuatingFactors() == null ? 0
        : context.perpetuatingFactors().getOrDefault(size, 0);
  }

  private double rankedGrew() {
    int worked = perpetuating(Inputs.WORKED);
    return worked == 0 ? 0 : (double) perpetuating(Inputs.GENERATED) / worked;
  }

  private double dataGrew() {
    long worked = bytes(Inputs.WORKED);
    return worked == 0 ? 0 : (double) bytes(Inputs.GENERATED) / worked;
  }

  /** Writes the report into the document between the markers, or at its end if none. */
  static void writeInto(Path doc, String markdown) throws IOException {
    writeInto(doc, markdown, START, END);
  }

  /** Writes {@code markdown} into the document between the given markers, or at its end. */
  static void writeInto(Path doc, String markdown, String start, String end) throws IOException {
    String block = start + "\n" + markdown.strip() + "\n" + end;
    String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
    int from = text.indexOf(start);
    int to = text.indexOf(end);
    String updated = from >= 0 && to > from
        ? text.substring(0, from) + block + text.substring(to + end.length())
        : text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n" + block + "\n";
    Files.writeString(doc, updated, StandardCharsets.UTF_8);
  }

  /** A paired benchmark's results: both halves' times per operation and their ratio. */
  private record Pairs(Estimate target, Estimate baseline, Estimate ratio) {}

  /** A mean over iterations and the half-width of its 99.9% confidence interval. */
  record Estimate(double mean, double error) {
    static Estimate of(List<Double> values) {
      int n = values.size();
      double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      if (n < 2) {
        return new Estimate(mean, Double.NaN);
      }
      double sum = 0;
      for (double v : values) {
        sum += (v - mean) * (v - mean);
      }
      double sd = Math.sqrt(sum / (n - 1));
      double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - 0.001 / 2);
      return new Estimate(mean, t * sd / Math.sqrt(n));
    }

    String describe() {
      return Double.isNaN(error) ? String.format(Locale.ROOT, "%.2f", mean)
          : String.format(Locale.ROOT, "%.2f ± %.2f", mean, error);
    }
  }

  private Optional<Pairs> pairs(String benchmark, String size) {
    for (JsonNode r : results) {
      if (!r.path("benchmark").asText().equals(benchmark)
          || (size != null && !size.equals(r.path("params").path("size").asText()))) {
        continue;
      }
      JsonNode metrics = r.path("secondaryMetrics");
      List<Double> target = new ArrayList<>();
      List<Double> baseline = new ArrayList<>();
      List<Double> ratio = new ArrayList<>();
      JsonNode t = metrics.path("targetNanos").path("rawData");
      JsonNode b = metrics.path("baselineNanos").path("rawData");
      JsonNode n = metrics.path("pairs").path("rawData");
      for (int fork = 0; fork < t.size(); fork++) {
        for (int i = 0; i < t.get(fork).size(); i++) {
          double pairs = n.get(fork).get(i).asDouble();
          double tn = t.get(fork).get(i).asDouble();
          double bn = b.get(fork).get(i).asDouble();
          if (pairs > 0 && bn > 0) {
            target.add(tn / pairs);
            baseline.add(bn / pairs);
            ratio.add(tn / bn);
          }
        }
      }
      if (ratio.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Pairs(Estimate.of(target), Estimate.of(baseline),
          Estimate.of(ratio)));
    }
    return Optional.empty();
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
