/**
 * SixPs server: the formulation editor, the caseload and the JSON API over HTTP.
 */
module io.github.sixps.formulation.server {
  requires transitive io.github.sixps.formulation.pdf;
  requires com.google.common;
  requires io.github.sixps.formulation.braille;
  requires io.github.sixps.formulation.docx;
  requires transitive jakarta.servlet;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.ee10.servlet;
  requires com.fasterxml.jackson.databind;
  requires java.logging;

  exports io.github.sixps.formulation.server;
}
