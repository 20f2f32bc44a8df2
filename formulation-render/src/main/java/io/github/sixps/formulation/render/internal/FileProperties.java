package io.github.sixps.formulation.render.internal;

import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.RenderOptions;
import io.github.sixps.formulation.render.View;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What a document file says of itself in its properties, the same in every format that has
 * them (PDF, Word): its subject and its authors.
 */
public final class FileProperties {
  private FileProperties() {}

  /** The subject of a formulation's document: the record, the family's version or the summary. */
  public static String subject(RenderOptions options, Words words) {
    return words.text(options.view() == View.SUPERVISION
        ? "document.subjectSupervision"
        : options.audience() == Audience.FAMILY
        ? "document.subjectForFamily"
        : "document.subject");
  }

  /**
   * The contributors' names as the authors, each made fit for the format by {@code clean}, those
   * left blank by it dropped, joined by commas.
   */
  public static String authors(Formulation f, UnaryOperator<String> clean) {
    return f.contributors().stream().map(Contributor::name).map(clean)
        .filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
  }
}
