package io.github.sixps.formulation.render.testing;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The worked examples shipped in the examples module, read from its source tree; shared by the
 * renderers' tests.
 */
public final class WorkedExamples {
  /** Where they are, from this module's directory (where Maven runs the tests). */
  public static final Path DIR = Path.of("..", "examples", "src", "main", "resources", "worked");

  private WorkedExamples() {}

  /** The examples' names, such as {@code school-avoidance-ahmed}, sorted. */
  public static List<String> names() {
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml")).map(n -> n.substring(0, n.length() - 5)).sorted()
          .collect(Collectors.toList());
      if (names.isEmpty()) {
        throw new IllegalStateException("no worked examples in " + DIR.toAbsolutePath());
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One example by name. */
  public static Formulation read(String name) {
    return read(DIR.resolve(name + ".yaml"));
  }

  /**
   * The version of an example from before its latest review, for the examples kept in two
   * versions.
   */
  public static Formulation beforeReview(String name) {
    return read(DIR.resolve("before-review").resolve(name + ".yaml"));
  }

  private static Formulation read(Path file) {
    try {
      return FormulationReader.standard().read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
