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
  private static final double COLUMN = (WIDTH - GAP_X) / 2;
  private static final double CENTRE = 440;
  private static final double EDGE = 4;
  /**
   * The tallest the picture may be, in its own units, for the shape of an A4 page's text column
   * (174mm wide): 215mm high below a heading, so that a picture fitted to the page's width is
   * never scaled down for its height, which would make its print smaller than the page's.
   */
  static final double MAX_HEIGHT = unitsFor(215);
  /**
   * In large print, 150mm: room for the picture on the first page, under the title, so that a
   * family opening the handout sees the whole picture first.
   */
  static final double MAX_HEIGHT_LARGE = unitsFor(150);

  private static double unitsFor(double mm) {
    return (WIDTH + 2 * EDGE) * mm / 174 - 2 * EDGE;
  }

  private final HtmlWriter html;
  private final String accent;
  private final boolean largePrint;
  /** The space between rows of boxes, and inside a box around its text. */
  private final double gapY;
  private final double pad;
  private final double fontSize;
  private final double labelSize;
  private final double lineHeight;
  private final double labelLineHeight;
  private final Words words;

  private DiagramSvg(HtmlWriter html, String accent, boolean largePrint, Words words) {
    this.words = words;
    this.html = html;
    this.accent = accent;
    this.largePrint = largePrint;
    // Large print: the picture is drawn about 0.93 times its size across the A4 text column,
    // so 24 units come out at about 16.5pt, as large as the family's body text.
    this.fontSize = largePrint ? 24 : 14;
    this.labelSize = largePrint ? fontSize : fontSize + 2;
    this.gapY = largePrint ? 26 : 40;
    this.pad = largePrint ? 10 : 14;
    this.lineHeight = Math.round(fontSize * (largePrint ? 1.3 : 1.4));
    this.labelLineHeight = Math.round(labelSize * (largePrint ? 1.2 : 1.3));
  }

  /** Writes the diagram as an {@code <svg>} element labelled by its title and description. */
  static void write(HtmlWriter html, DiagramData data, String accent, boolean largePrint,
      String titleId, String descId, Words words) {
    new DiagramSvg(html, accent, largePrint, words).draw(data, titleId, descId);
  }

  /**
   * A box's place and the lines of text it holds. {@code shown} is how many of the items fit on
   * the page; {@code more} says, under them, that the rest are in full below, or is null when
   * every item is shown.
   */
  private record Box(DiagramData.Cell cell, double x, double width, List<String> label,
      String more, List<List<String>> items, int shown) {
  }

  private Box showing(Box box, int n) {
    String more = n >= box.items().size() ? null
        : DiagramData.more(box.items().size() - n, words);
    return new Box(box.cell(), box.x(), box.width(), box.label(), more, box.items(), n);
  }

  private Box box(DiagramData.Cell cell, double x, double width) {
    double inner = width - 2 * pad;
    List<String> label = new ArrayList<>(
        LineWrapper.wrap(cell.label(), Svg.fit(inner, labelSize, true)));
    List<List<String>> items = new ArrayList<>();
    for (String item : cell.top()) {
      items.add(LineWrapper.wrap(item, Svg.fit(inner - bulletIndent(), fontSize, false)));
    }
    return new Box(cell, x, width, label, null, items, items.size());
  }

  /** The lines saying that the rest of a box's items follow below: none when all are shown. */
  private List<String> moreLines(Box box) {
    if (box.more() == null) {
      return List.of();
    }
    List<String> lines = LineWrapper.wrap(box.more(), Svg.fit(box.width() - 2 * pad, fontSize,
        false));
    return lines.subList(0, Math.min(2, lines.size()));
  }

  private double bulletIndent() {
    return fontSize;
  }

  private double height(Box box) {
    double h = pad + box.label().size() * labelLineHeight
        + moreLines(box).size() * lineHeight;
    if (box.shown() > 0) {
      h += fontSize * 0.4;
      for (List<String> item : box.items().subList(0, box.shown())) {
        h += item.size() * lineHeight + fontSize * 0.25;
      }
    }
    return h + pad;
  }

  /** The boxes in the order they are drawn: four around, the middle, the plan. */
  private static final int TOP_LEFT = 0;
  private static final int TOP_RIGHT = 1;
  private static final int BOTTOM_LEFT = 2;
  private static final int BOTTOM_RIGHT = 3;
  private static final int MIDDLE = 4;
  private static final int PLAN = 5;
  /** Which box gets its next sentence first: what we are worried about, the plan, and so on. */
  private static final int[] FILL_ORDER = {MIDDLE, PLAN, BOTTOM_LEFT, BOTTOM_RIGHT, TOP_LEFT,
      TOP_RIGHT};
  /**
   * The order for a family's large-print picture: what is helping first, since the family's
   * strengths are what its first page is to show, then the worries and the plan.
   */
  private static final int[] FILL_ORDER_LARGE = {BOTTOM_RIGHT, MIDDLE, PLAN, BOTTOM_LEFT,
      TOP_LEFT, TOP_RIGHT};

  private double[] rows(Box[] boxes) {
    return new double[] {Math.max(height(boxes[TOP_LEFT]), height(boxes[TOP_RIGHT])),
        height(boxes[MIDDLE]), Math.max(height(boxes[BOTTOM_LEFT]), height(boxes[BOTTOM_RIGHT])),
        height(boxes[PLAN])};
  }

  private double total(Box[] boxes) {
    double[] rows = rows(boxes);
    return rows[0] + rows[1] + rows[2] + rows[3] + 3 * gapY;
  }

  /**
   * Shows as many whole sentences as fit on one page, never a sentence cut short: the first of
   * every box before the second of any, in {@link #FILL_ORDER} ({@link #FILL_ORDER_LARGE} in
   * large print). A box that shows fewer than it
   * holds says that the rest are in full in the pages that follow.
   */
  private void fitToPage(Box[] boxes) {
    for (int i = 0; i < boxes.length; i++) {
      boxes[i] = showing(boxes[i], 0);
    }
    boolean[] full = new boolean[boxes.length];
    int most = 0;
    for (Box b : boxes) {
      most = Math.max(most, b.items().size());
    }
    for (int round = 0; round < most; round++) {
      for (int i : largePrint ? FILL_ORDER_LARGE : FILL_ORDER) {
        if (full[i] || round >= boxes[i].items().size()) {
          continue;
        }
        Box before = boxes[i];
        boxes[i] = showing(before, round + 1);
        if (total(boxes) > (largePrint ? MAX_HEIGHT_LARGE : MAX_HEIGHT)) {
          boxes[i] = before;
          full[i] = true;
        }
      }
    }
  }

  private void draw(DiagramData data, String titleId, String descId) {
    List<DiagramData.Cell> around = data.around();
    // In large print the middle box takes the whole width, for longer lines.
    double centre = largePrint ? WIDTH : CENTRE;
    Box[] boxes = {box(cell(around, 0), 0, COLUMN), box(cell(around, 1), COLUMN + GAP_X, COLUMN),
        box(cell(around, 2), 0, COLUMN), box(cell(around, 3), COLUMN + GAP_X, COLUMN),
        box(data.centre(), (WIDTH - centre) / 2, centre), box(data.plan(), 0, WIDTH)};
    fitToPage(boxes);

    double[] rows = rows(boxes);
    double row1 = rows[0];
    double row2 = rows[1];
    double row3 = rows[2];
    double row4 = rows[3];
    double y1 = 0;
    double y2 = y1 + row1 + gapY;
    double y3 = y2 + row2 + gapY;
    double y4 = y3 + row3 + gapY;
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

    draw(boxes[TOP_LEFT], y1, row1);
    draw(boxes[TOP_RIGHT], y1, row1);
    draw(boxes[MIDDLE], y2, row2);
    draw(boxes[BOTTOM_LEFT], y3, row3);
    draw(boxes[BOTTOM_RIGHT], y3, row3);
    draw(boxes[PLAN], y4, row4);
    Svg.close(html);
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
    double cursor = y + pad;
    double x = box.x() + pad;
    for (String line : box.label()) {
      Svg.text(html, x, cursor + labelLineHeight * 0.75, line, labelSize, true, Svg.TEXT);
      cursor += labelLineHeight;
    }
    if (box.shown() > 0) {
      cursor += fontSize * 0.4;
    }
    for (List<String> item : box.items().subList(0, box.shown())) {
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
    if (box.more() != null) {
      for (String line : moreLines(box)) {
        Svg.text(html, x, cursor + lineHeight * 0.72, line, fontSize, false, Svg.QUIET);
        cursor += lineHeight;
      }
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
