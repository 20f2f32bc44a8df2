package io.github.sixps.formulation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which existing files a command may write over, checked before any work is done so that a
 * refusal costs nothing:
 *
 * <ul>
 *   <li>no command writes over one of its own inputs unless asked in so many words
 *       ({@code --force}, or {@code convert --in-place});
 *   <li>commands that make source files, formulations people go on to edit ({@code new},
 *       {@code convert}, {@code redact}), replace no existing file without {@code --force};
 *   <li>commands that make documents ({@code render}, {@code blank}, {@code diff},
 *       {@code schema}, {@code demo}) replace the files they wrote before, as their help says.
 * </ul>
 *
 * <p>Every file refused is reported, not only the first, with exit code 4: not written.
 */
final class Replacing {
  private Replacing() {}

  /**
   * For a command that makes source files: refuses an existing target, an input above all,
   * unless {@code forced}.
   *
   * @param targets the files to be written
   * @param inputs the files the command reads
   * @param howToForce what to add to replace them anyway, such as {@code add --force to replace
   *     it}
   * @param outputs the run's outputs, told to make the free targets only while they are free
   * @return {@link ExitCode#OK}, or {@link ExitCode#UNWRITABLE} after reporting each one
   */
  static int sources(Collection<Path> targets, Collection<Path> inputs, boolean forced,
      String howToForce, Problems problems, Outputs outputs) {
    if (forced) {
      return ExitCode.OK;
    }
    // Free now, but not for certain when written: something else may make one meanwhile.
    outputs.onlyNew(targets, howToForce);
    int code = ExitCode.OK;
    for (Path target : sorted(targets)) {
      Optional<Path> input = inputs.stream().filter(i -> same(i, target)).findFirst();
      if (input.isPresent()) {
        problems.line(target + ": not written, because it is one of the files this command "
            + "reads, and it would be lost; write the result to another file with --out, or "
            + howToForce);
        code = ExitCode.UNWRITABLE;
      } else if (Files.exists(target)) {
        problems.line(target + ": not written, because it exists already; " + howToForce);
        code = ExitCode.UNWRITABLE;
      }
    }
    return code;
  }

  /**
   * For a command that makes documents: refuses a target that is one of its inputs. Other
   * existing files are its own earlier outputs, and are replaced.
   *
   * @return {@link ExitCode#OK}, or {@link ExitCode#UNWRITABLE} after reporting each one
   */
  static int documents(Collection<Path> targets, Collection<Path> inputs, Problems problems) {
    int code = ExitCode.OK;
    for (Path target : sorted(targets)) {
      if (inputs.stream().anyMatch(i -> same(i, target))) {
        problems.line(target + ": not written, because it is one of the files this command "
            + "reads, and it would be lost; give --out another name");
        code = ExitCode.UNWRITABLE;
      }
    }
    return code;
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
