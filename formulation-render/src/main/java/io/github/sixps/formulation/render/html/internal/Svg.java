package io.github.sixps.formulation.render.html.internal;

import io.github.sixps.formulation.render.Direction;
import io.github.sixps.formulation.render.internal.Words;

/**
 * Small helpers shared by the pictures.
 *
 * <p>On a right-to-left page every picture is mirrored, so that it reads as its page does: the
 * chart's time and the timeline's dates run from the right, the 6Ps diagram's boxes and the
 * family tree's key start at the right. The pictures are laid out left to right as before and
 * the shapes are drawn inside a group that mirrors them about the picture's middle; each line
 * of words is mirrored back (so its letters are not reversed) and placed at the mirrored x,
 * anchored at its other end (a line that started at x ends at the mirrored x). The anchors are
 * swapped rather than the lines set {@code direction="rtl"}: the PDF's SVG drawing (Batik)
 * ignores the direction when it anchors a line, and the picture would differ from the page.
 * So a line's own words are ordered by its first letter, as before.
 */
final class Svg {
  /** The SVG namespace: the only address the output ever holds. */
  static final String NAMESPACE = "http://www.w3.org/2000/svg";
  /** Text colour inside pictures; the fills behind it are white or very light. */
  static final String TEXT = "#1a1a1a";
  /** Quieter text, still 8.9:1 on white. */
  static final String QUIET = "#4a4a4a";

  private Svg() {}

  /**
   * A coordinate or length to one decimal place, without a trailing zero. Written digit by digit
   * rather than with {@code String.format}, which looks up the locale's number symbols on every
   * call and was a third of the time of a whole HTML page.
   */
  static String num(double value) {
    long tenths = Math.round(value * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    long size = Math.abs(tenths);
    return (tenths < 0 ? "-" : "") + (size / 10) + "." + (size % 10);
  }

  /**
   * How many characters of text at {@code fontSize} fit in {@code width}. SVG cannot measure
   * text, so this assumes a generous average glyph width: wide system fonts such as DejaVu Sans
   * still fit, narrower ones leave some room to spare.
   */
  static int fit(double width, double fontSize, boolean bold) {
    return Math.max(8, (int) Math.floor(width / (fontSize * (bold ? 0.64 : 0.58))));
  }

  /** Opens the root element of a picture labelled by its title and description. */
  static void open(HtmlWriter html, String cssClass, double minX, double minY, double width,
      double height, String titleId, String descId, String title, String desc, Words words) {
    html.open("svg", "xmlns", NAMESPACE, "class", cssClass,
        "viewBox", num(minX) + " " + num(minY) + " " + num(width) + " " + num(height),
        "width", num(width), "height", num(height),
        "role", "img", "aria-labelledby", titleId + " " + descId, "focusable", "false").line();
    html.element("title", HtmlWriter.isBlank(title) ? words.text("document.picture") : title, "id", titleId).line();
    html.element("desc", desc, "id", descId).line();
    if (words.direction() == Direction.RTL) {
      double edges = 2 * minX + width;
      html.open("g", "transform", mirroring(edges)).line();
      html.mirror(edges);
    }
  }

  /** Closes a picture opened with {@link #open}, and its mirroring group if it has one. */
  static void close(HtmlWriter html) {
    if (!Double.isNaN(html.mirror())) {
      html.close("g").line();
      html.mirror(Double.NaN);
    }
    html.close("svg").line();
  }

  private static String mirroring(double edges) {
    return "matrix(-1 0 0 1 " + num(edges) + " 0)";
  }

  /** One line of text starting at {@code x}, with its baseline at {@code y}. */
  static void text(HtmlWriter html, double x, double y, String text, double fontSize,
      boolean bold, String fill) {
    text(html, x, y, text, fontSize, bold, fill, null);
  }

  /**
   * One line of text centred on {@code x} (or ending at it, for {@code anchor} "end"; starting
   * at it for null), with its baseline at {@code y}; centred, a right-to-left name sits in the
   * same place as a left-to-right one. In a mirrored picture the line is mirrored back and its
   * anchor swapped, so a line that started at x ends at the mirrored x.
   */
  static void text(HtmlWriter html, double x, double y, String text, double fontSize,
      boolean bold, String fill, String anchor) {
    double edges = html.mirror();
    boolean mirrored = !Double.isNaN(edges);
    html.element("text", text, "x", num(mirrored ? edges - x : x), "y", num(y),
        "font-size", num(fontSize), "font-weight", bold ? "700" : null, "fill", fill,
        "text-anchor", mirrored ? swapped(anchor) : anchor,
        "transform", mirrored ? mirroring(edges) : null).line();
  }

  /** The anchor at a line's other end: its start for its end, its end for its start. */
  private static String swapped(String anchor) {
    if (anchor == null || anchor.equals("start")) {
      return "end";
    }
    return anchor.equals("end") ? null : anchor;
  }

  /** One marker shape, centred on {@code (cx, cy)} with about {@code r} radius. */
  static void shape(HtmlWriter html, int kind, double cx, double cy, double r, String fill,
      String stroke, double strokeWidth) {
    String w = num(strokeWidth);
    switch (Math.floorMod(kind, 6)) {
      case 0:
        html.empty("circle", "cx", num(cx), "cy", num(cy), "r", num(r), "fill", fill,
            "stroke", stroke, "stroke-width", w);
        break;
      case 1:
        html.empty("rect", "x", num(cx - r * 0.9), "y", num(cy - r * 0.9), "width",
            num(r * 1.8), "height", num(r * 1.8), "fill", fill, "stroke", stroke,
            "stroke-width", w);
        break;
      case 2:
        polygon(html, fill, stroke, w, cx, cy - r * 1.2, cx + r * 1.15, cy + r * 0.85,
            cx - r * 1.15, cy + r * 0.85);
        break;
      case 3:
        polygon(html, fill, stroke, w, cx, cy - r * 1.3, cx + r * 1.3, cy, cx, cy + r * 1.3,
            cx - r * 1.3, cy);
        break;
      case 4:
        polygon(html, fill, stroke, w, cx - r * 1.15, cy - r * 0.85, cx + r * 1.15,
            cy - r * 0.85, cx, cy + r * 1.2);
        break;
      default:
        double a = r * 0.5;
        double b = r * 1.05;
        polygon(html, fill, stroke, w, cx - a, cy - b, cx + a, cy - b, cx + b, cy, cx + a,
            cy + b, cx - a, cy + b, cx - b, cy);
    }
    html.line();
  }

  /** A closed shape through the given x, y pairs. */
  static void polygon(HtmlWriter html, String fill, String stroke, String strokeWidth,
      double... xy) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xy.length; i += 2) {
      points.append(i == 0 ? "" : " ").append(num(xy[i])).append(',').append(num(xy[i + 1]));
    }
    html.empty("polygon", "points", points.toString(), "fill", fill, "stroke", stroke,
        "stroke-width", strokeWidth);
  }
}
