package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code formulation convert FILE --to json|yaml}: rewrites a formulation in the other format. */
@Command(
    name = "convert",
    sortOptions = false,
    description = {
        "Rewrites a formulation as JSON or YAML, in the canonical form: keys in a fixed order, "
            + "empty values left out. Nothing else changes.",
        "Without --out the result goes to standard output. With --out the file is written "
            + "whole or not at all: a failed conversion leaves no partial file."
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation convert family.yaml --to json --out family.json",
        "  formulation convert family.json --to yaml > family.yaml",
        "  formulation convert family.yaml --to yaml --out family.yaml   (tidy a file in place)"
    })
final class ConvertCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(index = "0", paramLabel = "FILE", description = "The formulation to convert.")
  Path file;

  @Option(names = "--to", required = true, paramLabel = "FORMAT",
      description = "The format to write: ${COMPLETION-CANDIDATES}.")
  FileFormat to;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Where to write the result; standard output if left out.")
  Path out;

  @Override
  public Integer call() {
    Problems problems = new Problems(spec.commandLine().getErr(), common.debug);
    if (out != null) {
      Optional<FileFormat> named = FileFormat.of(out);
      if (named.isPresent() && named.get() != to) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out
            + " ends in ." + named.get().extension() + " but --to asks for " + to.extension());
      }
    }
    Formulation formulation;
    try {
      formulation = FormulationReader.standard().read(file);
    } catch (IOException e) {
      problems.unreadable(file, e);
      return ExitCode.UNREADABLE;
    }
    String text = FormulationWriter.standard().write(formulation, to);
    return Destination.write(text, out, spec.commandLine().getOut(), problems);
  }
}
