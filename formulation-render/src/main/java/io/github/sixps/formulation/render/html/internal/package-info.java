/**
 * How the HTML renderer writes: the writer that owns escaping, the stylesheet, the page layout
 * and the two pictures (the 6Ps diagram and the goal-scale chart) as inline SVG. Not part of the
 * API: the module does not export it.
 */
package io.github.sixps.formulation.render.html.internal;
