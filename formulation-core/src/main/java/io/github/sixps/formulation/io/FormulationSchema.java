package io.github.sixps.formulation.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The published JSON Schema (draft 2020-12) of the {@code sixps/1} format, for other tools that
 * check or generate formulation files.
 *
 * <pre>{@code
 * String schema = FormulationSchema.json();
 * }</pre>
 */
public final class FormulationSchema {
  /** Where the schema lives among this module's resources. */
  public static final String RESOURCE = "/io/github/sixps/formulation/io/sixps-1.schema.json";

  private FormulationSchema() {}

  /** {@return the schema's text} */
  public static String json() {
    try (InputStream in = FormulationSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema resource " + RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
