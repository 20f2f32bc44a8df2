package io.github.sixps.formulation.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Sets the creator, which the layout engine has no option for, in both places that PDF/A asks to
 * agree (the document information and the XMP metadata), and the language.
 *
 * <p>The XMP is changed as text, by adding one description before its end, because reading it
 * back with xmpbox and writing it out again drops the PDF/UA identification schema, which
 * xmpbox does not know. The creator is this package's constant, so it needs no escaping.
 */
final class PdfMetadata {
  private static final String END = "</rdf:RDF>";

  private PdfMetadata() {}

  /**
   * Sets the document's language, a checked BCP 47 tag (letters, digits and hyphens only, so it
   * needs no escaping), in the catalog, which screen readers read, and as the XMP's {@code
   * dc:language}.
   */
  static void setLanguage(PDDocument pdf, String language) throws IOException {
    pdf.getDocumentCatalog().setLanguage(language);
    addToXmp(pdf, "<dc:language", "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " rdf:about=\"\"><dc:language><rdf:Bag><rdf:li>" + language
        + "</rdf:li></rdf:Bag></dc:language></rdf:Description>");
  }

  /** Adds a description to the XMP metadata unless it already holds {@code marker}. */
  private static void addToXmp(PDDocument pdf, String marker, String description)
      throws IOException {
    PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
    if (stream == null) {
      return;
    }
    String xmp;
    try (InputStream in = stream.createInputStream()) {
      xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int end = xmp.lastIndexOf(END);
    if (end < 0 || xmp.contains(marker)) {
      return;
    }
    stream.importXMPMetadata((xmp.substring(0, end) + description + xmp.substring(end))
        .getBytes(StandardCharsets.UTF_8));
  }

  static void setCreator(PDDocument pdf, String creator) throws IOException {
    pdf.getDocumentInformation().setCreator(creator);
    addToXmp(pdf, "CreatorTool", "<rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
        + " rdf:about=\"\"><xmp:CreatorTool>" + creator + "</xmp:CreatorTool></rdf:Description>");
  }
}
