package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Renderer;
import io.github.sixps.formulation.render.pdf.PdfRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code formulation render FILE... --to md|html|pdf}: formulations as documents for people. */
@Command(
    name = "render",
    sortOptions = false,
    description = {
        "Renders formulations as documents people can read: Markdown; one standalone, "
            + "accessible HTML page that works offline and prints well on A4; or an accessible, "
            + "tagged A4 PDF (PDF/UA) with page numbers and the protective marking on every page.",
        "Each output is named after its input (family.yaml becomes family.html, or "
            + "family-family.html for the family audience) and is written whole or not at all."
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation render family.yaml --to html",
        "  formulation render examples/src/main/resources/worked --to md --out out",
        "  formulation render family.yaml --to html --audience family --marking none",
        "  formulation render family.yaml --to html --terminology clinical-5ps-plan --teaching",
        "  formulation render family.yaml --to html --fragment --out fragments",
        "  formulation render examples/src/main/resources/worked --to pdf --out pdf",
        "  formulation render family.yaml --to pdf --audience family --archival"
    })
final class RenderCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
  RenderChoices choices;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Formulation files or folders.")
  List<Path> paths;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = ".",
      description = "The folder to write into; the current folder unless given. It is made if"
          + " it does not exist.")
  Path out;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    choices.check(cl);
    Problems problems = new Problems(cl.getErr(), common.debug);
    // One renderer for every file: a PDF renderer's fonts and styles are prepared once.
    PdfRenderer pdf = choices.to == RenderChoices.Format.PDF ? choices.pdf(cl) : null;
    Renderer renderer = pdf != null ? null : choices.to == RenderChoices.Format.HTML
        ? choices.html(cl) : choices.markdown(cl);
    int worst = ExitCode.OK;
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      problems.unwritable(out, e);
      return ExitCode.UNWRITABLE;
    }
    Map<String, Path> written = new HashMap<>();
    FormulationReader reader = FormulationReader.standard();
    for (Path path : paths) {
      List<Path> files;
      try {
        files = InputFiles.expand(List.of(path));
      } catch (IOException e) {
        problems.unreadable(path, e);
        worst = Math.max(worst, ExitCode.UNREADABLE);
        continue;
      }
      for (Path file : files) {
        Formulation f;
        try {
          f = reader.read(file);
        } catch (IOException e) {
          problems.unreadable(file, e);
          worst = Math.max(worst, ExitCode.UNREADABLE);
          continue;
        }
        String name = choices.outputName(file);
        Path target = out.resolve(name);
        Path earlier = written.putIfAbsent(name, file);
        if (earlier != null) {
          problems.line(file + ": not written, because " + earlier + " was already written to "
              + target + "; render them into different folders");
          worst = Math.max(worst, ExitCode.UNWRITABLE);
          continue;
        }
        int code = pdf != null ? Destination.write(pdf.render(f), target, problems)
            : Destination.write(renderer.render(f), target, null, problems);
        if (code == ExitCode.OK) {
          cl.getOut().println(file + " -> " + target);
        }
        worst = Math.max(worst, code);
      }
    }
    cl.getOut().flush();
    return worst;
  }
}
