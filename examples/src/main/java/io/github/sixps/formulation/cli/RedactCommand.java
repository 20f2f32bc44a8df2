package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.redact.Pseudonymiser;
import io.github.sixps.formulation.redact.Redaction;
import io.github.sixps.formulation.redact.Uncertainty;
import java.io.PrintWriter;
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

/**
 * {@code formulation redact FILE [--out FILE] [--shift-dates DAYS] [--keep-agencies]}: makes a
 * training example from a real formulation and lists what to check by hand.
 */
@Command(
    name = "redact",
    header = "Pseudonymises a real formulation to make a training example.",
    sortOptions = false,
    description = {
        "Pseudonymises a formulation to make a training example: every person and contributor "
            + "becomes a placeholder such as \"Child A\", \"Parent 1\" or \"Social worker\", "
            + "wherever their name occurs, free text included; agencies become generic; dates "
            + "can be moved.",
        "It then lists what it could not be sure of, one a line as PATH: kind: text (note): "
            + "capitalised words that are not known names, phone numbers, dates, postcodes and "
            + "email addresses. Read the output before you share it: a family's story can "
            + "identify it even with every name gone.",
        "For one file, the result is YAML, or the format --out's extension names. Without "
            + "--out it goes to standard output and the list to standard error; with --out the "
            + "file is written whole or not at all and the list goes to standard output.",
        "For more files, or a folder, --out DIR is needed. A file's name often names the "
            + "family, so the results are numbered in the order given: DIR/example-1.yaml, "
            + "DIR/example-2.yaml and so on. Standard output says which is which, with each "
            + "file's list under it.",
        "Nothing is written over: a file that exists already, the real formulation above "
            + "all, is left as it was unless you add --force. Folders are made as needed.",
        InputFiles.MANY
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation redact family.yaml --out training.yaml",
        "  formulation redact family.yaml --shift-dates -120 --out training.json",
        "  formulation redact family.yaml --keep-agencies > training.yaml",
        "  formulation redact real-cases/ --shift-dates -90 --out training/",
        "  formulation redact family.yaml --out family.yaml --force",
        "      (replaces the real formulation with its training copy)",
        "",
        "Exit code 0 when every result was written, 2 when the command line was wrong,",
        "3 when a file could not be read, 4 when a result could not be written or would",
        "replace a file without --force."
    })
final class RedactCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "The formulations to pseudonymise: files or folders.")
  List<Path> paths;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE|DIR",
      description = "Where to write: a .yaml, .yml or .json file for one formulation "
          + "(standard output if left out), a folder for more.")
  Path out;

  @Option(names = "--shift-dates", paramLabel = "DAYS", defaultValue = "0",
      description = "Move every date by this many days, keeping the gaps between them; "
          + "negative moves them earlier. Default: ${DEFAULT-VALUE}.")
  int shiftDays;

  @Option(names = "--force",
      description = "Replace files that exist already, even the formulation being redacted.")
  boolean force;

  @Option(names = "--keep-agencies",
      description = "Keep the agencies' own names instead of generic ones such as \"the school\".")
  boolean keepAgencies;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    if (Math.abs((long) shiftDays) > Pseudonymiser.MAX_SHIFT_DAYS) {
      throw new CommandLine.ParameterException(cl, "--shift-dates "
          + shiftDays + " is too far: at most " + Pseudonymiser.MAX_SHIFT_DAYS
          + " days either way");
    }
    Batch batch = Batch.of(spec, common.debug);
    List<Path> files = batch.files(paths);
    // A file's name often names the family, so results in a folder are numbered instead.
    Map<Path, Integer> numbers = new HashMap<>();
    files.forEach(file -> numbers.put(file, numbers.size() + 1));
    Targets targets = Targets.fileOrFolder(cl, paths, files, out,
        file -> "example-" + numbers.get(file) + ".yaml");
    FileFormat format = FileFormat.YAML;
    if (out != null && !targets.inFolder()) {
      format = FileFormat.of(out).orElseThrow(() -> new CommandLine.ParameterException(
          cl, "--out " + out + " should end in .yaml, .yml or .json"));
    }
    Problems problems = new Problems(cl.getErr(), common.debug);
    int ready = Replacing.formulations("redact", targets.withInputs(List.of()), force,
        Replacing.FORCE, problems, Outputs.of(spec));
    if (ready == ExitCode.OK) {
      ready = targets.prepare(problems);
    }
    if (ready != ExitCode.OK) {
      return Math.max(ready, batch.finish());
    }
    Pseudonymiser pseudonymiser = Pseudonymiser.builder()
        .replaceAgencies(!keepAgencies)
        .shiftDays(shiftDays)
        .build();
    FormulationWriter writer = FormulationWriter.standard();
    FileFormat chosen = format;
    batch.read(files, FormulationReader.standard(), (file, formulation, work) -> {
      Redaction redaction = pseudonymiser.redact(formulation);
      int code = targets.write(file, writer.write(redaction.formulation(), chosen), work);
      work.code(code);
      if (code == ExitCode.OK) {
        // The list must not mix with a formulation written to standard output.
        report(redaction, targets.of(file).isPresent() ? work.out() : work.err());
      }
      return null;
    });
    return batch.finish();
  }

  private static void report(Redaction redaction, PrintWriter to) {
    for (Uncertainty u : redaction.report()) {
      to.println(u);
    }
    int n = redaction.report().size();
    to.println(n == 0 ? "Nothing to check by hand; read it through all the same."
        : n + (n == 1 ? " thing" : " things") + " to check by hand.");
  }
}
