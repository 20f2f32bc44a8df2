/**
 * Markdown output: {@link io.github.sixps.formulation.render.markdown.MarkdownRenderer} writes
 * GitHub-flavoured Markdown from the shared document outline.
 */
package io.github.sixps.formulation.render.markdown;
