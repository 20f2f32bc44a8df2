/**
 * SixPs Word: an accessible, editable Word document (.docx) of a formulation, laid out from the
 * shared document outline with Apache POI. In an artifact of its own, so that an embedder who
 * does not make Word documents carries none of POI.
 */
module io.github.sixps.formulation.docx {
  requires transitive io.github.sixps.formulation.render;
  requires com.google.common;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;
  requires org.apache.xmlbeans;
  requires org.apache.poi.ooxml.schemas;
  // The pictures' PNG fallback is painted with Java2D; the SVG is read
  // with the JDK's XML parser.
  requires java.desktop;
  requires java.xml;

  exports io.github.sixps.formulation.render.docx;
}
