package io.github.sixps.formulation.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles and the list of every document, from the templates bundled beside this class
 * ({@code styles.xml}, {@code numbering.xml}) with the print size, the language and the heading
 * colour filled in. The templates are read once per class loader.
 */
final class DocxStyles {
  /** The width of the text between the margins, in twentieths of a point: A4 less 2 cm a side. */
  static final int TEXT_WIDTH = 9638;

  private static final String STYLES = resource("styles.xml");
  private static final String NUMBERING = resource("numbering.xml");

  private final String styles;
  private final String numbering;

  /**
   * The styles for one renderer.
   *
   * @param largePrint 16pt body text and larger headings, for the family's version
   * @param language the document's language tag, such as {@code en-GB} or {@code ur-PK}
   * @param rightToLeft whether the document's own words run right to left
   * @param headingColour the theme's accent as {@code #rrggbb}, already checked for contrast
   */
  DocxStyles(boolean largePrint, String language, boolean rightToLeft, String headingColour) {
    Map<String, String> values = Map.of(
        "body", largePrint ? "32" : "22",
        "h1", largePrint ? "48" : "36",
        "h2", largePrint ? "40" : "30",
        "h3", largePrint ? "36" : "26",
        "after", largePrint ? "200" : "140",
        "before", largePrint ? "360" : "280",
        "listAfter", largePrint ? "100" : "60",
        "headingColour", headingColour.substring(1).toUpperCase(Locale.ROOT),
        "langAttributes", languageAttributes(language, rightToLeft));
    this.styles = fill(STYLES, values);
    this.numbering = fill(NUMBERING, Map.of(
        "indent1", largePrint ? "567" : "425",
        "indent2", largePrint ? "1134" : "850",
        "hanging", largePrint ? "397" : "283"));
  }

  /**
   * The document's language for every kind of text: Word keeps one language for Latin text, one
   * for East Asian and one for complex scripts (Arabic, Hebrew, the Indic scripts, Thai), and
   * spell-checks each run in the one that fits its letters.
   */
  private static String languageAttributes(String language, boolean rightToLeft) {
    String tag = xml(language);
    String primary = language.toLowerCase(Locale.ROOT).split("-")[0];
    StringBuilder s = new StringBuilder("w:val=\"").append(tag).append('"');
    if (primary.equals("zh") || primary.equals("ja") || primary.equals("ko")) {
      s.append(" w:eastAsia=\"").append(tag).append('"');
    }
    if (rightToLeft || ComplexScripts.isComplexLanguage(primary)) {
      s.append(" w:bidi=\"").append(tag).append('"');
    }
    return s.toString();
  }

  /** Puts the styles and the bulleted list into a new document. */
  void apply(XWPFDocument doc) {
    try {
      doc.createStyles().setStyles(StylesDocument.Factory.parse(styles).getStyles());
      XWPFNumbering list = doc.createNumbering();
      list.setNumbering(NumberingDocument.Factory.parse(numbering).getNumbering());
    } catch (XmlException e) {
      throw new IllegalStateException("the bundled styles are well-formed", e);
    }
  }

  private static String fill(String template, Map<String, String> values) {
    String out = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("${" + e.getKey() + "}", e.getValue());
    }
    return out;
  }

  /** A language tag made safe inside an attribute; a terminology file could hold anything. */
  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  private static String resource(String name) {
    try (InputStream in = DocxStyles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the formulation-docx jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
