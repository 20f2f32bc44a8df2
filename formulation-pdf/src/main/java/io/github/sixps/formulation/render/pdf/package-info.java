/**
 * The PDF renderer: the HTML renderer's page laid out on A4 as a tagged, accessible PDF
 * (PDF/UA-1, optionally PDF/A-3a) with embedded fonts, running header and footer and the 6Ps
 * diagram and goal-scale chart drawn in. See {@link
 * io.github.sixps.formulation.render.pdf.PdfRenderer}.
 */
package io.github.sixps.formulation.render.pdf;
