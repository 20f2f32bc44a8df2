package io.github.sixps.formulation.render;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.review.FormulationDiff;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A renderer whose documents are bytes, such as a PDF or a Word document: the counterpart of the
 * text {@link Renderer}, with the same methods over an {@code OutputStream}. Its {@link
 * DocumentRenderer} methods write what these do.
 */
public interface ByteRenderer extends DocumentRenderer {
  /**
   * Renders the formulation to {@code out}, which is flushed but not closed.
   *
   * @param formulation the formulation to render, draft or not
   * @param out where the bytes go
   * @throws IOException if {@code out} fails
   */
  void render(Formulation formulation, OutputStream out) throws IOException;

  /**
   * Renders the formulation with what changed since an earlier version of it.
   *
   * @param previous an earlier version of the same formulation
   * @param formulation the version to render
   * @param out where the bytes go; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  void renderSince(Formulation previous, Formulation formulation, OutputStream out)
      throws IOException;

  /**
   * Renders only the changes between two versions.
   *
   * @param diff the changes, from {@link FormulationDiff#between}
   * @param out where the bytes go; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  void renderChanges(FormulationDiff diff, OutputStream out) throws IOException;

  @Override
  default void write(Formulation formulation, OutputStream out) throws IOException {
    render(formulation, out);
  }

  @Override
  default void writeSince(Formulation previous, Formulation formulation, OutputStream out)
      throws IOException {
    renderSince(previous, formulation, out);
  }

  @Override
  default void writeChanges(FormulationDiff diff, OutputStream out) throws IOException {
    renderChanges(diff, out);
  }
}
