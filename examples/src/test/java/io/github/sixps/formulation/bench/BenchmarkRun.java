package io.github.sixps.formulation.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and writes the report: the JMH benchmarks in {@link LibraryBenchmarks},
 * {@link GrowthBenchmarks}, {@link PdfBenchmarks}, {@link DocxBenchmarks} and {@link
 * PdfFirstDocument}, then the
 * command line over 200 files ({@link CommandLineTiming}), then the {@link Report}, printed and
 * written into {@code docs/benchmarks.md}. Run from the examples module's folder by
 * {@code ./mvnw -B -Pbenchmarks -DskipTests -pl examples -am verify}. Only a complete run (none
 * of the arguments below but the first two and {@code report-only}) writes its report into the
 * document.
 *
 * <p>Arguments: {@code --results DIR} (where JMH's results and the command line's files go),
 * {@code --doc FILE} (the document to write the report into), and any of {@code quick} (one
 * fork and short iterations: a smoke test, whose report is printed but not written into the
 * document), {@code report-only} (write the report again from the saved results),
 * {@code skip-cli} (leave out the command-line run), {@code memory} (instead of everything
 * else, the {@linkplain MemoryTable heap table}, written between its own markers),
 * {@code cold-start} (likewise, the {@linkplain ColdStart cold start against Chromium}),
 * {@code only=REGEX} (only the JMH
 * benchmarks whose names match) and {@code prof=NAME} (add a JMH profiler, such as {@code jfr}
 * or {@code stack}, to every benchmark).
 */
public final class BenchmarkRun {
  static final int CLI_FILES = 200;

  private BenchmarkRun() {}

  public static void main(String[] args) throws Exception {
    Path results = Path.of("target", "benchmarks");
    Path doc = null;
    boolean quick = false;
    boolean reportOnly = false;
    boolean skipCli = false;
    boolean memory = false;
    boolean coldStart = false;
    String only = null;
    List<String> profilers = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--results") && i + 1 < args.length) {
        results = Path.of(args[++i]);
      } else if (arg.equals("--doc") && i + 1 < args.length) {
        doc = Path.of(args[++i]);
      } else if (arg.equals("quick")) {
        quick = true;
      } else if (arg.equals("cold-start")) {
        coldStart = true;
      } else if (arg.equals("memory")) {
        memory = true;
      } else if (arg.equals("report-only")) {
        reportOnly = true;
      } else if (arg.equals("skip-cli")) {
        skipCli = true;
      } else if (arg.startsWith("only=")) {
        only = arg.substring("only=".length());
      } else if (arg.startsWith("prof=")) {
        profilers.add(arg.substring("prof=".length()));
      } else if (!arg.isBlank()) {
        System.err.println("benchmarks: unknown argument \"" + arg + "\"; expected --results DIR,"
            + " --doc FILE, quick, report-only, skip-cli, memory, cold-start, only=REGEX or prof=NAME");
        System.exit(2);
      }
    }
    Files.createDirectories(results);
    if (memory || coldStart) {
      if (memory) {
        MemoryTable.run(results, doc);
      }
      if (coldStart) {
        ColdStart.run(results, doc, ColdStart.ROUNDS);
      }
      return;
    }
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Path contextFile = results.resolve("context.json");
    Path warmFile = results.resolve("jmh-warm.json");
    Path firstFile = results.resolve("jmh-first.json");

    RunContext context;
    if (reportOnly) {
      context = json.readValue(contextFile.toFile(), RunContext.class);
    } else {
      context = run(results, warmFile, firstFile, quick, skipCli, only, profilers);
      json.writeValue(contextFile.toFile(), context);
    }

    List<JsonNode> all = new ArrayList<>();
    for (Path file : List.of(warmFile, firstFile)) {
      if (Files.exists(file)) {
        json.readTree(file.toFile()).forEach(all::add);
      }
    }
    String markdown = new Report(all, context).markdown();
    System.out.println();
    System.out.println(markdown);
    if (doc != null && context.complete()) {
      Report.writeInto(doc, markdown);
      System.out.println("Written into " + doc.toAbsolutePath().normalize());
    } else if (doc != null) {
      System.out.println("Not written into " + doc.getFileName() + ": only a complete run is");
    }
  }

  private static RunContext run(Path results, Path warmFile, Path firstFile, boolean quick,
      boolean skipCli, String only, List<String> profilers)
      throws IOException, InterruptedException, RunnerException {
    Path worked = Inputs.workedFolder();
    Path largest = Inputs.largestWorkedExample();
    double loadBefore = load();
    Map<String, Long> sizes = new LinkedHashMap<>();
    Map<String, Integer> perpetuating = new LinkedHashMap<>();
    for (String size : List.of(Inputs.WORKED, Inputs.GENERATED)) {
      Formulation f = Inputs.formulation(size);
      sizes.put(size, (long) Inputs.json(f).length());
      perpetuating.put(size, f.perpetuating().size());
    }
    System.out.println("benchmarks: the largest worked example is " + largest);

    // The forks read the examples from the same folder, wherever they start.
    String property = "-D" + Inputs.WORKED_PROPERTY + "=" + worked;
    String warmNames = Pattern.quote(LibraryBenchmarks.class.getName() + ".") + "|"
        + Pattern.quote(GrowthBenchmarks.class.getName() + ".") + "|"
        + Pattern.quote(PdfBenchmarks.class.getName() + ".") + "|"
        + Pattern.quote(DocxBenchmarks.class.getName() + ".");
    String firstName = Pattern.quote(PdfFirstDocument.class.getName() + ".");
    Files.deleteIfExists(warmFile);
    Files.deleteIfExists(firstFile);

    // Two runs, because the first-document benchmark must keep its own iteration settings.
    ChainedOptionsBuilder warm = new OptionsBuilder()
        .include(only != null ? only : warmNames)
        .exclude(firstName)
        .jvmArgsPrepend(property)
        .resultFormat(ResultFormatType.JSON)
        .result(warmFile.toString());
    ChainedOptionsBuilder first = new OptionsBuilder()
        .include(firstName)
        .jvmArgsPrepend(property)
        .resultFormat(ResultFormatType.JSON)
        .result(firstFile.toString());
    boolean firstWanted = only == null
        || Pattern.compile(only).matcher(PdfFirstDocument.class.getName() + ".render").find();
    for (String profiler : profilers) {
      warm.addProfiler(profiler);
      first.addProfiler(profiler);
    }
    if (quick) {
      warm.forks(1).warmupIterations(1).warmupTime(TimeValue.milliseconds(500))
          .measurementIterations(2).measurementTime(TimeValue.milliseconds(500));
      first.forks(2);
    }
    runIfAny(warm);
    if (firstWanted) {
      runIfAny(first);
    }

    CommandLineTiming.Result cli = null;
    if (!skipCli) {
      System.out.println("benchmarks: the command line over " + CLI_FILES + " files...");
      cli = CommandLineTiming.run(results.resolve("cli"), worked, CLI_FILES);
      System.out.println("benchmarks: " + cli);
    }
    boolean complete = !quick && !skipCli && only == null && profilers.isEmpty();
    return new RunContext(LocalDate.now().toString(), machine(), loadBefore, load(), quick,
        complete, largest.getFileName().toString(), Files.size(largest), sizes, perpetuating,
        cli);
  }

  /** Runs JMH unless the options' patterns match no benchmark, as {@code only=} may leave. */
  private static void runIfAny(ChainedOptionsBuilder options) throws RunnerException {
    try {
      new Runner(options.build()).run();
    } catch (org.openjdk.jmh.runner.NoBenchmarksException e) {
      System.out.println("benchmarks: none selected here");
    }
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String machine() {
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean();
    String cpu = "";
    Path info = Path.of("/proc/cpuinfo");
    if (Files.isReadable(info)) {
      try (Stream<String> lines = Files.lines(info)) {
        cpu = lines.filter(l -> l.startsWith("model name")).findFirst()
            .map(l -> ", " + l.substring(l.indexOf(':') + 1).strip()).orElse("");
      } catch (IOException | java.io.UncheckedIOException e) {
        cpu = "";
      }
    }
    return String.format(Locale.ROOT, "%d cores, %.1f GB memory, %s %s (%s)%s",
        Runtime.getRuntime().availableProcessors(),
        os.getTotalMemorySize() / (1024.0 * 1024 * 1024), System.getProperty("os.name"),
        System.getProperty("os.version"), System.getProperty("os.arch"), cpu);
  }
}
