/**
 * Rendering formulations for people to read: the {@link io.github.sixps.formulation.render.Renderer}
 * interface, the options every renderer shares ({@link
 * io.github.sixps.formulation.render.Audience}, {@link
 * io.github.sixps.formulation.render.Terminology}, {@link io.github.sixps.formulation.render.Theme})
 * and the builder they are set on. The Markdown, HTML and PDF renderers live in packages of their
 * own.
 */
package io.github.sixps.formulation.render;
