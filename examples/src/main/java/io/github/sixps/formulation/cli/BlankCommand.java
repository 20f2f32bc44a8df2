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

/** {@code formulation blank --to html|md|pdf|docx|brf}: a blank 6Ps worksheet for meetings. */
@Command(
    name = "blank",
    header = "A blank 6Ps worksheet to fill in by hand.",
    sortOptions = false,
    description = "Writes a blank 6Ps worksheet: one sheet of six boxes (one for each P, "
        + "each with its question and room to write) and one of the three houses (worries, "
        + "good things, dreams) with the hypothesis under them. On paper, each sheet is one A4 "
        + "page turned sideways. For meetings and workshops.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation blank --to pdf --out worksheet.pdf",
        "  formulation blank --to pdf --audience family --out our-worksheet.pdf",
        "  formulation blank --to docx --out worksheet.docx",
        "  formulation blank --to html --out worksheet.html",
        "  formulation blank --to html --terminology clinical-5ps-plan \\",
        "      --out worksheet.html",
        "  formulation blank --to md",
        "  formulation blank --to brf --out our-worksheet.brf",
        "",
        "Exit code 0 when it was written, 2 when the command line was wrong, 4 when",
        "the file could not be written."
    })
final class BlankCommand implements Callable<Integer> {
  /** The formats a worksheet is made in: every format, braille too. */
  static final Set<RenderChoices.Format> FORMATS = Collections.unmodifiableSet(EnumSet.allOf(
      RenderChoices.Format.class));

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
