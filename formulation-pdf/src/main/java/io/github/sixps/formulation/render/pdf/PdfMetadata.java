package io.github.sixps.formulation.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Sets the creator, which the layout engine has no option for, in both places that PDF/A asks to
 * agree: the document information and the XMP metadata.
 *
 * <p>The XMP is changed as text, by adding one description before its end, because reading it
 * back with xmpbox and writing it out again drops the PDF/UA identification schema, which
 * xmpbox does not know. The creator is this package's constant, so it needs no escaping.
 */
final class PdfMetadata {
  private static final String END = "</rdf:RDF>";

  private PdfMetadata() {}

  static void setCreator(PDDocument pdf, String creator) throws IOException {
    pdf.getDocumentInformation().setCreator(creator);
    PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
    if (stream == null) {
      return;
    }
    String xmp;
    try (InputStream in = stream.createInputStream()) {
      xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int end = xmp.lastIndexOf(END);
    if (end < 0 || xmp.contains("CreatorTool")) {
      return;
    }
    String description = "<rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
        + " rdf:about=\"\"><xmp:CreatorTool>" + creator + "</xmp:CreatorTool></rdf:Description>";
    stream.importXMPMetadata((xmp.substring(0, end) + description + xmp.substring(end))
        .getBytes(StandardCharsets.UTF_8));
  }
}
