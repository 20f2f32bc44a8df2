package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FileFormat;
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
