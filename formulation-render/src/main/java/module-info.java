/**
 * SixPs rendering: Markdown and HTML (and, later, PDF) over one shared document outline.
 */
module io.github.sixps.formulation.render {
  requires transitive io.github.sixps.formulation.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;

  exports io.github.sixps.formulation.render;
  exports io.github.sixps.formulation.render.markdown;
  exports io.github.sixps.formulation.render.html;
}
