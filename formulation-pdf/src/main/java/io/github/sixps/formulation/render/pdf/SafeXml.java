package io.github.sixps.formulation.render.pdf;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the HTML page, which {@code HtmlPage} writes as well-formed XML, into a W3C DOM for the
 * PDF layout, with every way for the text to reach outside switched off: no doctype (the page's
 * own {@code <!DOCTYPE html>} is taken off first, and any other is refused), so no entity can be
 * declared, expanded or fetched; no external DTDs or schemas; no XInclude; and the JDK's secure
 * processing limits.
 */
final class SafeXml {
  private static final String DOCTYPE = "<!DOCTYPE html>";

  private final DocumentBuilderFactory factory;

  SafeXml() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be made safe", e);
    }
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setNamespaceAware(true);
    f.setValidating(false);
    this.factory = f;
  }

  /** Parses the page. */
  Document parse(String page) {
    String xml = page.startsWith(DOCTYPE) ? page.substring(DOCTYPE.length()) : page;
    DocumentBuilder parser;
    // A factory is not promised to be thread-safe; making a parser is cheap next to a layout.
    synchronized (factory) {
      try {
        parser = factory.newDocumentBuilder();
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException(e);
      }
    }
    // Never asked for, as there is no doctype; refuse all the same.
    parser.setEntityResolver((publicId, systemId) -> {
      throw new SAXException("external entities are not read: " + systemId);
    });
    // Errors fail the parse instead of being printed to standard error.
    parser.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
      @Override
      public void error(org.xml.sax.SAXParseException e) throws SAXException {
        throw e;
      }
    });
    try {
      return parser.parse(new InputSource(new StringReader(xml)));
    } catch (SAXException | IOException e) {
      // The page is the renderer's own output; failing to read it is a bug, not bad input.
      throw new IllegalStateException("the HTML page is not well-formed XML", e);
    }
  }
}
