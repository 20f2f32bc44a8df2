package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.validate.FamilyReadiness;
import io.github.sixps.formulation.validate.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code formulation render FILE... --to md|html|pdf|docx|brf}: formulations as documents for people.
 */
@Command(
    name = "render",
    header = "Documents to read and share: Markdown, HTML, PDF, Word or Braille.",
    sortOptions = false,
    description = {
        "Renders formulations as documents people can read: Markdown; one standalone, "
            + "accessible HTML page that works offline and prints well on A4; or an accessible, "
            + "tagged A4 PDF (PDF/UA) with page numbers and the protective marking on every page; "
            + "or an accessible Word document (.docx) to edit in Word or LibreOffice and attach "
            + "to the case record; or a Braille Ready File (.brf) in contracted Unified English Braille, 40 cells by "
            + "25 lines a page, for the family unless --audience practitioner is given.",
        "Each output goes into the --out folder, named after its input (family.yaml becomes "
            + "family.html, or family-family.html for the family audience), and is written "
            + "whole or not at all. A file found in a subfolder of a folder given keeps that "
            + "subfolder under --out. Two inputs that would give the same name are refused "
            + "before anything is written.",
        "A document render made before from the same files, unchanged since, is replaced; "
            + "any other file in the way is kept, and the run refused, unless you add --force. "
            + "A formulation is never replaced, --force or not. Folders are made as needed, and "
            + "taken away again if nothing could be written into them.",
        "With --view supervision the document is a short summary for outcome-focused "
            + "supervision, in the order a manager asks: what is late as of today (or --as-of) "
            + "and, with --previous, which due dates moved (drift); the child's words; each "
            + "goal's progress; what is coming up; the hypothesis and the perpetuating factors "
            + "ranked highest; and what changed since the previous version. It is written as "
            + "NAME-supervision.pdf (with the ending --to gives; NAME-supervision-family.pdf for "
            + "the family), beside the full document, NAME.pdf.",
        "A family's version (--audience family, and Braille unless --audience practitioner) "
            + "is refused while its words can read as blaming or labelling, as formulation "
            + "validate's deficit-language check finds; --allow-findings writes it anyway, with "
            + "a banner for the practitioner at the top.",
        InputFiles.MANY
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation render family.yaml --to html",
        "  formulation render family.yaml --to pdf --audience family --marking none",
        "  formulation render cases/ --to pdf --out handouts",
        "  formulation render examples/src/main/resources/worked/ --to md --out md",
        "  formulation render family.yaml --to html --terminology clinical-5ps-plan \\",
        "      --teaching",
        "  formulation render family.yaml --to html --fragment --out fragments",
        "  formulation render family.yaml --to pdf --archival",
        "  formulation render family.yaml --to docx --audience family",
        "  formulation render family.yaml --to brf",
        "  formulation render family.yaml --view supervision --previous \\",
        "      family-november.yaml --to pdf",
        "",
        "Exit code 0 when every document was written, 1 when a family's version was",
        "refused for its words, 2 when the command line was",
        "wrong, 3 when a file could not be read, 4 when a document could not be",
        "written."
    })
final class RenderCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  RenderChoices choices;

  @Mixin
  RenderChoices.DocumentOptions document;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Formulation files or folders.")
  List<Path> paths;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = ".",
      description = "The folder to write into; the current folder unless given. It is made if"
          + " it does not exist.")
  Path out;

  @Option(names = "--force",
      description = "Replace files that are in the way and are not documents render made "
          + "before from the same files, unchanged. A formulation is never replaced.")
  boolean force;

  @Option(names = "--previous", paramLabel = "OLD",
      description = "An earlier version of the one formulation given: the document then says "
          + "what changed since it.")
  Path previous;

  @Option(names = "--allow-findings",
      description = "Writes a family's version even when its words can read as blaming or"
          + " labelling (the deficit-language check); it then carries a banner for the"
          + " practitioner. Without it such a file is refused, with the words to change.")
  boolean allowFindings;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    document.applyTo(choices);
    choices.check(cl);
    Batch batch = Batch.of(spec, common.debug);
    List<Path> files = batch.files(paths);
    Optional<Formulation> earlier = Optional.empty();
    if (previous != null) {
      if (files.size() != 1 || paths.size() != 1) {
        throw new CommandLine.ParameterException(cl, "--previous compares two versions of one"
            + " formulation: give one FILE with it");
      }
      try {
        earlier = Optional.of(FormulationReader.standard().read(previous));
      } catch (IOException e) {
        new Problems(cl.getErr(), common.debug).unreadable(previous, e);
        return ExitCode.UNREADABLE;
      }
    }
    Function<Formulation, byte[]> renderer = choices.renderer(cl, earlier);
    Targets targets = Targets.inFolder(cl, paths, files, out, choices::outputName);
    Problems problems = new Problems(cl.getErr(), common.debug);
    List<Path> shared = new ArrayList<>();
    choices.inputs().ifPresent(shared::add);
    if (previous != null) {
      shared.add(previous);
    }
    int ready = Replacing.documents("render", targets.withInputs(shared), force, problems,
        Outputs.of(spec));
    if (ready == ExitCode.OK) {
      ready = targets.prepare(problems);
    }
    if (ready != ExitCode.OK) {
      return Math.max(ready, batch.finish());
    }
    boolean checkWords = choices.audience() == Audience.FAMILY && !allowFindings;
    batch.read(files, FormulationReader.standard(), (file, formulation, work) -> {
      if (checkWords && refusedForFamily(file, formulation, work)) {
        return null;
      }
      work.code(targets.write(file, renderer.apply(formulation), work));
      return null;
    });
    return batch.finish();
  }

  /**
   * Whether a family's version is refused because its words can read as blaming: each such
   * word is a problem, with where it is and what to write instead, and nothing is written.
   */
  private static boolean refusedForFamily(Path file, Formulation formulation, Batch.Work work) {
    List<Finding> blockers = FamilyReadiness.standard().blockers(formulation);
    if (blockers.isEmpty()) {
      return false;
    }
    for (Finding f : blockers) {
      work.problems().line(file + ": " + f.path() + ": " + f.message()
          + f.suggestion().map(s -> " (" + s + ")").orElse(""));
    }
    work.problems().line(file + ": the family's version was not written: change the words"
        + " above, or give --allow-findings to write it with a banner for the practitioner");
    work.code(ExitCode.FINDINGS);
    return true;
  }
}
