package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.braille.BrailleRenderer;
import io.github.sixps.formulation.render.docx.DocxRenderer;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import io.github.sixps.formulation.render.pdf.PdfRenderer;
import io.github.sixps.formulation.review.FormulationDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code formulation diff OLD NEW}: says what changed between two versions of a formulation,
 * grouped under the six headings, for outcome-focused supervision.
 */
@Command(
    name = "diff",
    header = "What changed between two versions of a formulation.",
    sortOptions = false,
    description = {
        "Says what changed between two versions of a formulation: items added, removed, edited "
            + "or moved between headings; ratings and ranks of the perpetuating factors; the "
            + "hypothesis; goal scales; who owns each action, when it is due and how far it has "
            + "got; reviews added; the title, date and status.",
        "Items are matched by id, so a factor that moves from one heading to another is shown "
            + "as moved. The changes are grouped under the six headings, one sentence a line.",
        "\"Since\" is the date of the latest review in OLD, or its formulation date if it has "
            + "no review, unless --since says otherwise.",
        "With --to md, html, pdf, docx or brf the changes become a document to share, headed \"What "
            + "changed since\" that date; a PDF needs --out."
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation diff family-november.yaml family.yaml",
        "  formulation diff family-november.yaml family.yaml --out changes.txt",
        "  formulation diff family-november.yaml family.yaml --to html \\",
        "      --out changes.html",
        "  formulation diff examples/src/main/resources/worked/before-review/\\",
        "young-carer-kowalski.yaml examples/src/main/resources/worked/\\",
        "young-carer-kowalski.yaml",
        "",
        "Exit code 0 whether or not anything changed, 2 when the command line was",
        "wrong, 3 when a file could not be read, 4 when the output could not be",
        "written."
    })
final class DiffCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version.")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later version.")
  Path newer;

  @Option(names = "--since", paramLabel = "DATE",
      description = "The date of the earlier version for the heading (YYYY-MM-DD); the date of "
          + "its latest review, else its formulation date, if left out.")
  LocalDate since;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Where to write the changes; standard output if left out. What diff "
          + "wrote there before from the same two files, unchanged since, is replaced; another "
          + "file only with --force; a formulation (OLD or NEW among them) never. The folder is"
          + " made if need be.")
  Path out;

  @Option(names = "--force",
      description = "Replace FILE even if diff did not make it. A formulation is never "
          + "replaced.")
  boolean force;

  @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (the default: one sentence a line), md, html, pdf, docx (Word) or brf"
          + " (braille).")
  String to;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    Optional<RenderChoices.Format> format = format(cl);
    if (format.isPresent() && format.get().binary && out == null) {
      throw new CommandLine.ParameterException(cl, "--to " + format.get().extension + " needs"
          + " --out FILE: a " + format.get().extension + " file has no place on a terminal");
    }
    Problems problems = new Problems(cl.getErr(), common.debug);
    FormulationReader reader = FormulationReader.standard();
    Formulation before = read(reader, older, problems);
    Formulation after = read(reader, newer, problems);
    if (before == null || after == null) {
      return ExitCode.UNREADABLE;
    }
    if (out != null) {
      int free = Replacing.documents("diff", Map.of(out, List.of(older, newer)), force,
          problems, Outputs.of(spec));
      if (free != ExitCode.OK) {
        return free;
      }
    }
    Outputs outputs = Outputs.of(spec);
    FormulationDiff diff = FormulationDiff.between(before, after).since(sinceDate(before));
    if (format.isEmpty()) {
      // The text is the formulation's own words: cleaned line by line so that no control
      // character in a statement can recolour or rewrite the terminal.
      String safe = diff.toText().lines().map(TerminalText::clean)
          .collect(Collectors.joining("\n", "", "\n"));
      return outputs.write(safe, out, cl.getOut(), problems);
    }
    switch (format.get()) {
      case PDF:
        return outputs.write(PdfRenderers.build(PdfRenderer.builder(), cl)
            .renderChanges(diff), out, problems);
      case DOCX:
        return outputs.write(DocxRenderer.builder().build().renderChanges(diff), out, problems);
      case HTML:
        return outputs.write(HtmlRenderer.builder().build().renderChanges(diff), out,
            cl.getOut(), problems);
      case BRF:
        return outputs.write(BrailleRenderer.builder()
            .warnings(w -> cl.getErr().println("Warning: " + w)).build().renderChanges(diff),
            out, cl.getOut(), problems);
      default:
        return outputs.write(MarkdownRenderer.builder().build().renderChanges(diff), out,
            cl.getOut(), problems);
    }
  }

  /** Plain text, or a document format; "text" is not one of the renderers' formats. */
  private Optional<RenderChoices.Format> format(CommandLine cl) {
    if (to.equalsIgnoreCase("text") || to.equalsIgnoreCase("txt")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new RenderChoices.FormatConverter().convert(to));
    } catch (CommandLine.TypeConversionException e) {
      throw new CommandLine.ParameterException(cl, "--to: \"" + to + "\" is not a format; use"
          + " text, md, html, pdf, docx or brf");
    }
  }

  private static Formulation read(FormulationReader reader, Path file, Problems problems) {
    try {
      return reader.read(file);
    } catch (IOException e) {
      problems.unreadable(file, e);
      return null;
    }
  }

  private LocalDate sinceDate(Formulation before) {
    if (since != null) {
      return since;
    }
    return FormulationDiff.dateOf(before).orElseGet(() -> modified(older));
  }

  /** The day a file was last changed, for a version that carries no date of its own. */
  private static LocalDate modified(Path file) {
    try {
      return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(),
          ZoneId.systemDefault());
    } catch (IOException e) {
      return LocalDate.now();
    }
  }
}
