package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.CarriedComments;
import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code formulation convert FILE --to json|yaml}: rewrites a formulation in the other format. */
@Command(
    name = "convert",
    header = "Rewrites formulations as JSON or YAML.",
    sortOptions = false,
    description = {
        "Rewrites formulations as JSON or YAML, in the canonical form: keys in a fixed order, "
            + "empty values left out. Nothing else changes.",
        "For one file, the result goes to --out FILE, or to standard output without it. For "
            + "more, or a folder, --out DIR is needed: each result is named after its file "
            + "(family.yaml becomes DIR/family.json), in the subfolder it was found in under a "
            + "folder given. Folders are made as needed. Files are written whole or not at all: "
            + "a failed conversion leaves no partial file.",
        "Nothing is written over: a file that exists already, the file being converted above "
            + "all, is left as it was unless you add --force. To tidy files where they are, "
            + "use --in-place: each is rewritten over itself, in the format it is in.",
        "YAML written over YAML keeps the old file's comments on lines of their own, each "
            + "before the same key or item (an item known by its id). A comment at the end of "
            + "a line, or above something no longer there, cannot be kept: each is named on "
            + "standard error.",
        InputFiles.MANY
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation convert family.yaml --to json --out family.json",
        "  formulation convert family.json --to yaml > family.yaml",
        "  formulation convert family.yaml --to yaml --in-place",
        "      (tidies a file where it is)",
        "  formulation convert family.yaml --to json --out family.json --force",
        "      (replaces an earlier family.json)",
        "  formulation convert cases/ --to json --out json/",
        "",
        "Exit code 0 when all were converted, 2 when the command line was wrong, 3 when",
        "a file could not be read, 4 when a result could not be written or would",
        "replace a file without --force."
    })
final class ConvertCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "The formulations to convert: files or folders.")
  List<Path> paths;

  @Option(names = "--to", required = true, paramLabel = "FORMAT",
      description = "The format to write: yaml or json.")
  FileFormat to;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Where to write: a file for one formulation (standard output if left "
          + "out), a folder for more.")
  Path out;

  @Option(names = "--in-place",
      description = "Rewrite each file over itself, in its own format, instead of writing "
          + "the results elsewhere.")
  boolean inPlace;

  @Option(names = "--force",
      description = "Replace files that exist already, the files being converted among them.")
  boolean force;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    Batch batch = Batch.of(spec, common.debug);
    List<Path> files = batch.files(paths);
    Targets targets;
    if (inPlace) {
      targets = inPlace(cl, files);
    } else {
      targets = Targets.fileOrFolder(cl, paths, files, out,
          file -> InputFiles.stem(file) + "." + to.extension());
      if (out != null && !targets.inFolder()) {
        Optional<FileFormat> named = FileFormat.of(out);
        if (named.isPresent() && named.get() != to) {
          throw new CommandLine.ParameterException(cl, "--out " + out
              + " ends in ." + named.get().extension() + " but --to asks for " + to.extension());
        }
      }
    }
    Problems problems = new Problems(cl.getErr(), common.debug);
    boolean overAnInput = out != null && files.stream().anyMatch(f -> Replacing.same(f, out));
    int ready = Replacing.formulations("convert", targets.withInputs(List.of()),
        force || inPlace, overAnInput ? "use --in-place instead of --out to rewrite it where it"
            + " is" : Replacing.FORCE, problems, Outputs.of(spec));
    if (ready == ExitCode.OK) {
      ready = targets.prepare(problems);
    }
    if (ready != ExitCode.OK) {
      return Math.max(ready, batch.finish());
    }
    FormulationWriter writer = FormulationWriter.standard();
    batch.read(files, FormulationReader.standard(), (file, formulation, work) -> {
      String text = writer.write(formulation, to);
      Optional<Path> target = targets.of(file);
      if (to == FileFormat.YAML && target.isPresent()) {
        text = keepingComments(writer, formulation, target.get(), text, work);
      }
      work.code(targets.write(file, text, work));
      return null;
    });
    return batch.finish();
  }

  /**
   * The new YAML with the comments of the YAML file it replaces ({@code --in-place}, or
   * {@code --force}), saying on standard error which comments could not be kept.
   */
  private static String keepingComments(FormulationWriter writer, Formulation formulation,
      Path target, String text, Batch.Work work) {
    if (FileFormat.of(target).orElse(null) != FileFormat.YAML) {
      return text;
    }
    CarriedComments carried;
    try {
      carried = writer.textKeepingComments(formulation, target);
    } catch (IOException e) {
      // Unreadable as text: there are no comments to keep, and the write says what is wrong.
      return text;
    }
    carried.notKept().forEach(lost -> work.err().println(target + ": a comment could not be"
        + " kept: " + TerminalText.clean(lost)));
    return carried.text();
  }

  /** Each file rewritten over itself: only in the format it is in already. */
  private Targets inPlace(CommandLine cl, List<Path> files) {
    if (out != null) {
      throw new CommandLine.ParameterException(cl, "--in-place rewrites each file where it "
          + "is: leave out --out, or leave out --in-place to write the results to --out");
    }
    List<String> other = files.stream()
        .filter(f -> FileFormat.of(f).map(format -> format != to).orElse(true))
        .map(Path::toString).toList();
    if (!other.isEmpty()) {
      throw new CommandLine.ParameterException(cl, "--in-place keeps each file's name, so it "
          + "keeps its format too, and --to " + to.extension() + " does not fit "
          + String.join(", ", other) + "; write those to --out instead");
    }
    return Targets.inPlace(cl, files);
  }
}
