package io.github.sixps.formulation.render;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.internal.Output;
import io.github.sixps.formulation.review.FormulationDiff;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;


/**
 * Turns a formulation into a document for people to read. Renderers are immutable and safe to
 * share between threads: build one, use it for every formulation.
 *
 * <pre>{@code
 * Renderer renderer = HtmlRenderer.builder().audience(Audience.FAMILY).build();
 * String html = renderer.render(formulation);
 *
 * // For supervision: where things stand, what is late, and what changed since last month.
 * Renderer supervision = MarkdownRenderer.builder().view(View.SUPERVISION).build();
 * String summary = supervision.renderSince(lastMonth, formulation);
 *
 * // Only the changes, grouped under the six headings.
 * String changes = renderer.renderChanges(FormulationDiff.between(lastMonth, formulation));
 * }</pre>
 */
public interface Renderer extends DocumentRenderer {
  /**
   * Renders the formulation to {@code out}, in the renderer's {@link View}.
   *
   * @param formulation the formulation to render, draft or not
   * @param out where the text goes, such as a {@code Writer} or a {@code StringBuilder}; it is not
   *     closed
   * @throws IOException if {@code out} fails
   */
  void render(Formulation formulation, Appendable out) throws IOException;

  /**
   * Renders the formulation to {@code out} with a section saying what changed since an earlier
   * version of it, as {@link FormulationDiff#between} finds it.
   *
   * @param previous an earlier version of the same formulation
   * @param formulation the version to render
   * @param out where the text goes; it is not closed
   * @throws IOException if {@code out} fails
   */
  void renderSince(Formulation previous, Formulation formulation, Appendable out)
      throws IOException;

  /**
   * Renders only the changes between two versions, headed by {@link FormulationDiff#title()} and
   * grouped under the headings of the formulation.
   *
   * @param diff the changes, from {@link FormulationDiff#between}
   * @param out where the text goes; it is not closed
   * @throws IOException if {@code out} fails
   */
  void renderChanges(FormulationDiff diff, Appendable out) throws IOException;

  /**
   * Renders the formulation to a string.
   *
   * @param formulation the formulation to render, draft or not
   * @return the whole document
   */
  default String render(Formulation formulation) {
    return Output.string(out -> render(formulation, out));
  }

  /**
   * Renders the formulation, with what changed since {@code previous}, to a string.
   *
   * @param previous an earlier version of the same formulation
   * @param formulation the version to render
   * @return the whole document, with a section on what changed
   */
  default String renderSince(Formulation previous, Formulation formulation) {
    return Output.string(out -> renderSince(previous, formulation, out));
  }

  /**
   * Renders only the changes between two versions to a string.
   *
   * @param diff the changes, from {@link FormulationDiff#between}
   * @return a document of the changes alone
   */
  default String renderChanges(FormulationDiff diff) {
    return Output.string(out -> renderChanges(diff, out));
  }

  /** Writes the text in UTF-8, as {@link #render(Formulation, Appendable)} makes it. */
  @Override
  default void write(Formulation formulation, OutputStream out) throws IOException {
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    render(formulation, text);
    text.flush();
  }

  /** Writes the text in UTF-8, as {@link #renderSince(Formulation, Formulation, Appendable)}. */
  @Override
  default void writeSince(Formulation previous, Formulation formulation, OutputStream out)
      throws IOException {
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    renderSince(previous, formulation, text);
    text.flush();
  }

  /** Writes the text in UTF-8, as {@link #renderChanges(FormulationDiff, Appendable)} does. */
  @Override
  default void writeChanges(FormulationDiff diff, OutputStream out) throws IOException {
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    renderChanges(diff, text);
    text.flush();
  }
}
