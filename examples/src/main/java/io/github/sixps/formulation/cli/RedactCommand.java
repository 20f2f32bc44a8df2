package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.redact.Pseudonymiser;
import io.github.sixps.formulation.redact.Redaction;
import io.github.sixps.formulation.redact.Replacement;
import io.github.sixps.formulation.redact.Uncertainty;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        "A name that is also an ordinary word (Park, Green, Will, Hope) is replaced only where "
            + "it is used as a name, so \"the park\" stays. Other spellings of a name, in any "
            + "script, are replaced when the person's name in the file gives them, as in "
            + "\"Zofia Nowak (Zosia)\". Ids that carry a name change everywhere they are used, and "
            + "with --shift-dates, dates written in the text move too.",
        "It then reports, field by field, one a line: what it replaced (PATH: replaced: now "
            + "...), saying only what is there now, and what it could not be sure of (PATH: "
            + "kind: text (note)): capitalised words that are not known names, text in another "
            + "script, other forms of a name (Zosią of Zosia), names that may be ordinary words, "
            + "dates it could not move, phone numbers, postcodes and email addresses. Read the "
            + "output before you share it: a family's story can identify it even with every "
            + "name gone.",
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
      description = "Move every date by this many days, keeping the gaps between them, "
          + "dates written in the text too (\"7 December\", \"March 2019\"); negative moves "
          + "them earlier. Default: ${DEFAULT-VALUE}.")
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

  /**
   * The report, field by field in document order: what each field had replaced (what stands
   * there now, never the real name), then what in it to check and why; then the totals. It says
   * nothing was flagged only when nothing was.
   */
  static void report(Redaction redaction, PrintWriter to) {
    Map<String, Map<String, Integer>> replaced = new LinkedHashMap<>();
    Map<String, List<Uncertainty>> flagged = new LinkedHashMap<>();
    Set<String> paths = new LinkedHashSet<>();
    Map<Replacement.Kind, Integer> totals = new EnumMap<>(Replacement.Kind.class);
    for (Replacement r : redaction.replacements()) {
      paths.add(r.path());
      replaced.computeIfAbsent(r.path(), p -> new LinkedHashMap<>())
          .merge(r.text() + " (" + r.kind().label() + ")", 1, Integer::sum);
      totals.merge(r.kind(), 1, Integer::sum);
    }
    for (Uncertainty u : redaction.report()) {
      paths.add(u.path());
      flagged.computeIfAbsent(u.path(), p -> new ArrayList<>()).add(u);
    }
    for (String path : paths) {
      Map<String, Integer> now = replaced.getOrDefault(path, Map.of());
      if (!now.isEmpty()) {
        List<String> parts = new ArrayList<>();
        now.forEach((what, n) -> parts.add(what + (n == 1 ? "" : " x" + n)));
        to.println((path.isEmpty() ? "(formulation)" : path) + ": replaced: now "
            + String.join(", ", parts));
      }
      flagged.getOrDefault(path, List.of()).forEach(to::println);
    }
    if (!totals.isEmpty()) {
      List<String> counts = new ArrayList<>();
      totals.forEach((kind, n) -> counts.add(n + " " + noun(kind, n)));
      to.println("Replaced " + join(counts) + " in " + replaced.size()
          + (replaced.size() == 1 ? " field." : " fields."));
    }
    int n = redaction.report().size();
    to.println(n == 0
        ? "Nothing flagged to check by hand. Still read the whole file before you share it: "
            + "a program cannot tell everything that makes a family known."
        : n + (n == 1 ? " thing" : " things") + " to check by hand. Read each one, and then the "
            + "whole file, before you share it.");
  }

  private static String noun(Replacement.Kind kind, int n) {
    String one = switch (kind) {
      case NAME -> "name";
      case ID -> "id";
      case AGENCY -> "agency";
      case CASE_REFERENCE -> "case reference";
      case FAMILY_NAME -> "family name";
      case DATE -> "date";
    };
    return n == 1 ? one : kind == Replacement.Kind.AGENCY ? "agencies" : one + "s";
  }

  private static String join(List<String> parts) {
    return parts.size() == 1 ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and "
            + parts.get(parts.size() - 1);
  }
}
