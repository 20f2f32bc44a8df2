package io.github.sixps.formulation.render;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.review.FormulationDiff;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Every renderer, whether it makes text (Markdown, HTML, Braille) or bytes (PDF, Word): the type
 * to hold when the format is chosen at run time, as a command line or a server chooses it. Each
 * writes its document as a file of its format holds it, text in UTF-8, and says the file name
 * extension and media type that go with it.
 *
 * <pre>{@code
 * DocumentRenderer renderer = switch (format) {
 *   case "pdf" -> PdfRenderer.builder().build();
 *   case "docx" -> DocxRenderer.builder().build();
 *   default -> HtmlRenderer.builder().build();
 * };
 * try (OutputStream out = Files.newOutputStream(Path.of("ahmed." + renderer.extension()))) {
 *   renderer.write(formulation, out);
 * }
 * }</pre>
 */
public interface DocumentRenderer {
  /**
   * Writes the formulation's document to {@code out}, which is flushed but not closed.
   *
   * @param formulation the formulation to render, draft or not
   * @param out where the bytes go
   * @throws IOException if {@code out} fails
   */
  void write(Formulation formulation, OutputStream out) throws IOException;

  /**
   * Writes the formulation's document with what changed since an earlier version of it.
   *
   * @param previous an earlier version of the same formulation
   * @param formulation the version to render
   * @param out where the bytes go; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  void writeSince(Formulation previous, Formulation formulation, OutputStream out)
      throws IOException;

  /**
   * Writes a document of the changes alone.
   *
   * @param diff the changes, from {@link FormulationDiff#between}
   * @param out where the bytes go; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  void writeChanges(FormulationDiff diff, OutputStream out) throws IOException;

  /** {@return the file name extension of its documents, without the dot: {@code pdf}} */
  String extension();

  /** {@return the media type of its documents, such as {@code application/pdf}} */
  String mediaType();
}
