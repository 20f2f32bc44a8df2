package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.review.FormulationDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code formulation diff OLD NEW}: says what changed between two versions of a formulation,
 * grouped under the six headings, for outcome-focused supervision.
 */
@Command(
    name = "diff",
    header = "What changed between two versions of a formulation.",
    sortOptions = false,
    description = {
        "Says what changed between two versions of a formulation: items added, removed, edited "
            + "or moved between headings; ratings and ranks of the perpetuating factors; the "
            + "hypothesis; goal scales; who owns each action, when it is due and how far it has "
            + "got; reviews added; the title, date and status.",
        "Items are matched by id, so a factor that moves from one heading to another is shown "
            + "as moved. The changes are grouped under the six headings, one sentence a line.",
        "\"Since\" is the date of the latest review in OLD, or its formulation date if it has "
            + "no review, unless --since says otherwise."
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation diff family-november.yaml family.yaml",
        "  formulation diff family-november.yaml family.yaml --out changes.txt",
        "",
        "Exit code 0 whether or not anything changed, 2 when the command line was",
        "wrong, 3 when a file could not be read, 4 when the output could not be",
        "written."
    })
final class DiffCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version.")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later version.")
  Path newer;

  @Option(names = "--since", paramLabel = "DATE",
      description = "The date of the earlier version for the heading (YYYY-MM-DD); the date of "
          + "its latest review, else its formulation date, if left out.")
  LocalDate since;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Where to write the changes; standard output if left out.")
  Path out;

  @Override
  public Integer call() {
    Problems problems = new Problems(spec.commandLine().getErr(), common.debug);
    FormulationReader reader = FormulationReader.standard();
    Formulation before = read(reader, older, problems);
    Formulation after = read(reader, newer, problems);
    if (before == null || after == null) {
      return ExitCode.UNREADABLE;
    }
    String text = FormulationDiff.between(before, after).toText(sinceDate(before));
    // The text is the formulation's own words: cleaned line by line so that no control
    // character in a statement can recolour or rewrite the terminal.
    String safe = text.lines().map(TerminalText::clean)
        .collect(Collectors.joining("\n", "", "\n"));
    return Destination.write(safe, out, spec.commandLine().getOut(), problems);
  }

  private static Formulation read(FormulationReader reader, Path file, Problems problems) {
    try {
      return reader.read(file);
    } catch (IOException e) {
      problems.unreadable(file, e);
      return null;
    }
  }

  private LocalDate sinceDate(Formulation before) {
    if (since != null) {
      return since;
    }
    return LatestDate.of(before).orElseGet(() -> modified(older));
  }

  /** The day a file was last changed, for a version that carries no date of its own. */
  private static LocalDate modified(Path file) {
    try {
      return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(),
          ZoneId.systemDefault());
    } catch (IOException e) {
      return LocalDate.now();
    }
  }
}
