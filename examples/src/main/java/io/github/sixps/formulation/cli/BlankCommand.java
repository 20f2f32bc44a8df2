package io.github.sixps.formulation.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code formulation blank --to html|md|pdf|docx}: a blank 6Ps worksheet for workshops. */
@Command(
    name = "blank",
    header = "A blank 6Ps worksheet to fill in by hand.",
    sortOptions = false,
    description = "Writes a blank 6Ps worksheet: each heading with a short explanation, "
        + "questions to ask and room to write. For workshops and first meetings.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation blank --to pdf --out worksheet.pdf",
        "  formulation blank --to pdf --audience family --out our-worksheet.pdf",
        "  formulation blank --to docx --out worksheet.docx",
        "  formulation blank --to html --out worksheet.html",
        "  formulation blank --to html --terminology clinical-5ps-plan \\",
        "      --out worksheet.html",
        "  formulation blank --to md",
        "",
        "Exit code 0 when it was written, 2 when the command line was wrong, 4 when",
        "the file could not be written."
    })
final class BlankCommand implements Callable<Integer> {
  /**
   * The formats a worksheet is made in: what is written on by hand, so not Braille. The help's
   * list of {@code --to} and the check of it both come from here.
   */
  static final Set<RenderChoices.Format> FORMATS = Collections.unmodifiableSet(EnumSet.of(
      RenderChoices.Format.MD, RenderChoices.Format.HTML, RenderChoices.Format.PDF,
      RenderChoices.Format.DOCX));

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  RenderChoices choices;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Where to write the worksheet; standard output if left out (not for pdf"
          + " or docx, which need a file). A worksheet blank wrote there before, unchanged"
          + " since, is replaced; another file only with --force; a formulation never. The"
          + " folder is made if need be.")
  Path out;

  @Option(names = "--force",
      description = "Replace FILE even if blank did not make it. A formulation is never "
          + "replaced.")
  boolean force;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    choices.check(cl);
    if (!FORMATS.contains(choices.to)) {
      throw new CommandLine.ParameterException(cl, "a blank worksheet is for writing on by hand,"
          + " which braille is not: use --to " + RenderChoices.names(FORMATS) + "; formulation"
          + " render --to brf makes a formulation in braille");
    }
    // A worksheet always teaches: the prompts are what people write against.
    choices.teaching = true;
    Problems problems = new Problems(cl.getErr(), common.debug);
    if (choices.to.binary && out == null) {
      throw new CommandLine.ParameterException(cl, "--to " + choices.to.extension + " needs --out"
          + " FILE: a " + choices.to.extension + " file is not written to the terminal");
    }
    if (out != null) {
      int free = Replacing.documents("blank", Map.of(out, choices.inputs().stream().toList()),
          force, problems, Outputs.of(spec));
      if (free != ExitCode.OK) {
        return free;
      }
    }
    Outputs outputs = Outputs.of(spec);
    if (choices.to.binary) {
      return outputs.write(choices.blank(cl), out, problems);
    }
    String text = new String(choices.blank(cl), StandardCharsets.UTF_8);
    return outputs.write(text, out, cl.getOut(), problems);
  }
}
