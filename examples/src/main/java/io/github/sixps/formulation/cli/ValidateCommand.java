package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FormulationReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code formulation validate FILE...}: reads formulation files and reports any problems. */
@Command(
    name = "validate",
    sortOptions = false,
    description = {
        "Reads formulation files and reports every one that cannot be read: a misspelt or "
            + "repeated key, a value of the wrong kind, a malformed date.",
        "Folders are searched for .yaml, .yml and .json files."
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation validate family.yaml",
        "  formulation validate examples/src/main/resources/worked",
        "",
        "Exit code 0 when every file was read, 3 when one could not be."
    })
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Formulation files or folders.")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Problems problems = new Problems(spec.commandLine().getErr(), common.debug);
    FormulationReader reader = FormulationReader.standard();
    int read = 0;
    int unreadable = 0;
    for (Path path : paths) {
      List<Path> files;
      try {
        files = InputFiles.expand(List.of(path));
      } catch (IOException e) {
        problems.unreadable(path, e);
        unreadable++;
        continue;
      }
      if (files.isEmpty()) {
        problems.line(path + ": no .yaml, .yml or .json files in this folder");
        unreadable++;
      }
      for (Path file : files) {
        try {
          reader.read(file);
          out.println(file + ": well-formed");
          read++;
        } catch (IOException e) {
          problems.unreadable(file, e);
          unreadable++;
        }
      }
    }
    out.println(summary(read, unreadable));
    out.flush();
    return unreadable > 0 ? ExitCode.UNREADABLE : ExitCode.OK;
  }

  private static String summary(int read, int unreadable) {
    int total = read + unreadable;
    return total + (total == 1 ? " file: " : " files: ") + read + " well-formed, " + unreadable
        + " could not be read";
  }
}
