package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FormulationSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code formulation schema}: prints the JSON Schema of the file format. */
@Command(
    name = "schema",
    header = "The JSON Schema of the file format.",
    description = "Prints the JSON Schema (draft 2020-12) of the sixps/1 file format, for editors "
        + "and other tools that check formulation files.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation schema",
        "  formulation schema --out sixps-1.schema.json",
        "",
        "Exit code 0 when it was written, 2 when the command line was wrong, 4 when the",
        "file could not be written."
    })
final class SchemaCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Where to write the schema; standard output if left out. A schema "
          + "this command wrote there before, unchanged since, is replaced; another file only "
          + "with --force; a formulation never. The folder is made if need be.")
  Path out;

  @Option(names = "--force",
      description = "Replace FILE even if schema did not make it. A formulation is never "
          + "replaced.")
  boolean force;

  @Override
  public Integer call() {
    Problems problems = new Problems(spec.commandLine().getErr(), common.debug);
    Outputs outputs = Outputs.of(spec);
    if (out != null) {
      int free = Replacing.documents("schema", Map.of(out, List.of()), force, problems,
          outputs);
      if (free != ExitCode.OK) {
        return free;
      }
    }
    return outputs.write(FormulationSchema.json(), out, spec.commandLine().getOut(), problems);
  }
}
