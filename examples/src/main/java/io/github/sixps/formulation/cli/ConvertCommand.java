package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.FormulationWriter;
import java.nio.file.Path;
import java.util.List;
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
    header = "Rewrites formulations as JSON or YAML.",
    sortOptions = false,
    description = {
        "Rewrites formulations as JSON or YAML, in the canonical form: keys in a fixed order, "
            + "empty values left out. Nothing else changes.",
        "For one file, the result goes to --out FILE, or to standard output without it. For "
            + "more, or a folder, --out DIR is needed: each result is named after its file "
            + "(family.yaml becomes DIR/family.json), in the subfolder it was found in under a "
            + "folder given. Files are written whole or not at all: a "
            + "failed conversion leaves no partial file.",
        InputFiles.MANY
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation convert family.yaml --to json --out family.json",
        "  formulation convert family.json --to yaml > family.yaml",
        "  formulation convert family.yaml --to yaml --out family.yaml",
        "      (tidies a file in place)",
        "  formulation convert cases/ --to json --out json/",
        "",
        "Exit code 0 when all were converted, 2 when the command line was wrong, 3 when",
        "a file could not be read, 4 when a result could not be written."
    })
final class ConvertCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "The formulations to convert: files or folders.")
  List<Path> paths;

  @Option(names = "--to", required = true, paramLabel = "FORMAT",
      description = "The format to write: ${COMPLETION-CANDIDATES}.")
  FileFormat to;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Where to write: a file for one formulation (standard output if left "
          + "out), a folder for more.")
  Path out;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    Batch batch = Batch.of(spec, common.debug);
    List<Path> files = batch.files(paths);
    Targets targets = Targets.fileOrFolder(cl, paths, files, out,
        file -> InputFiles.stem(file) + "." + to.extension());
    if (out != null && !targets.inFolder()) {
      Optional<FileFormat> named = FileFormat.of(out);
      if (named.isPresent() && named.get() != to) {
        throw new CommandLine.ParameterException(cl, "--out " + out
            + " ends in ." + named.get().extension() + " but --to asks for " + to.extension());
      }
    }
    int made = targets.prepare(new Problems(cl.getErr(), common.debug));
    if (made != ExitCode.OK) {
      return Math.max(made, batch.finish());
    }
    FormulationWriter writer = FormulationWriter.standard();
    batch.read(files, FormulationReader.standard(), (file, formulation, work) -> {
      work.code(targets.write(file, writer.write(formulation, to), work));
      return null;
    });
    return batch.finish();
  }
}
