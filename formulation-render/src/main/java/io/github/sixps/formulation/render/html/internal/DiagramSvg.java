package io.github.sixps.formulation.render.html.internal;

import static io.github.sixps.formulation.render.html.internal.Svg.num;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.render.internal.DiagramData;
import io.github.sixps.formulation.render.internal.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the 6Ps diagram: the presenting issues in the middle, the factors that made the family
 * vulnerable and that set things off above, the factors that keep things going and that help
 * below, each with an arrow to the middle, and the plan across the foot, fed by the two below.
 *
 * <p>Every box says what it is in words, and the boxes differ by border (dashed, dotted, heavy,
 * double) as well as by fill, so the picture reads the same printed in black and white. Text is
 * dark on white or very light fills.
 */
final class DiagramSvg {
  private static final double WIDTH = 700;
  private static final double GAP_X = 24;
  private static final double GAP_Y = 40;
  private static final double COLUMN = (WIDTH - GAP_X) / 2;
  private static final double CENTRE = 440;
  private static final double PAD = 14;
  private static final double EDGE = 4;

  private final HtmlWriter html;
  private final String accent;
  private final double fontSize;
  private final double labelSize;
  private final double lineHeight;
  private final double labelLineHeight;
  private final Words words;

  private DiagramSvg(HtmlWriter html, String accent, boolean largePrint, Words words) {
    this.words = words;
    this.html = html;
    this.accent = accent;
    this.fontSize = largePrint ? 18 : 14;
    this.labelSize = fontSize + 2;
    this.lineHeight = Math.round(fontSize * 1.4);
    this.labelLineHeight = Math.round(labelSize * 1.3);
  }

  /** Writes the diagram as an {@code <svg>} element labelled by its title and description. */
  static void write(HtmlWriter html, DiagramData data, String accent, boolean largePrint,
      String titleId, String descId, Words words) {
    new DiagramSvg(html, accent, largePrint, words).draw(data, titleId, descId);
  }

  /** A box's place and the lines of text it holds. */
  private record Box(DiagramData.Cell cell, double x, double width, List<String> label,
      String count, List<List<String>> items) {}

  private Box box(DiagramData.Cell cell, double x, double width) {
    double inner = width - 2 * PAD;
    List<String> label = LineWrapper.wrap(cell.label(), Svg.fit(inner, labelSize, true));
    String count = DiagramData.count(cell.count(), words);
    List<List<String>> items = new ArrayList<>();
    for (String item : cell.top()) {
      items.add(LineWrapper.wrap(item, Svg.fit(inner - bulletIndent(), fontSize, false)));
    }
    return new Box(cell, x, width, label, count, items);
  }

  private double bulletIndent() {
    return fontSize;
  }

  private double height(Box box) {
    double h = PAD + box.label().size() * labelLineHeight + lineHeight;
    if (!box.items().isEmpty()) {
      h += fontSize * 0.4;
      for (List<String> item : box.items()) {
        h += item.size() * lineHeight + fontSize * 0.25;
      }
    }
    return h + PAD;
  }

  private void draw(DiagramData data, String titleId, String descId) {
    List<DiagramData.Cell> around = data.around();
    Box topLeft = box(cell(around, 0), 0, COLUMN);
    Box topRight = box(cell(around, 1), COLUMN + GAP_X, COLUMN);
    Box middle = box(data.centre(), (WIDTH - CENTRE) / 2, CENTRE);
    Box bottomLeft = box(cell(around, 2), 0, COLUMN);
    Box bottomRight = box(cell(around, 3), COLUMN + GAP_X, COLUMN);
    Box plan = box(data.plan(), 0, WIDTH);

    double row1 = Math.max(height(topLeft), height(topRight));
    double row2 = height(middle);
    double row3 = Math.max(height(bottomLeft), height(bottomRight));
    double row4 = height(plan);
    double y1 = 0;
    double y2 = y1 + row1 + GAP_Y;
    double y3 = y2 + row2 + GAP_Y;
    double y4 = y3 + row3 + GAP_Y;
    double total = y4 + row4;

    Svg.open(html, "sixps-diagram", -EDGE, -EDGE, WIDTH + 2 * EDGE, total + 2 * EDGE, titleId,
        descId, data.title(), String.join(" ", data.describe(words)), words);

    double leftX = COLUMN / 2;
    double rightX = COLUMN + GAP_X + COLUMN / 2;
    arrow(leftX, y1 + row1, y2);
    arrow(rightX, y1 + row1, y2);
    arrow(leftX, y3, y2 + row2);
    arrow(rightX, y3, y2 + row2);
    arrow(leftX, y3 + row3, y4);
    arrow(rightX, y3 + row3, y4);

    draw(topLeft, y1, row1);
    draw(topRight, y1, row1);
    draw(middle, y2, row2);
    draw(bottomLeft, y3, row3);
    draw(bottomRight, y3, row3);
    draw(plan, y4, row4);
    html.close("svg").line();
  }

  private static DiagramData.Cell cell(List<DiagramData.Cell> around, int i) {
    return i < around.size() ? around.get(i)
        : new DiagramData.Cell("", "", 0, ImmutableList.of());
  }

  /** A line from {@code from} to {@code to} at {@code x}, with its head at {@code to}. */
  private void arrow(double x, double from, double to) {
    double dir = Math.signum(to - from);
    double head = 11;
    html.empty("line", "x1", num(x), "y1", num(from), "x2", num(x), "y2", num(to - dir * head),
        "stroke", Svg.TEXT, "stroke-width", "2").line();
    Svg.polygon(html, Svg.TEXT, null, null, x, to, x - 6.5, to - dir * head, x + 6.5,
        to - dir * head);
    html.line();
  }

  private void draw(Box box, double y, double height) {
    frame(box, y, height);
    double cursor = y + PAD;
    double x = box.x() + PAD;
    for (String line : box.label()) {
      Svg.text(html, x, cursor + labelLineHeight * 0.75, line, labelSize, true, Svg.TEXT);
      cursor += labelLineHeight;
    }
    Svg.text(html, x, cursor + lineHeight * 0.72, box.count(), fontSize, false, Svg.QUIET);
    cursor += lineHeight;
    if (!box.items().isEmpty()) {
      cursor += fontSize * 0.4;
    }
    for (List<String> item : box.items()) {
      for (int i = 0; i < item.size(); i++) {
        if (i == 0) {
          Svg.text(html, x, cursor + lineHeight * 0.72, "\u2022", fontSize, true, Svg.TEXT);
        }
        Svg.text(html, x + bulletIndent(), cursor + lineHeight * 0.72, item.get(i), fontSize,
            false, Svg.TEXT);
        cursor += lineHeight;
      }
      cursor += fontSize * 0.25;
    }
  }

  /**
   * The box itself. Each part has its own border so that it can be told apart without colour:
   * the presenting issues heavy in the accent, predisposing dashed, precipitating dotted,
   * perpetuating heavy and shaded, protective double, the plan in the accent.
   */
  private void frame(Box box, double y, double height) {
    String fill = "#ffffff";
    String stroke = Svg.TEXT;
    String width = "2";
    String dash = null;
    boolean twice = false;
    switch (box.cell().key()) {
      case "presenting":
        fill = Stylesheet.tint(accent, 0.10);
        stroke = accent;
        width = "3.5";
        break;
      case "predisposing":
        stroke = "#4d4d4d";
        dash = "9 5";
        break;
      case "precipitating":
        stroke = "#4d4d4d";
        dash = "2.5 4";
        break;
      case "perpetuating":
        fill = "#f0f0f0";
        width = "3.5";
        break;
      case "protective":
        width = "1.5";
        twice = true;
        break;
      case "plan":
        fill = Stylesheet.tint(accent, 0.06);
        stroke = accent;
        width = "2.5";
        break;
      default:
        break;
    }
    html.empty("rect", "x", num(box.x()), "y", num(y), "width", num(box.width()),
        "height", num(height), "rx", "8", "fill", fill, "stroke", stroke, "stroke-width", width,
        "stroke-dasharray", dash).line();
    if (twice) {
      html.empty("rect", "x", num(box.x() + 4), "y", num(y + 4), "width",
          num(box.width() - 8), "height", num(height - 8), "rx", "5", "fill", "none",
          "stroke", stroke, "stroke-width", width).line();
    }
  }
}
