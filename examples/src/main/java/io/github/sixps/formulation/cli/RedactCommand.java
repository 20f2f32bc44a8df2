package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.redact.Pseudonymiser;
import io.github.sixps.formulation.redact.Redaction;
import io.github.sixps.formulation.redact.Uncertainty;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code formulation redact FILE [--out FILE] [--shift-dates DAYS] [--keep-agencies]}: makes a
 * training example from a real formulation and lists what to check by hand.
 */
@Command(
    name = "redact",
    sortOptions = false,
    description = {
        "Pseudonymises a formulation to make a training example: every person and contributor "
            + "becomes a placeholder such as \"Child A\", \"Parent 1\" or \"Social worker\", "
            + "wherever their name occurs, free text included; agencies become generic; dates "
            + "can be moved.",
        "It then lists what it could not be sure of, one a line as PATH: kind: text (note): "
            + "capitalised words that are not known names, phone numbers, dates, postcodes and "
            + "email addresses. Read the output before you share it: a family's story can "
            + "identify it even with every name gone.",
        "The result is YAML, or the format --out's extension names. Without --out it goes to "
            + "standard output and the list to standard error; with --out the file is written "
            + "whole or not at all and the list goes to standard output."
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation redact family.yaml --out training.yaml",
        "  formulation redact family.yaml --shift-dates -120 --out training.json",
        "  formulation redact family.yaml --keep-agencies > training.yaml"
    })
final class RedactCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(index = "0", paramLabel = "FILE", description = "The formulation to pseudonymise.")
  Path file;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Where to write the result: .yaml, .yml or .json; standard output if left out.")
  Path out;

  @Option(names = "--shift-dates", paramLabel = "DAYS", defaultValue = "0",
      description = "Move every date by this many days, keeping the gaps between them; "
          + "negative moves them earlier. Default: ${DEFAULT-VALUE}.")
  int shiftDays;

  @Option(names = "--keep-agencies",
      description = "Keep the agencies' own names instead of generic ones such as \"the school\".")
  boolean keepAgencies;

  @Override
  public Integer call() {
    Problems problems = new Problems(spec.commandLine().getErr(), common.debug);
    FileFormat format = FileFormat.YAML;
    if (out != null) {
      format = FileFormat.of(out).orElseThrow(() -> new CommandLine.ParameterException(
          spec.commandLine(), "--out " + out + " should end in .yaml, .yml or .json"));
    }
    if (Math.abs((long) shiftDays) > Pseudonymiser.MAX_SHIFT_DAYS) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--shift-dates "
          + shiftDays + " is too far: at most " + Pseudonymiser.MAX_SHIFT_DAYS
          + " days either way");
    }
    Formulation formulation;
    try {
      formulation = FormulationReader.standard().read(file);
    } catch (IOException e) {
      problems.unreadable(file, e);
      return ExitCode.UNREADABLE;
    }
    Redaction redaction = Pseudonymiser.builder()
        .replaceAgencies(!keepAgencies)
        .shiftDays(shiftDays)
        .build()
        .redact(formulation);
    String text = FormulationWriter.standard().write(redaction.formulation(), format);
    int code = Destination.write(text, out, spec.commandLine().getOut(), problems);
    if (code != ExitCode.OK) {
      return code;
    }
    // The report must not mix with a formulation written to standard output.
    PrintWriter report = out == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
    for (Uncertainty u : redaction.report()) {
      report.println(u);
    }
    int n = redaction.report().size();
    report.println(n == 0 ? "Nothing to check by hand; read it through all the same."
        : n + (n == 1 ? " thing" : " things") + " to check by hand.");
    report.flush();
    return ExitCode.OK;
  }
}
