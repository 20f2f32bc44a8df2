package io.github.sixps.formulation.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * An accessibility check of a Word document, written from the rules of Word's own Accessibility
 * Checker and the GOV.UK guidance on accessible documents, reading the file's XML (not the
 * renderer's intentions):
 *
 * <ul>
 *   <li>the document has a title and a language in its properties, and its default text style
 *       has a language;
 *   <li>headings use Word's heading styles, the first is Heading 1 and none skips a level;
 *   <li>every picture has alternative text in its {@code descr} that is not a file name, and a
 *       caption follows it;
 *   <li>every table's first row is a header row that repeats, and no cell is merged;
 *   <li>no empty paragraph is used for spacing (outside table cells, where Word needs one);
 *   <li>any coloured text, in a run or in a style, has a contrast of at least 4.5:1 on white.
 * </ul>
 */
final class WordAccessibility {
  private static final Pattern HEADING = Pattern.compile("Heading([1-9])");
  private static final Pattern FILE_NAME = Pattern.compile("(?i).*\\.(png|jpe?g|gif|svg|emf|wmf)$");
  private static final Pattern COLOUR =
      Pattern.compile("<\\w+:color \\w+:val=\"([0-9A-Fa-f]{6})\"");
  private static final Pattern LANGUAGE = Pattern.compile("<\\w+:lang \\w+:val=\"[^\"]+\"");

  private WordAccessibility() {}

  /** What breaks the rules, one line each; empty when the document passes. */
  static List<String> problems(byte[] docx) {
    List<String> problems = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      properties(doc, problems);
      body(doc, problems);
      colours(doc, problems);
    } catch (IOException | XmlException e) {
      throw new IllegalStateException("not a Word document POI can read", e);
    }
    return problems;
  }

  private static void properties(XWPFDocument doc, List<String> problems)
      throws IOException, XmlException {
    var core = doc.getProperties().getCoreProperties();
    if (core.getTitle() == null || core.getTitle().isBlank()) {
      problems.add("the document has no title in its properties");
    }
    Optional<String> language = core.getUnderlyingProperties().getLanguageProperty();
    if (language.isEmpty() || language.get().isBlank()) {
      problems.add("the document has no language in its properties");
    }
    String styles = doc.getStyles() == null ? "" : doc.getStyle().xmlText();
    if (!LANGUAGE.matcher(styles).find()) {
      problems.add("the default text style has no language");
    }
  }

  private static void body(XWPFDocument doc, List<String> problems) {
    int level = 0;
    boolean pictureAwaitsCaption = false;
    for (IBodyElement element : doc.getBodyElements()) {
      if (element instanceof XWPFTable table) {
        if (pictureAwaitsCaption) {
          problems.add("a picture has no caption after it");
        }
        table(table, problems);
        pictureAwaitsCaption = false;
        continue;
      }
      if (!(element instanceof XWPFParagraph p)) {
        continue;
      }
      String style = p.getStyleID() == null ? "Normal" : p.getStyleID();
      boolean hasPicture = !p.getRuns().isEmpty()
          && p.getRuns().stream().anyMatch(r -> !r.getEmbeddedPictures().isEmpty());
      if (pictureAwaitsCaption && !style.equals("Caption")) {
        problems.add("a picture has no caption after it");
      }
      pictureAwaitsCaption = false;
      if (hasPicture) {
        pictures(p, problems);
        pictureAwaitsCaption = true;
        continue;
      }
      if (p.getText().isBlank()) {
        problems.add("an empty paragraph (" + style + ") is used for spacing");
      }
      Matcher m = HEADING.matcher(style);
      if (m.matches()) {
        int next = Integer.parseInt(m.group(1));
        if (next > level + 1) {
          problems.add("the heading \"" + p.getText() + "\" is Heading " + next + " after "
              + (level == 0 ? "no heading" : "Heading " + level));
        }
        level = next;
      } else if (style.toLowerCase(Locale.ROOT).startsWith("heading")) {
        problems.add("the paragraph \"" + p.getText() + "\" has a heading style Word does not"
            + " know: " + style);
      }
    }
    if (level == 0) {
      problems.add("the document has no headings");
    }
    if (pictureAwaitsCaption) {
      problems.add("the last picture has no caption after it");
    }
  }

  private static void pictures(XWPFParagraph p, List<String> problems) {
    XmlObject[] drawings = p.getCTP().selectPath("declare namespace wp='"
        + "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' .//wp:docPr");
    for (XmlObject o : drawings) {
      String alt = ((CTNonVisualDrawingProps) o).getDescr();
      if (alt == null || alt.isBlank()) {
        problems.add("a picture has no alternative text");
      } else if (FILE_NAME.matcher(alt.strip()).matches()) {
        problems.add("a picture's alternative text is a file name: " + alt);
      }
    }
    if (drawings.length == 0) {
      problems.add("a picture is not an inline drawing with a docPr");
    }
  }

  private static void table(XWPFTable table, List<String> problems) {
    if (table.getRows().isEmpty()) {
      problems.add("a table has no rows");
      return;
    }
    XWPFTableRow first = table.getRow(0);
    if (!first.isRepeatHeader()) {
      problems.add("a table's first row is not a repeating header row");
    }
    for (XWPFTableRow row : table.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        var pr = cell.getCTTc().getTcPr();
        if (pr != null && (pr.isSetGridSpan() || pr.isSetVMerge() || pr.isSetHMerge())) {
          problems.add("a table has merged cells");
        }
      }
    }
  }

  /** Every colour given to text, in the styles and the body, against white. */
  private static void colours(XWPFDocument doc, List<String> problems) {
    StringBuilder xml = new StringBuilder(doc.getDocument().xmlText());
    if (doc.getStyles() != null) {
      for (String id : List.of("Normal", "Heading1", "Heading2", "Heading3", "Heading4",
          "Heading5", "Heading6", "Caption", "Strong")) {
        XWPFStyle style = doc.getStyles().getStyle(id);
        if (style != null) {
          xml.append(style.getCTStyle().xmlText());
        }
      }
    }
    Matcher m = COLOUR.matcher(xml);
    while (m.find()) {
      double contrast = contrastOnWhite(m.group(1));
      if (contrast < 4.5) {
        problems.add(String.format(Locale.ROOT, "text coloured #%s has a contrast of %.2f:1 on"
            + " white, below 4.5:1", m.group(1), contrast));
      }
    }
  }

  static double contrastOnWhite(String hex) {
    int rgb = Integer.parseInt(hex, 16);
    double l = 0.2126 * linear(rgb >> 16 & 0xff) + 0.7152 * linear(rgb >> 8 & 0xff)
        + 0.0722 * linear(rgb & 0xff);
    return 1.05 / (l + 0.05);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
