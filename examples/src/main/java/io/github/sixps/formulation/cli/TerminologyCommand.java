package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.render.Terminology;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code formulation terminology}: prints a complete terminology file to translate. */
@Command(
    name = "terminology",
    header = "A complete file of the words documents use, to translate.",
    description = "Prints every word a document shows that is not the formulation's own "
        + "(headings, labels, months, the marking, page furniture, teaching notes), with its "
        + "language and direction, as YAML with a note on each. Translate the texts, then "
        + "give the file to render or blank with --terminology.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation terminology --out our-words.yaml",
        "  formulation terminology --base family --out family-words.yaml",
        "  formulation render ahmed.yaml --to pdf --audience family \\",
        "      --terminology our-words.yaml",
        "",
        "Exit code 0 when it was written, 2 when the command line was wrong (an unknown",
        "--base too), 4 when the file could not be written or is there already",
        "without --force."
    })
final class TerminologyCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--base", paramLabel = "NAME", defaultValue = "leeds-6ps",
      description = "The built-in words to start from: leeds-6ps (the default), family or "
          + "clinical-5ps-plan.")
  String base;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Where to write the file; standard output if left out. The folder is "
          + "made if need be; a file there already (perhaps a translation) is kept unless "
          + "this command wrote it and it is unchanged since, or --force is given. A "
          + "formulation is never replaced.")
  Path out;

  @Option(names = "--force", description = "Replace FILE if it exists already.")
  boolean force;

  @Override
  public Integer call() {
    Terminology words;
    try {
      words = Terminology.named(base);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--base: " + e.getMessage());
    }
    Problems problems = new Problems(spec.commandLine().getErr(), common.debug);
    if (out != null) {
      int free = Replacing.documents("terminology", Map.of(out, List.of()), force, problems,
          Outputs.of(spec));
      if (free != ExitCode.OK) {
        return free;
      }
    }
    return Outputs.of(spec).write(words.template(), out, spec.commandLine().getOut(), problems);
  }
}
