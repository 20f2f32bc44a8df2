package io.github.sixps.formulation.io;

import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The template a new formulation starts from: the people, each of the six Ps, the child's voice,
 * the hypothesis, a goal and an action, blank, with a plain prompt under each heading. The command
 * line's {@code new} writes it as YAML; an editor can start from it as a formulation.
 *
 * <pre>{@code
 * String yaml = FormulationTemplate.yaml(LocalDate.now());
 * Formulation blank = FormulationTemplate.formulation(LocalDate.now());
 * }</pre>
 */
public final class FormulationTemplate {
  private static final String RESOURCE = "new-formulation.yaml";
  private static final String TODAY = "@TODAY@";

  private FormulationTemplate() {}

  /**
   * The template in YAML, with its prompts as comments.
   *
   * @param today the date it is formulated on
   * @return the template's text, dated {@code today}
   */
  public static String yaml(LocalDate today) {
    try (InputStream in = FormulationTemplate.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the template " + RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace(TODAY, today.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The template as a draft formulation, its prompts left out.
   *
   * @param today the date it is formulated on
   * @return the draft, dated {@code today}
   */
  public static Formulation formulation(LocalDate today) {
    try {
      return FormulationReader.standard().read(yaml(today), FileFormat.YAML, RESOURCE);
    } catch (IOException e) {
      throw new IllegalStateException("the template " + RESOURCE + " does not read", e);
    }
  }
}
