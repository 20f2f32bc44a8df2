package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FormulationSchema;
import io.github.sixps.formulation.io.FormulationWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code formulation schema}: prints the JSON Schema of the file format. */
@Command(
    name = "schema",
    description = "Prints the JSON Schema (draft 2020-12) of the sixps/1 file format, for editors "
        + "and other tools that check formulation files.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation schema",
        "  formulation schema --out sixps-1.schema.json"
    })
final class SchemaCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Where to write the schema; standard output if left out.")
  Path out;

  @Override
  public Integer call() {
    String schema = FormulationSchema.json();
    if (out == null) {
      spec.commandLine().getOut().print(schema);
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
    try {
      FormulationWriter.writeAtomically(out, schema.getBytes(StandardCharsets.UTF_8));
      return ExitCode.OK;
    } catch (IOException e) {
      new Problems(spec.commandLine().getErr(), common.debug).unwritable(out, e);
      return ExitCode.UNWRITABLE;
    }
  }
}
