/**
 * SixPs rendering: Markdown, HTML and PDF over one shared document outline. The renderers arrive
 * with the rendering work; for now the module holds its package and descriptor.
 */
module io.github.sixps.formulation.render {
  requires transitive io.github.sixps.formulation.core;

  exports io.github.sixps.formulation.render;
}
