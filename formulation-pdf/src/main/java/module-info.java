/**
 * SixPs PDF: the tagged, accessible A4 PDF renderer, laid out from the HTML renderer's page.
 */
module io.github.sixps.formulation.pdf {
  requires transitive io.github.sixps.formulation.render;
  requires com.google.common;
  // openhtmltopdf and its SVG drawer (automatic modules named from their jars), PDFBox, and the
  // packaged DejaVu fonts, the last fallback after the Noto fonts this module bundles. The
  // layout engine draws with java.desktop (AWT).
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires openhtmltopdf.svg.support;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires org.apache.fontbox;
  // PDFBox logs through Commons Logging but, as an automatic module, cannot say so; without
  // this the module is not resolved and PDFBox fails on its first log call.
  requires org.apache.commons.logging;
  requires jasperreports.fonts;
  requires java.desktop;
  requires java.xml;
  // Batik's CSS and DOM use org.w3c.dom.css and friends, which only this JDK module holds once
  // the old xml-apis jar is left out; requiring it puts it in the module graph for them.
  requires jdk.xml.dom;
  requires java.logging;
  // PDFBox frees the memory it maps through sun.misc.Unsafe, and logs a SEVERE error with a
  // stack trace on every file it reads when it cannot; on the module path that class is only
  // there when this module is in the graph.
  requires jdk.unsupported;

  exports io.github.sixps.formulation.render.pdf;
}
