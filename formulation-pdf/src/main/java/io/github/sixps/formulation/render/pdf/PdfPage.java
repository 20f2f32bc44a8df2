package io.github.sixps.formulation.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the PDF needs from the HTML page beyond what a browser needs: its print stylesheet, the
 * subject, author and creation date for the metadata, and, on each picture, the alternative text and font that
 * the layout engine reads from the {@code <svg>} element itself rather than from its {@code
 * <title>}, {@code <desc>} and the page's CSS.
 */
final class PdfPage {
  private static final String SVG = "http://www.w3.org/2000/svg";
  static final String XHTML = "http://www.w3.org/1999/xhtml";
  /** The A4 text column, 210mm less 2 x 18mm margins, in CSS pixels (96 to the inch). */
  private static final double COLUMN_PX = 174 / 25.4 * 96;
  /** Leaves room on the page for the heading above a picture. */
  static final double FULL_PAGE_MM = 200;
  /** The smallest print a picture's words may be drawn at, as for the supervision summary. */
  static final double SMALLEST_TEXT_PT = 11;
  /** Points in a CSS pixel: 72 to the inch against 96. */
  private static final double PT_PER_PX = 0.75;

  private PdfPage() {}

  /**
   * Readies the page for the layout engine.
   *
   * @param created the creation date, written as PDF dates are
   * @param pictureHeightMm the most height a picture may take, in millimetres
   */
  static void prepare(Document dom, String css, String subject, String author, String created,
      double pictureHeightMm) {
    // The page is HTML5 with no namespace; the layout engine finds styles, titles and meta
    // elements only in XHTML's.
    toXhtml(dom, dom.getDocumentElement(), false);
    Element head = first(dom, "head");
    meta(dom, head, "subject", subject);
    // The layout engine dates the PDF by the system clock, then lets any meta element of the
    // same name replace that date; this one carries the renderer's clock instead, and reaches
    // the PDF/A metadata too, which is copied from it.
    meta(dom, head, "CreationDate", created);
    if (!author.isEmpty()) {
      meta(dom, head, "author", author);
    }
    Element style = dom.createElementNS(XHTML, "style");
    style.setAttribute("type", "text/css");
    style.appendChild(dom.createTextNode(css));
    head.appendChild(style);
    PdfBookmarks.add(dom, head);

    NodeList tables = dom.getElementsByTagNameNS(XHTML, "table");
    for (int i = 0; i < tables.getLength(); i++) {
      columns((Element) tables.item(i));
    }

    NodeList pictures = dom.getElementsByTagNameNS(SVG, "svg");
    for (int i = 0; i < pictures.getLength(); i++) {
      Element svg = (Element) pictures.item(i);
      String title = childText(svg, "title");
      String desc = childText(svg, "desc");
      String alt = desc.isEmpty() ? title : title + ". " + desc;
      svg.setAttribute("alt", PdfText.clean(alt));
      // Pictures are drawn apart from the page's CSS: name the embedded font in the picture.
      svg.setAttribute("font-family", PdfFonts.PICTURE_FAMILY);
      fit(svg, pictureHeightMm / 25.4 * 96);
    }
  }

  /**
   * Sizes a table's columns for a fixed table layout, on its header cells, which that layout
   * reads. Left to itself the layout sizes columns by their longest word, so a column of
   * sentences (the reasons for a ranking) could get a dozen characters a line, and a long
   * unbroken word could push the table past the edge. A column of short cells (on average
   * {@value #SHORT} characters or fewer) gets room for its longest word, up to {@value
   * #LONGEST_WORD} characters; the columns of longer text share the rest of the width equally.
   */
  private static void columns(Element table) {
    NodeList rows = table.getElementsByTagNameNS(XHTML, "tr");
    if (rows.getLength() == 0) {
      return;
    }
    List<Element> header = cells((Element) rows.item(0));
    int n = header.size();
    if (n < 2) {
      return;
    }
    double[] total = new double[n];
    int[] longest = new int[n];
    for (int c = 0; c < n; c++) {
      longest[c] = longestWord(header.get(c).getTextContent());
    }
    int body = 0;
    for (int r = 1; r < rows.getLength(); r++) {
      List<Element> cells = cells((Element) rows.item(r));
      for (int c = 0; c < Math.min(n, cells.size()); c++) {
        String text = cells.get(c).getTextContent().strip();
        total[c] += text.length();
        longest[c] = Math.max(longest[c], longestWord(text));
      }
      body++;
    }
    for (int c = 0; c < n; c++) {
      if (body > 0 && total[c] / body <= SHORT) {
        // About 0.62em a character in Noto Sans, bold headers included, and the cell's padding.
        double em = Math.min(LONGEST_WORD, longest[c]) * 0.62 + 1.4;
        header.get(c).setAttribute("style", String.format(Locale.ROOT, "width: %.1fem", em));
      }
    }
  }

  private static final int SHORT = 24;
  private static final int LONGEST_WORD = 16;

  private static int longestWord(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  private static List<Element> cells(Element row) {
    List<Element> cells = new ArrayList<>();
    for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && ("th".equals(e.getLocalName())
          || "td".equals(e.getLocalName()))) {
        cells.add(e);
      }
    }
    return cells;
  }

  private static void toXhtml(Document dom, Element element, boolean inheritedRtl) {
    Element e = element;
    if (e.getNamespaceURI() == null) {
      e = (Element) dom.renameNode(e, XHTML, e.getTagName());
    } else if (SVG.equals(e.getNamespaceURI())) {
      return;
    }
    // The layout engine does not know HTML5's dir="auto" and lays such a box out as neither
    // direction: a list item's bullet lands on its first letter. Resolved here as a browser
    // resolves it, by the first letter that has a direction.
    if ("auto".equals(e.getAttribute("dir"))) {
      e.setAttribute("dir", direction(e.getTextContent()));
    }
    boolean rtl = e.hasAttribute("dir") ? "rtl".equals(e.getAttribute("dir")) : inheritedRtl;
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        toXhtml(dom, child, rtl);
      } else if (rtl && n instanceof org.w3c.dom.Text text && !text.getData().isBlank()
          && "ltr".equals(direction(text.getData()))) {
        // The layout engine leaves a paragraph's direction to each run's first letter, so a
        // right-to-left box whose text starts in English (a heading in words a terminology did
        // not translate, then an Urdu date) would be ordered left to right. A right-to-left
        // mark says the box's direction; the text renderer reads it and draws nothing for it.
        text.setData(ShapingTextRenderer.RIGHT_TO_LEFT_MARK + text.getData());
      }
    }
  }

  /** {@return "rtl" if the first character with a direction is right to left, else "ltr"} */
  static String direction(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      byte d = Character.getDirectionality(cp);
      if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        return "ltr";
      }
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return "rtl";
      }
      i += Character.charCount(cp);
    }
    return "ltr";
  }

  /**
   * Sizes a picture to the width of the A4 text column, or less if it would be taller than
   * {@code maxHeightPx}. The layout engine reads only whole numbers of pixels from the {@code
   * width} and {@code height} attributes, so they are set from the view box as whole numbers.
   */
  private static void fit(Element svg, double maxHeightPx) {
    String[] box = svg.getAttribute("viewBox").trim().split("[\\s,]+");
    if (box.length != 4) {
      return;
    }
    double w;
    double h;
    try {
      w = Double.parseDouble(box[2]);
      h = Double.parseDouble(box[3]);
    } catch (NumberFormatException e) {
      return;
    }
    if (!(w > 0 && h > 0)) {
      return;
    }
    // The timeline's text is large for a phone; on the page it is drawn at 70% of the column,
    // so that its words come out near the size of the page's own.
    double column = svg.getAttribute("class").contains("sixps-timeline") ? COLUMN_PX * 0.7
        : COLUMN_PX;
    double widest = column / w;
    double scale = Math.min(widest, maxHeightPx / h);
    // A picture kept short to share its page is never drawn so small that its words fall under
    // SMALLEST_TEXT_PT: it takes more of the page instead, up to the column and a whole page.
    double smallest = smallestFontSize(svg);
    if (smallest > 0) {
      double readable = SMALLEST_TEXT_PT / (smallest * PT_PER_PX);
      scale = Math.max(scale, Math.min(readable, Math.min(widest,
          FULL_PAGE_MM / 25.4 * 96 / h)));
    }
    long width = Math.round(w * scale);
    long height = Math.round(h * scale);
    svg.setAttribute("width", Long.toString(width));
    svg.setAttribute("height", Long.toString(height));
    svg.setAttribute("style", "width: " + width + "px; height: " + height + "px");
  }

  /** The smallest {@code font-size} of the picture's text, in view box units; 0 if none. */
  static double smallestFontSize(Element svg) {
    double smallest = 0;
    NodeList texts = svg.getElementsByTagNameNS(SVG, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      try {
        double size = Double.parseDouble(((Element) texts.item(i)).getAttribute("font-size"));
        if (size > 0 && (smallest == 0 || size < smallest)) {
          smallest = size;
        }
      } catch (NumberFormatException e) {
        // A size in other units, or none: the picture's own default.
      }
    }
    return smallest;
  }

  private static void meta(Document dom, Element head, String name, String content) {
    Element meta = dom.createElementNS(XHTML, "meta");
    meta.setAttribute("name", name);
    meta.setAttribute("content", PdfText.clean(content));
    head.appendChild(meta);
  }

  private static Element first(Document dom, String name) {
    NodeList found = dom.getElementsByTagName(name);
    if (found.getLength() == 0) {
      throw new IllegalStateException("the page has no <" + name + ">");
    }
    return (Element) found.item(0);
  }

  private static String childText(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && localName.equals(n.getLocalName())) {
        return PdfText.clean(n.getTextContent());
      }
    }
    return "";
  }
}
