/**
 * The HTML renderer: one accessible HTML5 file with its styles inline, no scripts and nothing to
 * fetch, that reads well on screen, prints on A4 and can be sent by email; or a fragment to embed
 * in another page. See {@link io.github.sixps.formulation.render.html.HtmlRenderer}.
 */
package io.github.sixps.formulation.render.html;
