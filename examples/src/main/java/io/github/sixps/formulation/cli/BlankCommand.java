package io.github.sixps.formulation.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code formulation blank --to html|md|pdf}: a blank 6Ps worksheet for workshops. */
@Command(
    name = "blank",
    sortOptions = false,
    description = "Writes a blank 6Ps worksheet: each heading with a short explanation, "
        + "questions to ask and room to write. For workshops and first meetings.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation blank --to html --out worksheet.html",
        "  formulation blank --to html --terminology clinical-5ps-plan --out worksheet.html",
        "  formulation blank --to md",
        "  formulation blank --to pdf --out worksheet.pdf"
    })
final class BlankCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
  RenderChoices choices;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Where to write the worksheet; standard output if left out (not for pdf,"
          + " which needs a file).")
  Path out;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    choices.check(cl);
    // A worksheet always teaches: the prompts are what people write against.
    choices.teaching = true;
    Problems problems = new Problems(cl.getErr(), common.debug);
    if (choices.to == RenderChoices.Format.PDF) {
      if (out == null) {
        throw new CommandLine.ParameterException(cl, "--to pdf needs --out FILE: a PDF is not"
            + " written to the terminal");
      }
      return Destination.write(choices.pdf(cl).renderBlank(), out, problems);
    }
    String text = choices.to == RenderChoices.Format.HTML ? choices.html(cl).renderBlank()
        : choices.markdown(cl).renderBlank();
    return Destination.write(text, out, cl.getOut(), problems);
  }
}
