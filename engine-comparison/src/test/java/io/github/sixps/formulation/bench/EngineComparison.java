package io.github.sixps.formulation.bench;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.fop.FopCommand;
import io.github.sixps.formulation.render.fop.FopPdf;
import io.github.sixps.formulation.render.pdf.EngineChecks;
import io.github.sixps.formulation.render.pdf.PdfRenderer;
import io.github.sixps.formulation.render.pdf.internal.HbShape;
import io.github.sixps.formulation.render.pdf.internal.ShapingCorpus;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Issue 25's engine comparison in one run: the shipped engine (openhtmltopdf over PDFBox) and
 * Apache FOP ({@link FopPdf}) on the largest worked example, measured in turn by the same code:
 * veraPDF, shaping against {@code hb-shape}, warm time in {@linkplain EngineBenchmarks pairs}
 * (JMH), heap in a fresh JVM per case ({@link MemoryCase}), and cold one-shot time against
 * Chromium ({@link ColdStart}'s way). Writes {@code engine-comparison/report.md} in the build
 * folder ({@code target/comparison}), both
 * engines' PDFs and their pages as PNG. Run by {@code -Pengine-comparison}; arguments:
 * {@code quick}, {@code skip-warm}, {@code skip-memory}, {@code skip-cold}, {@code rounds=N}
 * (cold rounds, 11), {@code copies=N} (copies of the example's factors and actions for the
 * large input, 85: about 1 MiB of YAML).
 */
public final class EngineComparison {
  private static final String SHIPPED = "openhtmltopdf (shipped)";
  private static final String FOP = "Apache FOP 2.10";

  /** The build folder of the profile's run, where FOP's classes and class path are. */
  private static final Path BUILD =
      Path.of(System.getProperty("comparison.build", "target")).toAbsolutePath();

  private EngineComparison() {}

  public static void main(String[] args) throws Exception {
    List<String> given = Arrays.asList(args);
    int rounds = number(given, "rounds=", 11);
    int copies = number(given, "copies=", 85);
    boolean quick = given.contains("quick");
    Path results = BUILD.resolve("engine-comparison");
    Files.createDirectories(results);
    Formulation worked = Inputs.formulation(Inputs.WORKED);
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "Run on %s, %d cores, Java %s; `%s`. Load average (one"
        + " minute) %.2f at the start.%n%n", LocalDate.now(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Inputs.largestWorkedExample().getFileName(), ColdStart.load()));
    Path report = results.resolve("report.md");
    outputs(worked, results, md);
    shaping(results, md);
    // Written after each part, so that a part that fails later leaves the earlier figures.
    Files.writeString(report, md, StandardCharsets.UTF_8);
    if (!given.contains("skip-warm")) {
      warm(md, quick);
      Files.writeString(report, md, StandardCharsets.UTF_8);
    }
    if (!given.contains("skip-memory")) {
      memory(worked, results, copies, md);
      Files.writeString(report, md, StandardCharsets.UTF_8);
    }
    if (!given.contains("skip-cold")) {
      cold(results, rounds, md);
    }
    md.append(String.format(Locale.ROOT, "%nLoad average (one minute) %.2f at the end.%n",
        ColdStart.load()));
    Files.writeString(report, md, StandardCharsets.UTF_8);
    System.out.println(md);
  }

  /** Both engines' archival PDFs of the example: veraPDF, pages, size, and pages as PNG. */
  private static void outputs(Formulation worked, Path results, StringBuilder md)
      throws Exception {
    byte[] shipped = PdfRenderer.builder().archival(true).build().render(worked);
    byte[] fop = FopPdf.builder().archival(true).build().render(worked);
    md.append("| | ").append(SHIPPED).append(" | ").append(FOP).append(" |\n|---|---|---|\n");
    md.append("| PDF/UA-1 (veraPDF) | ").append(verdict(shipped, PDFAFlavour.PDFUA_1))
        .append(" | ").append(verdict(fop, PDFAFlavour.PDFUA_1)).append(" |\n");
    md.append("| PDF/A-3a (veraPDF) | ").append(verdict(shipped, PDFAFlavour.PDFA_3_A))
        .append(" | ").append(verdict(fop, PDFAFlavour.PDFA_3_A)).append(" |\n");
    md.append("| Pages, file size | ").append(pages(shipped)).append(" | ").append(pages(fop))
        .append(" |\n");
    Files.write(results.resolve("shipped.pdf"), shipped);
    Files.write(results.resolve("fop.pdf"), fop);
    for (String name : List.of("shipped", "fop")) {
      ColdStart.exec(List.of("pdftoppm", "-png", "-r", "70",
          results.resolve(name + ".pdf").toString(), results.resolve(name).toString()), Map.of());
    }
  }

  private static String verdict(byte[] pdf, PDFAFlavour flavour) {
    List<String> failed = EngineChecks.failures(pdf, flavour);
    return failed.isEmpty() ? "pass" : "**fails " + failed.size() + " rules**: "
        + failed.stream().map(f -> f.replace("|", "/")).collect(Collectors.joining("; "));
  }

  private static String pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages() + " pages, " + MemoryTable.kb(pdf.length);
    }
  }

  /** The shaping corpus through each engine: words drawn with hb-shape's glyphs, per script. */
  private static void shaping(Path results, StringBuilder md) throws Exception {
    Formulation corpus = EngineChecks.shapingCorpus();
    byte[] shippedPdf = PdfRenderer.builder().build().render(corpus);
    // Whole fonts: FOP numbers a subset's glyphs afresh, and hb-shape gives the font's own ids.
    byte[] fopPdf = FopPdf.builder().wholeFonts(true).build().render(corpus);
    Files.write(results.resolve("shaping-shipped.pdf"), shippedPdf);
    Files.write(results.resolve("shaping-fop.pdf"), fopPdf);
    List<String> shipped = shaped(shippedPdf);
    List<String> fop = shaped(fopPdf);
    for (int i = 0; i < ShapingCorpus.ALL.size(); i++) {
      md.append("| Shaping, ").append(ShapingCorpus.ALL.get(i).script())
          .append(": words drawn with hb-shape's glyphs in its order | ").append(shipped.get(i))
          .append(" | ").append(fop.get(i)).append(" |\n");
    }
  }

  /** For each script of the corpus, "matched of words" in this PDF. */
  private static List<String> shaped(byte[] pdf) throws Exception {
    List<String> rows = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Map<String, List<Integer>> drawn = EngineChecks.drawnGlyphs(doc);
      for (ShapingCorpus.Script script : ShapingCorpus.ALL) {
        String glyphs = drawn.getOrDefault(script.font().replace(".ttf", ""), List.of())
            .stream().map(String::valueOf).collect(Collectors.joining(" ", " ", " "));
        List<String> words = script.phrases().stream()
            .flatMap(p -> Arrays.stream(p.split("[\\s,.!?،]+"))).filter(w -> !w.isEmpty())
            .toList();
        List<List<HbShape.Glyph>> expected = HbShape.shape(EngineChecks.fontFile(script.font()),
            words, script.rightToLeft());
        int matched = 0;
        for (List<HbShape.Glyph> word : expected) {
          String ids = word.stream().map(g -> String.valueOf(g.glyph()))
              .collect(Collectors.joining(" ", " ", " "));
          matched += glyphs.contains(ids) ? 1 : 0;
        }
        rows.add(matched + " of " + words.size());
      }
    }
    return rows;
  }

  /** Warm documents in pairs (JMH): FOP's time, the shipped engine's, and their ratio. */
  private static void warm(StringBuilder md, boolean quick) throws Exception {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(EngineBenchmarks.class.getName())
        .jvmArgsPrepend("-D" + Inputs.WORKED_PROPERTY + "=" + Inputs.workedFolder());
    if (quick) {
      options.warmupIterations(2).warmupTime(TimeValue.seconds(1)).measurementIterations(2)
          .measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> run = new Runner(options.build()).run();
    List<Double> fop = new ArrayList<>();
    List<Double> shipped = new ArrayList<>();
    List<Double> ratio = new ArrayList<>();
    for (RunResult r : run) {
      for (var b : r.getBenchmarkResults()) {
        for (IterationResult it : b.getIterationResults()) {
          double pairs = it.getSecondaryResults().get("pairs").getScore();
          double t = it.getSecondaryResults().get("targetNanos").getScore();
          double s = it.getSecondaryResults().get("baselineNanos").getScore();
          if (pairs > 0 && s > 0) {
            fop.add(t / pairs);
            shipped.add(s / pairs);
            ratio.add(t / s);
          }
        }
      }
    }
    md.append("| Warm PDF of the example, one engine kept across documents (JMH, in pairs) | ")
        .append(Report.time(Report.Estimate.of(shipped).mean())).append(" | ")
        .append(Report.time(Report.Estimate.of(fop).mean())).append(", ")
        .append(Report.Estimate.of(ratio).describe()).append(" × the shipped engine's |\n");
  }

  /** Heap and time in a fresh JVM under -Xmx1g, for the example and about 1 MiB of it. */
  private static void memory(Formulation worked, Path results, int copies, StringBuilder md)
      throws Exception {
    MemoryTable table = new MemoryTable(worked, Files.createDirectories(results.resolve("memory")));
    List<Path> files = List.of(table.write(1), table.write(copies));
    long[][] after = new long[2][2];
    for (int f = 0; f < files.size(); f++) {
      MemoryTable.Result shipped = MemoryTable.runCase("pdf", files.get(f));
      MemoryTable.Result fop = MemoryTable.runCase(EngineMemoryCase.class.getName(), "fop",
          files.get(f));
      after[f][0] = shipped.peakAfterGc();
      after[f][1] = fop.peakAfterGc();
      md.append("| Heap after a collection / at most, and time, ").append(f == 0 ? "1 copy"
              : copies + " copies").append(" (").append(MemoryTable.kb(Files.size(files.get(f))))
          .append(" of YAML), -Xmx1g | ").append(shipped).append(" | ").append(fop)
          .append(" |\n");
    }
    double mib = (Files.size(files.get(1)) - Files.size(files.get(0))) / (1024.0 * 1024);
    md.append("| Heap per MiB of input (growth of the heap after a collection over the growth"
        + " of the YAML) | ").append(perMib(after, 0, mib)).append(" | ")
        .append(perMib(after, 1, mib)).append(" |\n");
  }

  private static String perMib(long[][] after, int engine, double mib) {
    if (after[1][engine] == 0) {
      return "not measured (did not finish)";
    }
    return MemoryTable.mb(Math.round((after[1][engine] - after[0][engine]) / mib)) + " a MiB";
  }

  /**
   * Cold one-shot PDFs in fresh processes, in turn and in a different order each round: the
   * distribution's command (with and without its class-data archive), FOP's command with the
   * launcher's Java options (with and without an archive of its own), and Chromium printing the
   * HTML page of the same example. Medians of elapsed and processor time and of each round's
   * ratio to Chromium.
   */
  private static void cold(Path results, int rounds, StringBuilder md) throws Exception {
    Path dist = ColdStart.distribution(Path.of("..", "examples", "target"));
    Path launcher = dist.resolve("bin").resolve("formulation");
    Path worked = Inputs.largestWorkedExample();
    Path folder = Files.createDirectories(results.resolve("cold"));
    Path pages = folder.resolve("page");
    ColdStart.delete(pages);
    ColdStart.exec(List.of(launcher.toString(), "render", worked.toString(), "--to", "html",
        "--out", pages.toString()), Map.of());
    Path page;
    try (Stream<Path> files = Files.list(pages)) {
      page = files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> fopJava = new ArrayList<>(List.of(java));
    fopJava.addAll(CommandLineTiming.launcherOptions(launcher));
    fopJava.addAll(List.of("-Djava.awt.headless=true", "-cp", fopClassPath()));
    Path archive = folder.resolve("fop.jsa");
    Files.deleteIfExists(archive);
    List<String> makeArchive = new ArrayList<>(fopJava);
    makeArchive.add(1, "-XX:ArchiveClassesAtExit=" + archive);
    makeArchive.addAll(List.of(FopCommand.class.getName(), worked.toString(),
        folder.resolve("archive-run.pdf").toString()));
    // Java makes an archive only from jars: a class path with classes folders (a build run
    // without package) leaves FOP without one, and its row out.
    boolean archived;
    try {
      ColdStart.exec(makeArchive, Map.of());
      archived = Files.exists(archive);
    } catch (IllegalStateException e) {
      archived = false;
    }
    List<String> names = new ArrayList<>(List.of(SHIPPED + ", with its archive", SHIPPED
        + ", FORMULATION_CDS=off", FOP + ", with an archive", FOP + ", no archive", "Chromium"));
    if (!archived) {
      names.set(2, FOP + ", with an archive (none could be made: classes folders on the class"
          + " path)");
    }
    boolean withArchive = archived;
    Function<Path, List<List<String>>> commands = out -> {
      List<String> fopRun = new ArrayList<>(fopJava);
      fopRun.addAll(List.of(FopCommand.class.getName(), worked.toString(),
          out.resolve("fop.pdf").toString()));
      List<String> fopArchived = new ArrayList<>(fopRun);
      fopArchived.addAll(1, List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
      List<String> ours = List.of(launcher.toString(), "render", worked.toString(), "--to", "pdf",
          "--out", out.toString());
      return List.of(ours, ours, fopArchived, fopRun, List.of(ColdStart.CHROMIUM, "--headless",
          "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--user-data-dir=" + out.resolve("profile"), "--print-to-pdf=" + out.resolve("c.pdf"),
          page.toUri().toString()));
    };
    List<long[]> elapsed = new ArrayList<>();
    List<long[]> cpu = new ArrayList<>();
    for (int round = -1; round < rounds; round++) {
      long[] e = new long[names.size()];
      long[] c = new long[names.size()];
      for (int k = 0; k < names.size(); k++) {
        int which = Math.floorMod(round + k, names.size());
        if (which == 2 && !withArchive) {
          continue;
        }
        Path out = folder.resolve("out");
        ColdStart.delete(out);
        Files.createDirectories(out.resolve("profile"));
        long[] measured = ColdStart.exec(commands.apply(out).get(which),
            which < 2 ? Map.of("FORMULATION_CDS", which == 0 ? "on" : "off") : Map.of());
        try (Stream<Path> files = Files.list(out)) {
          if (files.noneMatch(p -> p.toString().endsWith(".pdf"))) {
            throw new IllegalStateException(names.get(which) + " wrote no PDF");
          }
        }
        e[which] = measured[0];
        c[which] = measured[1];
      }
      if (round >= 0) {
        elapsed.add(e);
        cpu.add(c);
        System.out.println("engine-comparison: cold round " + (round + 1) + ": "
            + Arrays.toString(e));
      }
    }
    md.append(String.format(Locale.ROOT, "%nCold one-shot PDF of the example, %d rounds in"
        + " fresh processes; medians, and the median of each round's ratio to Chromium:%n%n",
        rounds));
    md.append("| Command | Elapsed | × Chromium | Processor time | × Chromium |\n"
        + "|---|---|---|---|---|\n");
    for (int k = 0; k < names.size(); k++) {
      if (k == 2 && !withArchive) {
        continue;
      }
      md.append("| ").append(names.get(k)).append(" | ").append(millis(median(elapsed, k, -1)))
          .append(" | ").append(ratio(median(elapsed, k, names.size() - 1))).append(" | ")
          .append(millis(median(cpu, k, -1))).append(" | ")
          .append(ratio(median(cpu, k, names.size() - 1))).append(" |\n");
    }
  }

  /** The median of column k, or of its ratio to column {@code over} in each round. */
  private static double median(List<long[]> rows, int k, int over) {
    return ColdStart.median(rows.stream()
        .map(r -> over < 0 ? (double) r[k] : (double) r[k] / r[over]).toList());
  }

  private static String millis(double nanos) {
    return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /**
   * FOP's command's class path: this module's runtime class path (written by the profile into
   * {@code runtime-classpath.txt} in its build folder) and its jar (else its classes), and
   * formulation-pdf's jar or classes for the Noto font files alone, taken from this JVM's
   * class path.
   */
  private static String fopClassPath() throws IOException {
    String runtime = Files.readString(BUILD.resolve("runtime-classpath.txt")).strip();
    String fonts = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> e.contains("formulation-pdf") && !e.contains("tests")
            && !e.contains("test-classes"))
        .findFirst().orElseThrow(() -> new IllegalStateException("formulation-pdf is not on the"
            + " class path"));
    Path jar;
    try (Stream<Path> files = Files.list(BUILD)) {
      jar = files.filter(p -> p.getFileName().toString().matches(
          "formulation-engine-comparison-[^-]+(-SNAPSHOT)?\\.jar")).findFirst()
          .orElse(BUILD.resolve("classes"));
    }
    return jar + File.pathSeparator + runtime
        + File.pathSeparator + fonts;
  }

  private static int number(List<String> args, String prefix, int otherwise) {
    return args.stream().filter(a -> a.startsWith(prefix))
        .map(a -> Integer.parseInt(a.substring(prefix.length()))).findFirst().orElse(otherwise);
  }
}
