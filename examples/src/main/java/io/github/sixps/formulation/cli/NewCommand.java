package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationTemplate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code formulation new [--out FILE]}: a commented template for a new formulation. */
@Command(
    name = "new",
    header = "A template for a new formulation, with a prompt for each P.",
    sortOptions = false,
    description = {
        "Writes a new formulation in YAML to fill in: the people, each of the six Ps, the "
            + "child's voice, the hypothesis, goals and SMART actions, each with a plain "
            + "prompt in a comment. Its date is today's; everything else is blank.",
        "It reads as a draft straight away. 'formulation validate FILE --profile draft' lists "
            + "what is still blank, and 'formulation validate FILE' what else to do before it "
            + "is complete."
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation new --out begum.yaml",
        "  formulation new > begum.yaml",
        "  formulation new --out begum.yaml --force    (replace the file)",
        "",
        "Exit code 0 when the template was written, 2 when the command line was wrong,",
        "4 when it could not be written, or when the file exists and --force was not",
        "given."
    })
final class NewCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Where to write it, a .yaml or .yml file; standard output if left out. "
          + "The folder it goes in is made if need be. An existing file is not replaced "
          + "without --force.")
  Path out;

  @Option(names = "--force", description = "Replace FILE if it exists already.")
  boolean force;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    Problems problems = new Problems(cl.getErr(), common.debug);
    if (out != null) {
      Optional<FileFormat> format = FileFormat.of(out);
      if (format.isPresent() && format.get() != FileFormat.YAML) {
        throw new CommandLine.ParameterException(cl, "--out " + out + ": the template is "
            + "YAML, with comments JSON cannot hold; name it .yaml, then convert it once it is "
            + "filled in");
      }
      int free = Replacing.formulations("new", Map.of(out, List.of()), force,
          Replacing.FORCE, problems, Outputs.of(spec));
      if (free != ExitCode.OK) {
        return free;
      }
    }
    int code = Outputs.of(spec).write(template(LocalDate.now()), out, cl.getOut(), problems);
    if (code == ExitCode.OK && out != null) {
      cl.getOut().println("Wrote " + out + ". Fill it in, then see what is left with:");
      cl.getOut().println("  formulation validate " + out + " --profile draft");
      cl.getOut().flush();
    }
    return code;
  }

  /** The template, dated {@code today}. */
  static String template(LocalDate today) {
    return FormulationTemplate.yaml(today);
  }
}
