/**
 * Rendering formulations for people to read. The Markdown, HTML and PDF renderers will share one
 * document outline defined here; for now it holds the {@link
 * io.github.sixps.formulation.render.Audience} they will render for.
 */
package io.github.sixps.formulation.render;
