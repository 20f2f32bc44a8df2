package io.github.sixps.formulation.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Where a command that writes one output for each input puts them. The rules are the same for
 * every such command:
 *
 * <ul>
 *   <li>one input file: {@code --out FILE}, or standard output without {@code --out};
 *   <li>more than one file, or a folder given: {@code --out DIR}, made if it does not exist,
 *       each output named after its input; a file found in a subfolder of a folder given keeps
 *       that subfolder under {@code DIR}, so that {@code cases/2025/a.yaml} and
 *       {@code cases/2026/a.yaml} give {@code DIR/2025/a.html} and {@code DIR/2026/a.html};
 *   <li>refused, before any work is done: more than one file with no {@code --out} (the
 *       outputs would run together), and two inputs whose outputs would have the same name.
 * </ul>
 *
 * <p>{@code --out} naming an existing file where a folder is needed is an output that cannot
 * be written (exit code 4), reported by {@link #prepare}. Folders are made, and taken away again
 * if nothing was written into them, by {@link Outputs}; {@link Replacing} says which existing
 * files may be written over.
 */
final class Targets {
  private final Path folder;
  private final Map<Path, Path> files;
  private final Outputs outputs;

  private Targets(Path folder, Map<Path, Path> files, Outputs outputs) {
    this.folder = folder;
    this.files = files;
    this.outputs = outputs;
  }

  /**
   * {@code --out} as one file for one input, or standard output without it; as a folder when
   * there are more inputs, a folder was given, or it names a folder that exists.
   *
   * @param given the paths as given on the command line
   * @param inputs the files found from them
   * @param name the output's file name for an input
   */
  static Targets fileOrFolder(CommandLine cl, List<Path> given, List<Path> inputs, Path out,
      Function<Path, String> name) {
    Outputs outputs = Outputs.of(cl.getCommandSpec());
    boolean many = inputs.size() > 1 || given.stream().anyMatch(Files::isDirectory);
    if (out == null) {
      if (many) {
        throw new CommandLine.ParameterException(cl, "more than one file needs a folder for "
            + "the results: add --out DIR");
      }
      return new Targets(null, Map.of(), outputs);
    }
    if (!many && !Files.isDirectory(out)) {
      return new Targets(null, inputs.isEmpty() ? Map.of() : Map.of(inputs.get(0), out),
          outputs);
    }
    return inFolder(cl, given, inputs, out, name);
  }

  /**
   * Every output in {@code folder}, named after its input, in the subfolder the input was found
   * in under a folder given.
   *
   * @param given the paths as given on the command line
   * @param inputs the files found from them
   */
  static Targets inFolder(CommandLine cl, List<Path> given, List<Path> inputs, Path folder,
      Function<Path, String> name) {
    Map<Path, Path> files = new HashMap<>();
    Map<Path, Path> claimed = new HashMap<>();
    for (Path input : inputs) {
      Path target = folder.resolve(subfolder(given, input)).resolve(name.apply(input));
      Path earlier = claimed.putIfAbsent(target.toAbsolutePath().normalize(), input);
      if (earlier != null) {
        throw new CommandLine.ParameterException(cl, earlier + " and " + input
            + " would both be written to " + target + "; rename one, or run them one folder "
            + "at a time with a different --out");
      }
      files.put(input, target);
    }
    return new Targets(folder, files, Outputs.of(cl.getCommandSpec()));
  }

  /** Each output written over its own input, as {@code convert --in-place} asks. */
  static Targets inPlace(CommandLine cl, List<Path> inputs) {
    Map<Path, Path> files = new HashMap<>();
    inputs.forEach(input -> files.put(input, input));
    return new Targets(null, files, Outputs.of(cl.getCommandSpec()));
  }

  /**
   * Where {@code input} lies under the first folder given that holds it, as a relative path
   * (empty for a file given as itself, or directly in a folder given).
   */
  private static Path subfolder(List<Path> given, Path input) {
    Path file = input.toAbsolutePath().normalize();
    for (Path g : given) {
      Path dir = g.toAbsolutePath().normalize();
      if (Files.isDirectory(dir) && file.startsWith(dir)) {
        Path parent = dir.relativize(file).getParent();
        return parent == null ? Path.of("") : parent;
      }
    }
    return Path.of("");
  }

  /** The file to write for {@code input}; empty for standard output. */
  Optional<Path> of(Path input) {
    return Optional.ofNullable(files.get(input));
  }

  /** Every file to be written, in no particular order. */
  Collection<Path> files() {
    return files.values();
  }

  /**
   * Every file to be written, with the inputs it is made from: its own input and {@code
   * shared}, the files every output reads (a terminology, an earlier version); for {@link
   * Replacing}.
   */
  Map<Path, List<Path>> withInputs(Collection<Path> shared) {
    Map<Path, List<Path>> out = new HashMap<>();
    files.forEach((input, target) -> {
      List<Path> inputs = new java.util.ArrayList<>(shared);
      inputs.add(input);
      out.put(target, inputs);
    });
    return out;
  }

  /** Whether the outputs go into a folder. */
  boolean inFolder() {
    return folder != null;
  }

  /**
   * Writes the output for {@code input} to its file, saying where when the outputs go into a
   * folder, or to standard output if it has no file.
   *
   * @return {@link ExitCode#OK}, or {@link ExitCode#UNWRITABLE} after reporting the problem
   */
  int write(Path input, String text, Batch.Work work) {
    Path target = files.get(input);
    int code = outputs.write(text, target, work.out(), work.problems());
    said(input, target, code, work);
    return code;
  }

  /**
   * Writes the output for {@code input}, such as a PDF, to its file; binary output is never
   * written to standard output, so a file must have been given.
   *
   * @return {@link ExitCode#OK}, or {@link ExitCode#UNWRITABLE} after reporting the problem
   */
  int write(Path input, byte[] content, Batch.Work work) {
    Path target = of(input).orElseThrow(() ->
        new IllegalStateException("no file to write for " + input));
    int code = outputs.write(content, target, work.problems());
    said(input, target, code, work);
    return code;
  }

  private void said(Path input, Path target, int code, Batch.Work work) {
    if (folder != null && code == ExitCode.OK) {
      work.out().println(input + " -> " + target);
    }
  }

  /**
   * Makes the folder, if the outputs go into one, and the subfolders kept from the folders given.
   *
   * @return {@link ExitCode#OK}, or {@link ExitCode#UNWRITABLE} after reporting the problem
   */
  int prepare(Problems problems) {
    if (folder == null) {
      return ExitCode.OK;
    }
    int code = outputs.folder(folder, problems);
    for (Path parent : new TreeSet<>(files.values().stream().map(Path::getParent).toList())) {
      if (code == ExitCode.OK && !parent.equals(folder)) {
        code = outputs.folder(parent, problems);
      }
    }
    return code;
  }
}
