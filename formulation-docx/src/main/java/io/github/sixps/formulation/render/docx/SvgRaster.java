package io.github.sixps.formulation.render.docx;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Paints the SVG that the project's own picture code draws (rectangles, circles, lines,
 * polylines, polygons and lines of text, in the 6Ps diagram and the goal-scale chart) into a PNG,
 * with Java2D. It is the picture Word shows where it cannot show SVG (Word before 2016,
 * LibreOffice), and it needs nothing beyond the JDK: a general SVG renderer (Batik, as the PDF
 * renderer uses) would add 20 jars and 4.1 MB to an embedder's class path for the few shapes
 * these pictures use. Anything else in
 * the SVG is not drawn; the pictures are the renderer's own, so nothing else is there.
 *
 * <p>The words are set in the first font of the picture's {@code font-family} that the machine
 * has and that has all their letters, or else in Java's logical SansSerif font, which on each
 * machine falls back to an installed font that has the letters; they are laid out (right to
 * left, joined) by Java's own text layout, and placed by their {@code text-anchor}. Lines keep
 * their dashes, their ends ({@code stroke-linecap}) and their corners.
 */
final class SvgRaster {
  private SvgRaster() {}

  /** A picture's size in SVG units and its PNG. */
  record Png(double width, double height, byte[] bytes) {}

  /**
   * The SVG painted at {@code scale} pixels per SVG unit.
   *
   * @throws IllegalArgumentException if the SVG is not well-formed XML
   */
  static Png paint(String svg, double scale) {
    Element root = parse(svg);
    double width = number(root, "width", 700);
    double height = number(root, "height", 400);
    String[] box = root.getAttribute("viewBox").trim().split("[ ,]+");
    double minX = box.length == 4 ? Double.parseDouble(box[0]) : 0;
    double minY = box.length == 4 ? Double.parseDouble(box[1]) : 0;
    BufferedImage image = new BufferedImage((int) Math.ceil(width * scale),
        (int) Math.ceil(height * scale), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
          RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.scale(scale, scale);
      g.translate(-minX, -minY);
      paintChildren(g, root);
    } finally {
      g.dispose();
    }
    return new Png(width, height, PngFile.of(image));
  }

  private static void paintChildren(Graphics2D g, Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        paint(g, e);
      }
    }
  }

  /**
   * Paints one element in its own coordinates: a right-to-left picture is mirrored by a {@code
   * matrix(...)} transform on its group and on each line of words (the only transform the
   * pictures use).
   */
  private static void paint(Graphics2D g, Element e) {
    String transform = e.getAttribute("transform");
    if (transform.startsWith("matrix(") && transform.endsWith(")")) {
      String[] m = transform.substring(7, transform.length() - 1).trim().split("[\\s,]+");
      if (m.length == 6) {
        java.awt.geom.AffineTransform before = g.getTransform();
        g.transform(new java.awt.geom.AffineTransform(Double.parseDouble(m[0]),
            Double.parseDouble(m[1]), Double.parseDouble(m[2]), Double.parseDouble(m[3]),
            Double.parseDouble(m[4]), Double.parseDouble(m[5])));
        try {
          paintOwn(g, e);
        } finally {
          g.setTransform(before);
        }
        return;
      }
    }
    paintOwn(g, e);
  }

  private static void paintOwn(Graphics2D g, Element e) {
    switch (e.getLocalName() == null ? e.getTagName() : e.getLocalName()) {
      case "g" -> paintChildren(g, e);
      case "rect" -> {
        double rx = number(e, "rx", 0);
        Shape s = rx > 0
            ? new RoundRectangle2D.Double(number(e, "x", 0), number(e, "y", 0),
                number(e, "width", 0), number(e, "height", 0), 2 * rx, 2 * rx)
            : new Rectangle2D.Double(number(e, "x", 0), number(e, "y", 0),
                number(e, "width", 0), number(e, "height", 0));
        fillAndStroke(g, e, s);
      }
      case "circle" -> {
        double r = number(e, "r", 0);
        fillAndStroke(g, e, new Ellipse2D.Double(number(e, "cx", 0) - r,
            number(e, "cy", 0) - r, 2 * r, 2 * r));
      }
      case "line" -> stroke(g, e, new Line2D.Double(number(e, "x1", 0), number(e, "y1", 0),
          number(e, "x2", 0), number(e, "y2", 0)), "#000000");
      case "polyline" -> fillAndStroke(g, e, path(e.getAttribute("points"), false));
      case "polygon" -> fillAndStroke(g, e, path(e.getAttribute("points"), true));
      case "text" -> text(g, e);
      default -> {
        // title and desc are for screen readers; nothing else is drawn by the project.
      }
    }
  }

  private static Path2D path(String points, boolean closed) {
    String[] xy = points.trim().split("[ ,]+");
    Path2D.Double p = new Path2D.Double();
    for (int i = 0; i + 1 < xy.length; i += 2) {
      double x = Double.parseDouble(xy[i]);
      double y = Double.parseDouble(xy[i + 1]);
      if (i == 0) {
        p.moveTo(x, y);
      } else {
        p.lineTo(x, y);
      }
    }
    if (closed) {
      p.closePath();
    }
    return p;
  }

  private static void fillAndStroke(Graphics2D g, Element e, Shape s) {
    String fill = e.hasAttribute("fill") ? e.getAttribute("fill") : "#000000";
    if (!fill.equals("none")) {
      g.setColor(colour(fill));
      g.fill(s);
    }
    stroke(g, e, s, "none");
  }

  private static void stroke(Graphics2D g, Element e, Shape s, String fallback) {
    String stroke = e.hasAttribute("stroke") ? e.getAttribute("stroke") : fallback;
    if (stroke.equals("none")) {
      return;
    }
    float width = (float) number(e, "stroke-width", 1);
    float[] dash = null;
    String dashes = e.getAttribute("stroke-dasharray").trim();
    if (!dashes.isEmpty() && !dashes.equals("none")) {
      String[] parts = dashes.split("[ ,]+");
      dash = new float[parts.length];
      for (int i = 0; i < parts.length; i++) {
        dash[i] = Float.parseFloat(parts[i]);
      }
    }
    int join = "round".equals(e.getAttribute("stroke-linejoin")) ? BasicStroke.JOIN_ROUND
        : BasicStroke.JOIN_MITER;
    // A dotted line is dots only with round ends: butt ends would leave it squares half as long.
    int cap = switch (e.getAttribute("stroke-linecap")) {
      case "round" -> BasicStroke.CAP_ROUND;
      case "square" -> BasicStroke.CAP_SQUARE;
      default -> BasicStroke.CAP_BUTT;
    };
    g.setStroke(new BasicStroke(width, cap, join, 10f, dash, 0f));
    g.setColor(colour(stroke));
    g.draw(s);
  }

  private static void text(Graphics2D g, Element e) {
    String text = e.getTextContent();
    if (text.isBlank()) {
      return;
    }
    boolean bold = "700".equals(e.getAttribute("font-weight"))
        || "bold".equals(e.getAttribute("font-weight"));
    Font font = font(e, text, bold).deriveFont((float) number(e, "font-size", 16));
    TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
    double x = number(e, "x", 0);
    double advance = layout.getAdvance();
    String anchor = e.getAttribute("text-anchor");
    if (anchor.equals("middle")) {
      x -= advance / 2;
    } else if (anchor.equals("end")) {
      x -= advance;
    }
    g.setColor(colour(e.hasAttribute("fill") ? e.getAttribute("fill") : "#000000"));
    layout.draw(g, (float) x, (float) number(e, "y", 0));
  }

  /**
   * The first family of the {@code font-family} the text or a parent names that this machine
   * has and that has every letter of the text, as a browser picks from the list; otherwise the
   * logical SansSerif font, which falls back letter by letter to any installed font that has
   * it.
   */
  private static Font font(Element e, String text, boolean bold) {
    return font(inherited(e, "font-family"), text, bold);
  }

  /** The font for {@code text} from a CSS list of families, as above; 12 points. */
  static Font font(String families, String text, boolean bold) {
    int style = bold ? Font.BOLD : Font.PLAIN;
    for (String family : families.split(",")) {
      String name = family.trim().replaceAll("^['\"]|['\"]$", "");
      if (!name.isEmpty() && InstalledFonts.has(name)) {
        Font font = new Font(name, style, 12);
        if (font.canDisplayUpTo(text) == -1) {
          return font;
        }
      }
    }
    return new Font(Font.SANS_SERIF, style, 12);
  }

  /** An attribute of the element or, as SVG inherits it, of the nearest parent that has it. */
  private static String inherited(Element e, String name) {
    for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
      if (el.hasAttribute(name)) {
        return el.getAttribute(name);
      }
    }
    return "";
  }

  /** The font families installed, looked up once, as the JDK's own lookup is slow. */
  private static final class InstalledFonts {
    /** CSS's generic names, for which SansSerif stands. */
    private static final Set<String> GENERIC = Set.of("serif", "sans-serif", "monospace",
        "system-ui", "cursive", "fantasy");
    private static final Set<String> FAMILIES = Set.of(GraphicsEnvironment
        .getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));

    static boolean has(String family) {
      return !GENERIC.contains(family.toLowerCase(Locale.ROOT)) && FAMILIES.contains(family);
    }
  }

  /** A colour written {@code #rrggbb} or {@code #rgb}; anything else is black. */
  private static Color colour(String value) {
    String v = value.trim();
    if (v.matches("#[0-9a-fA-F]{6}")) {
      return new Color(Integer.parseInt(v.substring(1), 16));
    }
    if (v.matches("#[0-9a-fA-F]{3}")) {
      int r = Integer.parseInt(v.substring(1, 2), 16);
      int gr = Integer.parseInt(v.substring(2, 3), 16);
      int b = Integer.parseInt(v.substring(3, 4), 16);
      return new Color(r * 17, gr * 17, b * 17);
    }
    if (v.equals("white")) {
      return Color.WHITE;
    }
    return Color.BLACK;
  }

  private static double number(Element e, String name, double fallback) {
    String v = e.getAttribute(name).trim();
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      return Double.parseDouble(v.endsWith("px") ? v.substring(0, v.length() - 2) : v);
    } catch (NumberFormatException ex) {
      return fallback;
    }
  }

  /** The SVG as XML, with no doctype allowed, so no entity can be expanded and nothing fetched. */
  private static Element parse(String svg) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)))
          .getDocumentElement();
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("the picture is not well-formed SVG", e);
    }
  }
}
