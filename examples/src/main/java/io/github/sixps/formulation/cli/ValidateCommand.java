package io.github.sixps.formulation.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sixps.formulation.io.FormulationReadException;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.ReadProblem;
import io.github.sixps.formulation.io.ResultsJson;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.validate.Finding;
import io.github.sixps.formulation.validate.ValidationReport;
import io.github.sixps.formulation.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code formulation validate FILE...}: reads formulations and checks them against the rules. */
@Command(
    name = "validate",
    header = "Checks formulations against the rules.",
    sortOptions = false,
    description = {
        "Reads formulation files and checks each against the rules: structure (ids, "
            + "references, ranges, dates), practice (strengths, the child's voice, a linked-up "
            + "plan), SMART actions, drift and delay as of a date, and plain language. The "
            + "rules are listed in docs/rules.md.",
        InputFiles.MANY
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation validate family.yaml",
        "  formulation validate examples/src/main/resources/worked --as-of 2026-12-01",
        "  formulation validate draft.yaml --profile draft",
        "  formulation validate family.yaml --profile council.yaml --format json",
        "",
        "Each finding is one line: FILE: severity code path: message (suggestion).",
        "Problems with the files come next, on standard error, and the last line sums",
        "up every file checked, and names any that is not there.",
        "Exit code 0 when nothing is at error severity, 1 when something is, 2 when the",
        "command line was wrong, 3 when a file could not be read."
    })
final class ValidateCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The output forms. */
  enum Format { TEXT, JSON }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Formulation files or folders.")
  List<Path> paths;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date that counts as today for overdue actions and reviews "
          + "(YYYY-MM-DD); today if left out.")
  LocalDate asOf;

  @Mixin
  ProfileOption profile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (the default) or json, for other programs.")
  Format format;

  /** One input's outcome: its report, or why it could not be read. */
  private record Outcome(Path file, ValidationReport report, IOException problem) {}

  @Override
  public Integer call() {
    Validator validator = Validator.builder().profile(profile.chosen(spec.commandLine())).build();
    LocalDate today = asOf != null ? asOf : LocalDate.now();
    Batch batch = Batch.of(spec, common.debug);
    List<Batch.Done<Path, ValidationReport>> done = batch.read(batch.files(paths),
        FormulationReader.standard(), (file, formulation, work) -> {
          ValidationReport report = validator.validate(formulation, today);
          if (format == Format.TEXT) {
            for (Finding f : report.findings()) {
              work.out().println(file + ": " + f);
            }
            work.out().println(file + ": " + report.summary());
          }
          work.code(report.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK);
          return report;
        });
    List<Outcome> outcomes = new ArrayList<>();
    for (Batch.Done<Path, ValidationReport> d : done) {
      outcomes.add(new Outcome(d.item(), d.value().orElse(null), d.unreadable().orElse(null)));
    }
    batch.unusable().forEach((path, problem) -> outcomes.add(new Outcome(path, null, problem)));
    // The problems first, then the summary of them all, as the last line a user sees.
    int code = batch.finish();
    if (format == Format.JSON) {
      writeJson(outcomes);
    } else {
      writeSummary(outcomes, batch);
    }
    return code;
  }

  /**
   * The last line: how many files were checked and what was found in them, then what could not
   * be checked. A path that is not there, or a folder with no formulations in it, is named as
   * such, not counted as a file.
   */
  private void writeSummary(List<Outcome> outcomes, Batch batch) {
    int checked = 0;
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    int unreadable = 0;
    int failed = 0;
    for (Outcome o : outcomes) {
      if (o.report() == null) {
        if (batch.unusable().containsKey(o.file())) {
          continue;
        }
        if (o.problem() == null) {
          failed++;
        } else {
          unreadable++;
        }
        continue;
      }
      checked++;
      errors += o.report().errors().size();
      warnings += o.report().warnings().size();
      notes += o.report().infos().size();
    }
    List<String> others = new ArrayList<>();
    if (unreadable > 0) {
      others.add(unreadable + (unreadable == 1 ? " file" : " files") + " could not be read");
    }
    if (failed > 0) {
      others.add(failed + (failed == 1 ? " file" : " files") + " could not be checked");
    }
    if (!batch.notFound().isEmpty()) {
      others.add(names(batch.notFound()) + (batch.notFound().size() == 1 ? " is" : " are")
          + " not there");
    }
    if (!batch.empty().isEmpty()) {
      others.add(names(batch.empty()) + (batch.empty().size() == 1 ? " holds" : " hold")
          + " no formulation files");
    }
    int unsearched = batch.unusable().size() - batch.notFound().size() - batch.empty().size();
    if (unsearched > 0) {
      others.add(unsearched + (unsearched == 1 ? " folder" : " folders")
          + " could not be searched");
    }
    String rest = String.join("; ", others);
    PrintWriter out = spec.commandLine().getOut();
    if (checked == 0 && unreadable == 0 && failed == 0) {
      out.println("Nothing was checked: " + (rest.isEmpty() ? "no files were given" : rest)
          + ".");
    } else {
      out.println("In all, " + checked + (checked == 1 ? " file" : " files") + " checked: "
          + plural(errors, "error") + ", " + plural(warnings, "warning") + ", "
          + plural(notes, "note") + (rest.isEmpty() ? "" : "; " + rest));
    }
    out.flush();
  }

  private static String names(List<Path> paths) {
    List<String> names = paths.stream().map(p -> TerminalText.clean(p.toString())).toList();
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and "
            + names.get(names.size() - 1);
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private void writeJson(List<Outcome> outcomes) {
    PrintWriter out = spec.commandLine().getOut();
    ArrayNode all = JSON.createArrayNode();
    for (Outcome o : outcomes) {
      if (o.report() == null) {
        unreadable(all, o);
      } else {
        all.addAll(ResultsJson.findings(o.file().toString(), o.report()));
      }
    }
    try {
      JSON.writerWithDefaultPrettyPrinter().without(SerializationFeature.CLOSE_CLOSEABLE)
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, all);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }

  /**
   * An input that gave no report: one entry for each problem the reader found in it, each with
   * its line, column and path, or one entry saying why it could not be read or checked.
   */
  private static void unreadable(ArrayNode all, Outcome o) {
    String file = o.file().toString();
    if (o.problem() instanceof FormulationReadException) {
      FormulationReadException e = (FormulationReadException) o.problem();
      for (ReadProblem p : e.problems()) {
        ResultsJson.problem(all, file, p.line(), p.column(), p.path(), p.message(),
            p.suggestion().map(s -> "Did you mean \"" + s + "\"?").orElse(null));
      }
      if (e.stoppedEarly()) {
        ResultsJson.problem(all, file, 0, 0, "", "there may be more problems: reading stopped"
            + " after " + e.problems().size(), null);
      }
      return;
    }
    ObjectNode entry = all.addObject();
    entry.put("file", file);
    entry.put("severity", "error");
    entry.put("code", o.problem() == null ? "internal" : "unreadable");
    entry.put("path", "");
    // A fault inside formulation is reported on standard error; its details are ours.
    entry.put("message", o.problem() == null ? "something went wrong inside formulation"
        + " while checking this file" : Problems.describe(o.problem()));
  }
}
