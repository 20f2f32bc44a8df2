package io.github.sixps.formulation.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.io.ResultsJson;
import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The API's JSON: the one mapper, and a formulation as a tree. Findings, problems, rankings and
 * changes are {@link ResultsJson}'s, the shapes the command line
 * gives too.
 */
public final class AnswerJson {
  /** The one mapper, configured once and shared. */
  public static final ObjectMapper JSON = new ObjectMapper();

  private AnswerJson() {}

  /**
   * {@return the formulation as its {@code sixps/1} JSON tree, as the writer makes it}
   *
   * @param formulation the formulation
   */
  public static JsonNode formulation(Formulation formulation) {
    try {
      return JSON.readTree(FormulationWriter.standard().write(formulation, FileFormat.JSON));
    } catch (IOException e) {
      throw new UncheckedIOException("the writer's own JSON reads back", e);
    }
  }
}
