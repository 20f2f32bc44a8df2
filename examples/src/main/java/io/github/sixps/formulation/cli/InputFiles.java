package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.spelling.NearestMatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the paths given on the command line into the formulation files to work on: files as
 * given, folders searched for {@code .yaml}, {@code .yml} and {@code .json} files, in name order.
 */
final class InputFiles {
  private InputFiles() {}

  /** What every command that takes files says about taking many, for its help. */
  static final String MANY = "Give as many files and folders as you like: in a folder, "
      + "every YAML or JSON file is read. They are worked on side by side, with "
      + "progress on standard error. A file that fails does not stop the rest: every problem "
      + "is listed at the end, and the exit code is the worst of them.";

  /** The file's name without its extension: {@code family} for {@code a/family.yaml}. */
  static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * Why a path given is not there, in plain words, with the name of a file or folder beside it
   * that it may have been meant for: {@code there is no file or folder called "famly.yaml"
   * here; did you mean "family.yaml"?}.
   */
  static String notFound(Path path) {
    Path name = path.getFileName();
    Path missing = null;
    for (Path p = path.getParent(); p != null && !Files.isDirectory(p); p = p.getParent()) {
      missing = p;
    }
    if (missing != null) {
      return "there is no such file or folder: " + (Files.exists(missing)
          ? missing + " is a file, not a folder" : "the folder " + missing + " is not there");
    }
    Path parent = path.toAbsolutePath().getParent();
    String said = "there is no file or folder called \"" + name + "\"" + (parent == null ? ""
        : " in " + (path.getParent() == null ? "this folder" : path.getParent()));
    List<String> beside = new ArrayList<>();
    if (parent != null) {
      try (Stream<Path> found = Files.list(parent)) {
        found.map(p -> p.getFileName().toString()).forEach(beside::add);
      } catch (IOException | SecurityException e) {
        // Nothing to suggest.
      }
    }
    return said + NearestMatch.among(String.valueOf(name), beside)
        .map(near -> "; did you mean \"" + near + "\"?").orElse("");
  }

  static List<Path> expand(List<Path> given) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : given) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> found = Files.walk(path)) {
          files.addAll(found
              .filter(Files::isRegularFile)
              .filter(p -> FileFormat.of(p).isPresent())
              .sorted()
              .collect(Collectors.toList()));
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }
}
