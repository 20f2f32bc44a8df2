package io.github.sixps.formulation.render;

import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns a formulation into a document for people to read. Renderers are immutable and safe to
 * share between threads: build one, use it for every formulation.
 *
 * <pre>{@code
 * Renderer renderer = HtmlRenderer.builder().audience(Audience.FAMILY).build();
 * String html = renderer.render(formulation);
 * }</pre>
 */
public interface Renderer {
  /** Renders the formulation to {@code out}. */
  void render(Formulation formulation, Appendable out) throws IOException;

  /** Renders the formulation to a string. */
  default String render(Formulation formulation) {
    StringBuilder out = new StringBuilder();
    try {
      render(formulation, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    }
    return out.toString();
  }
}
