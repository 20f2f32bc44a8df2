package io.github.sixps.formulation.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for which existing files a command may write over, the same for every command
 * that writes files ({@code render}, {@code blank}, {@code diff}, {@code schema}, {@code demo},
 * {@code terminology}, {@code new}, {@code convert}, {@code redact}), checked for every file
 * before any work is done, so that a refusal costs nothing:
 *
 * <ol>
 *   <li>a file is written where nothing is;
 *   <li>a folder is never replaced by a file, even with {@code --force};
 *   <li>one of the command's own inputs is replaced only when asked in so many words
 *       ({@code --force}, or {@code convert --in-place});
 *   <li>a formulation file (YAML or JSON with {@code schema: sixps/...}) is replaced only by a
 *       command that writes formulations ({@code new}, {@code convert}, {@code redact}) with
 *       {@code --force}: never by a document, a schema or a terminology file;
 *   <li>any other file is replaced with {@code --force}, or, by a command that makes documents,
 *       if it is, unchanged, what this command made earlier from the same inputs ({@link
 *       OwnOutputs} keeps the list that says so).
 * </ol>
 *
 * <p>Every file refused is reported, not only the first, with exit code 4: not written. A file
 * found free is made only while it is still free ({@link Outputs#onlyNew}).
 */
final class Replacing {
  private Replacing() {}

  /** What {@code --force} is asked for with, in the commands that have it. */
  static final String FORCE = "add --force to replace it";

  /** A formulation's first key, in YAML or in JSON. */
  private static final Pattern FORMULATION = Pattern.compile(
      "(?m)(^|[{,])[ \\t]*[\"']?schema[\"']?[ \\t]*:[ \\t]*[\"']?sixps/");
  /** How much of a file is looked at to tell whether it is a formulation. */
  private static final int LOOK = 64 * 1024;

  /**
   * For a command that makes documents, schemas or terminology files: checks each target.
   *
   * @param command the command's name, such as {@code render}
   * @param targets each file to be written, with the inputs it is made from
   * @param force whether {@code --force} was given
   * @param outputs the run's outputs, told where each file comes from and which must be new
   * @return {@link ExitCode#OK}, or {@link ExitCode#UNWRITABLE} after reporting each one
   */
  static int documents(String command, Map<Path, ? extends Collection<Path>> targets,
      boolean force, Problems problems, Outputs outputs) {
    return check(command, false, targets, force, FORCE, problems, outputs);
  }

  /**
   * For a command that makes formulations, which people go on to edit: checks each target.
   *
   * @param howToForce what to add to replace them anyway, such as {@link #FORCE}
   * @return {@link ExitCode#OK}, or {@link ExitCode#UNWRITABLE} after reporting each one
   */
  static int formulations(String command, Map<Path, ? extends Collection<Path>> targets,
      boolean force, String howToForce, Problems problems, Outputs outputs) {
    return check(command, true, targets, force, howToForce, problems, outputs);
  }

  private static int check(String command, boolean formulations,
      Map<Path, ? extends Collection<Path>> targets, boolean force, String howToForce,
      Problems problems, Outputs outputs) {
    int code = ExitCode.OK;
    for (Path target : sorted(targets.keySet())) {
      Collection<Path> inputs = targets.get(target);
      String origin = OwnOutputs.origin(command, inputs);
      if (!formulations) {
        // A formulation is never replaced without --force, so formulations need no list.
        outputs.from(target, origin);
      }
      Optional<String> why = refusal(command, formulations, target, inputs, origin, force,
          howToForce, allInputs(targets));
      if (why.isPresent()) {
        problems.line(target + ": not written, because " + why.get());
        code = ExitCode.UNWRITABLE;
      } else if (!Files.exists(target)) {
        // Free now, but not for certain when written: something else may make it meanwhile.
        outputs.onlyNew(List.of(target), howToForce);
      }
    }
    return code;
  }

  private static List<Path> allInputs(Map<Path, ? extends Collection<Path>> targets) {
    return targets.values().stream().flatMap(Collection::stream).distinct().toList();
  }

  /** Why {@code target} may not be written, in words that follow "because", if it may not. */
  private static Optional<String> refusal(String command, boolean formulations, Path target,
      Collection<Path> inputs, String origin, boolean force, String howToForce,
      List<Path> everyInput) {
    if (Files.isDirectory(target)) {
      return Optional.of("it is a folder, and formulation never puts a file in a folder's"
          + " place; give the output another name");
    }
    if (!Files.exists(target)) {
      return Optional.empty();
    }
    boolean input = everyInput.stream().anyMatch(i -> same(i, target));
    boolean formulation = holdsFormulation(target);
    if (input && !force) {
      return Optional.of("it is one of the files this command reads, and it would be lost; "
          + (formulations ? "write the result to another file with --out, or " + howToForce
          : "give --out another name"));
    }
    if (formulation && !formulations) {
      return Optional.of("it is a formulation, which formulation " + command + " never"
          + " replaces, even with --force; give --out another name");
    }
    if (force) {
      return Optional.empty();
    }
    if (formulation || formulations) {
      return Optional.of("it exists already; " + howToForce);
    }
    return OwnOutputs.whyNotOwn(target, command, origin).map(why -> "it " + why + "; "
        + howToForce);
  }

  /**
   * Whether a file reads as a formulation: YAML or JSON whose {@code schema} key names the
   * {@code sixps/} format, within its first 64 KiB.
   */
  static boolean holdsFormulation(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      String start = new String(in.readNBytes(LOOK), StandardCharsets.UTF_8);
      return FORMULATION.matcher(start).find();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static List<Path> sorted(Collection<Path> paths) {
    return paths.stream().sorted().toList();
  }

  /** Whether two paths name one file: the same path, or links to one file. */
  static boolean same(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
