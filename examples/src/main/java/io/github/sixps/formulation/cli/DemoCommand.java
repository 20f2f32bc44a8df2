package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.examples.BundledExamples;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.validate.Finding;
import io.github.sixps.formulation.validate.ValidationReport;
import io.github.sixps.formulation.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code formulation demo [--out DIR]}: handouts of every bundled example, in every format and
 * for both audiences, with what the checks found, a blank worksheet and one page linking them
 * all.
 */
@Command(
    name = "demo",
    header = "Handouts of every worked example, ready for a workshop.",
    sortOptions = false,
    description = {
        "Renders every example that comes with formulation as a PDF to print, a Word "
            + "document to edit, an HTML page and Markdown, each for practitioners (the full record) and for the family "
            + "(plain words, large print), and writes what the checks found in each. It adds a "
            + "blank worksheet, and index.html: one page that links to every file.",
        "Each example is checked as of its own latest date, its last review or else the day "
            + "it was formulated, so the handouts come out the same whenever you run it.",
        "Every family, professional and service in the examples is fictional, and each page "
            + "says so at the top where a real record has its protective marking."
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation demo",
        "  formulation demo --out handouts",
        "",
        "For each example NAME, the folder holds:",
        "  NAME.pdf, NAME.docx, NAME.html, NAME.md  for practitioners",
        "  NAME-family.pdf, .docx, .html, .md       for the family",
        "  NAME-findings.txt                     what the checks found",
        "Files of those names that demo wrote before, unchanged since, are replaced;",
        "any other file of those names is kept, and nothing written, unless --force",
        "is given. Nothing else in the folder is touched.",
        "",
        "Exit code 0 when every file was written, 2 when the command line was wrong,",
        "4 when a file could not be written.",
        "Findings do not change it: the teaching examples have them on purpose."
    })
final class DemoCommand implements Callable<Integer> {
  /** The line at the top of every page, where a real record has its protective marking. */
  static final String MARKING = "Fictional example for training";
  /** The page that links to every file. */
  static final String INDEX = "index.html";
  /** The name of the blank worksheet's files. */
  static final String WORKSHEET = "blank-worksheet";
  /** The formats in the order they are offered: the one to print first. */
  static final List<RenderChoices.Format> FORMATS = List.of(
      RenderChoices.Format.PDF, RenderChoices.Format.DOCX, RenderChoices.Format.HTML,
      RenderChoices.Format.MD);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
      description = "The folder to write into: out, in the current folder, unless given. It "
          + "is made if it does not exist.")
  Path out;

  @Option(names = "--force",
      description = "Replace files of the handouts' names even if demo did not make them.")
  boolean force;

  /** One document for each example: its format and audience, rendered by one shared renderer. */
  private static final class Handout {
    final RenderChoices choices;
    final Function<Formulation, byte[]> renderer;

    Handout(RenderChoices choices, CommandLine cl) {
      this.choices = choices;
      this.renderer = choices.renderer(cl, Optional.empty());
    }
  }

  /** What the demo did for one example or the worksheet: for the table and the index page. */
  record Row(String name, String source, String title, Optional<LocalDate> asOf,
      Optional<ValidationReport> report, List<String> files) {}

  /**
   * Work for one thread: an example, or the worksheet.
   *
   * @param label how progress and problems name it
   * @param stem the name of its files
   */
  private record Job(String label, String stem, Batch.Task<Job, Row> task) {}

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    Problems problems = new Problems(cl.getErr(), common.debug);
    Outputs outputs = Outputs.of(spec);
    int made = outputs.folder(out, problems);
    if (made != ExitCode.OK) {
      return made;
    }
    List<Handout> handouts = new ArrayList<>();
    for (Audience audience : Audience.values()) {
      for (RenderChoices.Format format : FORMATS) {
        handouts.add(new Handout(RenderChoices.of(format, audience, false, MARKING), cl));
      }
    }
    Validator validator = Validator.standard();
    LocalDate today = LocalDate.now();
    List<Job> jobs = new ArrayList<>();
    for (String source : BundledExamples.paths()) {
      jobs.add(new Job(source, name(source), (job, work) -> {
        Formulation f = BundledExamples.read(source);
        Optional<LocalDate> asOf = FormulationDiff.dateOf(f);
        ValidationReport report = validator.validate(f, asOf.orElse(today));
        List<String> files = new ArrayList<>();
        for (Handout h : handouts) {
          write(RenderChoices.outputName(job.stem(), h.choices.audience(), h.choices.to),
              h.renderer.apply(f), files, work);
        }
        write(job.stem() + "-findings.txt", findings(source, f, asOf, report)
            .getBytes(StandardCharsets.UTF_8), files, work);
        return new Row(job.stem(), source, f.title(), asOf, Optional.of(report), files);
      }));
    }
    jobs.add(new Job("the blank worksheet", WORKSHEET, (job, work) -> {
      List<String> files = new ArrayList<>();
      for (Audience audience : Audience.values()) {
        for (RenderChoices.Format format : FORMATS) {
          // Once filled in, a worksheet may hold a real family's story: so it has the marking
          // of a real record.
          RenderChoices choices = RenderChoices.of(format, audience, false, null);
          write(RenderChoices.outputName(job.stem(), audience, format), choices.blank(cl),
              files, work);
        }
      }
      return new Row(job.stem(), "", "Blank worksheet, to fill in by hand", Optional.empty(),
          Optional.empty(), files);
    }));
    checkNamesDiffer(jobs);
    int free = Replacing.documents("demo", targets(jobs), force, problems, outputs);
    if (free != ExitCode.OK) {
      return free;
    }

    Batch batch = Batch.of(spec, common.debug);
    List<Row> rows = batch.run(jobs, Job::label, (job, work) -> job.task().run(job, work))
        .stream()
        .map(Batch.Done::value).flatMap(Optional::stream).collect(Collectors.toList());
    int index = outputs.write(IndexPage.html(rows, FORMATS), out.resolve(INDEX), null,
        problems);
    printTable(rows, index == ExitCode.OK);
    return Math.max(index, batch.finish());
  }

  /** Every file the demo writes, none of them from a file of the user's. */
  private Map<Path, List<Path>> targets(List<Job> jobs) {
    Map<Path, List<Path>> targets = new HashMap<>();
    for (Job job : jobs) {
      for (Audience audience : Audience.values()) {
        for (RenderChoices.Format format : FORMATS) {
          targets.put(out.resolve(RenderChoices.outputName(job.stem(), audience, format)),
              List.of());
        }
      }
      if (!job.stem().equals(WORKSHEET)) {
        targets.put(out.resolve(job.stem() + "-findings.txt"), List.of());
      }
    }
    targets.put(out.resolve(INDEX), List.of());
    return targets;
  }

  /**
   * The name of an example's files: its path without the extension, folders joined by {@code
   * -}. Worked examples, the main set, keep their own names: {@code
   * worked/young-carer-kowalski.yaml} becomes {@code young-carer-kowalski}, and {@code
   * worked/before-review/young-carer-kowalski.yaml} becomes {@code
   * before-review-young-carer-kowalski}.
   */
  static String name(String source) {
    String path = source.startsWith("worked/") ? source.substring("worked/".length()) : source;
    int dot = path.lastIndexOf('.');
    return (dot > 0 ? path.substring(0, dot) : path).replace('/', '-');
  }

  private static void checkNamesDiffer(List<Job> jobs) {
    Map<String, String> seen = new HashMap<>();
    for (Job job : jobs) {
      String earlier = seen.putIfAbsent(job.stem(), job.label());
      if (earlier != null) {
        throw new IllegalStateException(earlier + " and " + job.label()
            + " would share the file name " + job.stem());
      }
    }
  }

  private void write(String name, byte[] content, List<String> files, Batch.Work work) {
    int code = Outputs.of(spec).write(content, out.resolve(name), work.problems());
    work.code(code);
    if (code == ExitCode.OK) {
      files.add(name);
    }
  }

  /** What the checks found, as a text file to read or print. */
  static String findings(String source, Formulation f, Optional<LocalDate> asOf,
      ValidationReport report) {
    StringBuilder s = new StringBuilder();
    s.append("What the checks found in \"").append(TerminalText.clean(f.title())).append("\"\n")
        .append("Example: ").append(source).append(" (fictional)\n")
        .append("Checked with the standard rules as of ")
        .append(asOf.map(LocalDate::toString).orElse("the day the demo was run"))
        .append(asOf.isPresent()
            ? ": its latest date,\nthe last review, or else the day it was formulated.\n"
            : ",\nas it has no date of its own.\n")
        .append(report.summary()).append(".\n");
    if (!report.isEmpty()) {
      s.append('\n');
      for (Finding finding : report.findings()) {
        s.append(TerminalText.clean(finding.toString())).append('\n');
      }
    }
    return s.toString();
  }

  private void printTable(List<Row> rows, boolean indexWritten) {
    PrintWriter w = spec.commandLine().getOut();
    int width = "Example".length();
    for (Row r : rows) {
      width = Math.max(width, TerminalText.width(r.name()));
    }
    width = Math.min(width, 44);
    w.println("The handouts in " + out + ", and what the checks found in each example:");
    w.println();
    w.println(TerminalText.padRight("Example", width) + "  Errors  Warnings  Notes  Files");
    int files = 0;
    for (Row r : rows) {
      files += r.files().size();
      w.println(TerminalText.padRight(TerminalText.shorten(r.name(), width), width)
          + "  " + TerminalText.padLeft(count(r, ValidationReport::errors), 6)
          + "  " + TerminalText.padLeft(count(r, ValidationReport::warnings), 8)
          + "  " + TerminalText.padLeft(count(r, ValidationReport::infos), 5)
          + "  " + TerminalText.padLeft(Integer.toString(r.files().size()), 5));
    }
    w.println();
    w.println("For each example NAME: NAME.pdf, NAME.docx (Word), NAME.html and NAME.md for");
    w.println("practitioners; NAME-family.pdf, .docx, .html and .md for the family;");
    w.println("NAME-findings.txt, what the checks found, as of the example's latest date.");
    w.println(WORKSHEET + ": the same formats, to fill in by hand.");
    w.println();
    Path index = out.resolve(INDEX);
    w.println(files + " files written to " + out + (indexWritten
        ? ", and " + INDEX + ", a page that links to them all." : "."));
    if (indexWritten) {
      w.println("Open it in a browser:");
      w.println("  " + index);
      w.println("  " + index.toAbsolutePath().normalize().toUri());
    }
    w.flush();
  }

  private static String count(Row r,
      Function<ValidationReport, ? extends List<Finding>> severity) {
    return r.report().map(report -> Integer.toString(severity.apply(report).size()))
        .orElse("-");
  }
}
