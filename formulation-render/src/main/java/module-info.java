/**
 * SixPs rendering: Markdown and HTML over one shared document outline. The PDF renderer, which
 * lays out the HTML page, is in the {@code io.github.sixps.formulation.pdf} module
 * ({@code formulation-pdf}), so that an embedder who needs only Markdown and HTML carries no PDF
 * stack.
 */
module io.github.sixps.formulation.render {
  requires transitive io.github.sixps.formulation.core;
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;

  exports io.github.sixps.formulation.render;
  exports io.github.sixps.formulation.render.markdown;
  exports io.github.sixps.formulation.render.html;

  // The outline, which the PDF, Word and Braille renderers lay out, and the HTML page with its
  // pictures; not API.
  exports io.github.sixps.formulation.render.internal to io.github.sixps.formulation.pdf,
      io.github.sixps.formulation.docx, io.github.sixps.formulation.braille;
  exports io.github.sixps.formulation.render.html.internal to io.github.sixps.formulation.pdf,
      io.github.sixps.formulation.docx;
}
