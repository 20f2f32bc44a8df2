/**
 * The Braille renderer: a formulation as a Braille Ready File (.brf) in Unified English Braille,
 * translated by liblouis and laid out in pages of 40 cells by 25 lines. See {@link
 * io.github.sixps.formulation.render.braille.BrailleRenderer}.
 */
package io.github.sixps.formulation.render.braille;
