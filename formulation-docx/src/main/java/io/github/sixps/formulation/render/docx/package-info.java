/**
 * The Word renderer: a formulation as an accessible, editable .docx, with real heading styles,
 * Word lists, tables with repeating header rows and pictures with their text alternatives. See
 * {@link io.github.sixps.formulation.render.docx.DocxRenderer}.
 */
package io.github.sixps.formulation.render.docx;
