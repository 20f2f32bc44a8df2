package io.github.sixps.formulation.examples;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The worked and teaching examples bundled with SixPs, read from the class path. They are listed,
 * in the order to show them, in the resource {@value #LIST}: one class-path resource a line,
 * such as {@code worked/young-carer-kowalski.yaml}. Every family, professional and service in
 * them is fictional.
 *
 * <p>Only the listed examples can be read, so a path that comes from outside cannot reach any
 * other resource.
 *
 * <pre>{@code
 * for (String path : BundledExamples.paths()) {
 *   Formulation f = BundledExamples.read(path);
 *   System.out.println(path + ": " + f.title());
 * }
 * }</pre>
 */
public final class BundledExamples {
  /** The class-path resource that lists the examples. */
  public static final String LIST = "bundled-examples.txt";

  private BundledExamples() {}

  /** Read once: the list is part of the build and cannot change while the program runs. */
  private static final class Listed {
    static final ImmutableList<String> PATHS = load();

    private static ImmutableList<String> load() {
      try (InputStream in = open(LIST)) {
        ImmutableList.Builder<String> paths = ImmutableList.builder();
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          String path = line.strip();
          // Blank lines and # comments let the list be grouped and explained.
          if (!path.isEmpty() && !path.startsWith("#")) {
            paths.add(path);
          }
        }
        return paths.build();
      } catch (IOException e) {
        throw new UncheckedIOException("the list of bundled examples, " + LIST
            + ", could not be read; the examples jar is incomplete", e);
      }
    }
  }

  /** {@return the class-path resource of every bundled example, in the order to show them} */
  public static ImmutableList<String> paths() {
    return Listed.PATHS;
  }

  /**
   * The text of a bundled example, as written.
   *
   * @param path one of {@link #paths()}
   * @return the file's text, for showing or copying
   * @throws IllegalArgumentException if {@code path} is not a bundled example
   * @throws IOException if the resource cannot be read, as when the examples jar is incomplete
   */
  public static String text(String path) throws IOException {
    checkListed(path);
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * A bundled example, read with {@link FormulationReader#standard()}; a reading problem names
   * the example's path.
   *
   * @param path one of {@link #paths()}
   * @return the formulation
   * @throws IllegalArgumentException if {@code path} is not a bundled example
   * @throws IOException if the resource cannot be read, or a {@code FormulationReadException} if
   *     the example is not a well-formed formulation
   */
  public static Formulation read(String path) throws IOException {
    return read(path, FormulationReader.standard());
  }

  /**
   * A bundled example, read with the given reader.
   *
   * @param path one of {@link #paths()}
   * @param reader the reader to use, such as one with tighter {@code ReadLimits}
   * @return the formulation
   * @throws IllegalArgumentException if {@code path} is not a bundled example
   * @throws IOException if the resource cannot be read, or a {@code FormulationReadException} if
   *     the example is not a well-formed formulation
   */
  public static Formulation read(String path, FormulationReader reader) throws IOException {
    Preconditions.checkNotNull(reader, "reader");
    checkListed(path);
    FileFormat format = FileFormat.of(Path.of(path)).orElseThrow(() ->
        new IllegalStateException("bundled example " + path + " is neither YAML nor JSON"));
    try (InputStream in = open(path)) {
      return reader.read(in, format, path);
    }
  }

  private static void checkListed(String path) {
    Preconditions.checkNotNull(path, "path");
    Preconditions.checkArgument(paths().contains(path),
        "path %s is not a bundled example; see BundledExamples.paths()", path);
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = BundledExamples.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new NoSuchFileException(resource, null, "not on the class path");
    }
    return in;
  }
}
