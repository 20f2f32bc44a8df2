/**
 * SixPs rendering: Markdown, HTML and PDF over one shared document outline.
 */
module io.github.sixps.formulation.render {
  requires transitive io.github.sixps.formulation.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  // PDF: openhtmltopdf and its SVG drawer (automatic modules named from their jars), PDFBox,
  // and the packaged DejaVu fonts. ICC profiles come from java.desktop.
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires openhtmltopdf.svg.support;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires org.apache.fontbox;
  requires jasperreports.fonts;
  requires java.desktop;
  requires java.xml;
  requires java.logging;

  exports io.github.sixps.formulation.render;
  exports io.github.sixps.formulation.render.markdown;
  exports io.github.sixps.formulation.render.html;
  exports io.github.sixps.formulation.render.pdf;
}
