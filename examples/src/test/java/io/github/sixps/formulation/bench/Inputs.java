package io.github.sixps.formulation.bench;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The formulations the benchmarks run on: the largest worked example, chosen by file size when
 * the benchmarks start (so a newly added, larger example is picked up without a change here),
 * and a generated one with 500 factors and 500 actions made from it.
 */
final class Inputs {
  /** The system property naming the worked examples' folder, set for JMH's forks. */
  static final String WORKED_PROPERTY = "sixps.bench.worked";
  /** The {@code size} parameter's value for the largest worked example. */
  static final String WORKED = "worked";
  /** The {@code size} parameter's value for the generated formulation. */
  static final String GENERATED = "generated";
  static final int GENERATED_FACTORS = 500;
  static final int GENERATED_ACTIONS = 500;

  private Inputs() {}

  /** The worked examples' folder: the property if set, else the source tree seen from examples. */
  static Path workedFolder() {
    String given = System.getProperty(WORKED_PROPERTY);
    return (given != null ? Path.of(given)
        : Path.of("src", "main", "resources", "worked")).toAbsolutePath().normalize();
  }

  /** The largest worked example's file; of two the same size, the first by name. */
  static Path largestWorkedExample() {
    Path folder = workedFolder();
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .max(Comparator.comparingLong(Inputs::size).thenComparing(Comparator.reverseOrder()))
          .orElseThrow(() -> new IllegalStateException("no worked examples (.yaml) in " + folder));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the worked examples in " + folder, e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The formulation for a {@code size} parameter: {@link #WORKED} or {@link #GENERATED}. */
  static Formulation formulation(String size) {
    Formulation worked;
    try {
      worked = FormulationReader.standard().read(largestWorkedExample());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    switch (size) {
      case WORKED:
        return worked;
      case GENERATED:
        return ScaledFormulation.of(worked, GENERATED_FACTORS, GENERATED_ACTIONS);
      default:
        throw new IllegalArgumentException("size: expected " + WORKED + " or " + GENERATED
            + ", was " + size);
    }
  }

  /** The formulation's canonical JSON, whose length the report uses as the input's size. */
  static String json(Formulation formulation) {
    return FormulationWriter.standard().write(formulation, FileFormat.JSON);
  }
}
