package io.github.sixps.formulation.render.html.internal;

import static io.github.sixps.formulation.render.html.internal.Svg.num;

import io.github.sixps.formulation.render.internal.ChartData;
import io.github.sixps.formulation.render.internal.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Draws the goal scales over time: one line per goal across the dates it was scored, evenly
 * spaced in date order, on a 0 to 10 scale, and each goal's target as a hollow mark in a column
 * of its own at the right. Goals differ by dash pattern and marker shape as well as colour, so
 * the chart reads the same in black and white; a key beneath names them.
 */
final class ChartSvg {
  private static final double WIDTH = 700;
  /** Line colours, each at least 4.5:1 on white; the accent comes first. */
  private static final String[] COLOURS = {"#1a1a1a", "#a0410d", "#2e6b30", "#6a3d9a",
      "#8c1d40"};
  private static final String[] DASHES = {null, "10 5", "3 4", "12 4 3 4", "6 6", "2 2"};
  private static final String GRID = "#d0d0d0";
  private static final String AXIS = "#595959";

  private final HtmlWriter html;
  private final String accent;
  private final double fontSize;
  private final double lineHeight;
  private final double left;
  private final double top;
  private final double plotWidth;
  private final double plotHeight;
  private final Words words;

  private ChartSvg(HtmlWriter html, String accent, boolean largePrint, Words words) {
    this.words = words;
    this.html = html;
    this.accent = accent;
    // 16 units for everyone: a printed page draws the chart at about nine tenths of its view
    // box, so 13 made the key and labels about 9pt (6.5pt where the summary shrank the chart),
    // under the 11pt no text of a summary may be.
    this.fontSize = 16;
    this.lineHeight = Math.round(fontSize * 1.35);
    this.left = fontSize * 2.5 + 8;
    this.top = fontSize * 2.2;
    this.plotWidth = WIDTH - left - 8;
    this.plotHeight = largePrint ? 260 : 220;
  }

  /** Writes the chart as an {@code <svg>} element labelled by its title and description. */
  static void write(HtmlWriter html, ChartData data, String accent, boolean largePrint,
      String titleId, String descId, Words words) {
    new ChartSvg(html, accent, largePrint, words).draw(data, titleId, descId);
  }

  private String colour(int series) {
    return series == 0 ? accent : COLOURS[(series - 1) % COLOURS.length];
  }

  private static String dash(int series) {
    return DASHES[series % DASHES.length];
  }

  private double y(int value) {
    int v = Math.max(0, Math.min(10, value));
    return top + plotHeight * (1 - v / 10.0);
  }

  private void draw(ChartData data, String titleId, String descId) {
    List<LocalDate> dates = new ArrayList<>(new TreeSet<>(data.series().stream()
        .flatMap(s -> s.points().stream()).map(ChartData.Point::on).toList()));
    boolean targets = data.series().stream().anyMatch(s -> s.target().isPresent());
    int slots = Math.max(1, dates.size() + (targets ? 1 : 0));
    double slot = plotWidth / slots;

    // The key: how tall each goal's entry is once its name is wrapped.
    double keyText = left + 84;
    int keyWidth = Svg.fit(WIDTH - keyText, fontSize, false);
    List<List<String>> names = new ArrayList<>();
    for (ChartData.Series s : data.series()) {
      String name = s.target().map(t -> words.format("chart.withTarget", "goal", s.goal(),
          "target", String.valueOf(t))).orElse(s.goal());
      names.add(LineWrapper.wrap(name, keyWidth));
    }
    double axisLabels = top + plotHeight + 8 + 2 * lineHeight;
    double keyTop = axisLabels + lineHeight;
    double height = keyTop + lineHeight * 1.3;
    for (List<String> name : names) {
      height += Math.max(1, name.size()) * lineHeight + 6;
    }

    Svg.open(html, "sixps-chart", 0, 0, WIDTH, height, titleId, descId, data.title(),
        String.join(" ", data.describe(words)), words);
    grid(dates, targets, slot);
    int count = data.series().size();
    // Goals that score alike would hide each other: each line is nudged sideways a little.
    double spread = Math.min(8, slot / (3.0 * Math.max(1, count)));
    // Targets are often the same number, so their hollow marks stand side by side.
    double targetSpread = Math.min(fontSize * 1.4, slot / (count + 1.0));
    for (int i = 0; i < count; i++) {
      double offset = i - (count - 1) / 2.0;
      series(data.series().get(i), i, dates, slot, offset * spread, offset * targetSpread);
    }
    key(data, names, keyTop, keyText);
    Svg.close(html);
  }

  private double x(int slotIndex, double slot) {
    return left + slot * (slotIndex + 0.5);
  }

  private void grid(List<LocalDate> dates, boolean targets, double slot) {
    Svg.text(html, 0, fontSize * 1.1, words.text("chart.axis"), fontSize, true, Svg.TEXT);
    for (int v = 0; v <= 10; v += 2) {
      double y = y(v);
      html.empty("line", "x1", num(left), "y1", num(y), "x2", num(left + plotWidth), "y2",
          num(y), "stroke", v == 0 ? AXIS : GRID, "stroke-width", v == 0 ? "1.5" : "1").line();
      Svg.text(html, left - 8, y + fontSize * 0.35, String.valueOf(v), fontSize, false,
          Svg.TEXT, "end");
    }
    html.empty("line", "x1", num(left), "y1", num(top), "x2", num(left), "y2",
        num(top + plotHeight), "stroke", AXIS, "stroke-width", "1.5").line();
    boolean oneYear = dates.stream().map(LocalDate::getYear).distinct().count() <= 1;
    // Labels need about six characters' room; thin them out when dates crowd together.
    int every = (int) Math.ceil(fontSize * 0.6 * 7 / slot);
    double labelY = top + plotHeight + 8 + lineHeight * 0.8;
    for (int i = 0; i < dates.size(); i++) {
      if (i % Math.max(1, every) != 0 && i != dates.size() - 1) {
        continue;
      }
      double x = x(i, slot);
      Svg.text(html, x, labelY, words.shortDate(dates.get(i)), fontSize, false, Svg.TEXT,
          "middle");
      if (!oneYear || i == 0) {
        Svg.text(html, x, labelY + lineHeight, String.valueOf(dates.get(i).getYear()), fontSize,
            false, Svg.QUIET, "middle");
      }
    }
    if (targets) {
      double x = x(dates.size(), slot);
      double edge = left + slot * dates.size();
      html.empty("line", "x1", num(edge), "y1", num(top), "x2", num(edge), "y2",
          num(top + plotHeight), "stroke", AXIS, "stroke-width", "1",
          "stroke-dasharray", "4 4").line();
      Svg.text(html, x, labelY, words.text("chart.target"), fontSize, true, Svg.TEXT, "middle");
    }
  }

  private void series(ChartData.Series s, int i, List<LocalDate> dates, double slot,
      double dx, double targetDx) {
    String colour = colour(i);
    double r = fontSize * 0.42;
    StringBuilder points = new StringBuilder();
    for (ChartData.Point p : s.points()) {
      points.append(points.length() == 0 ? "" : " ")
          .append(num(x(dates.indexOf(p.on()), slot) + dx)).append(',')
          .append(num(y(p.value())));
    }
    if (s.points().size() > 1) {
      html.empty("polyline", "points", points.toString(), "fill", "none", "stroke", colour,
          "stroke-width", "2.5", "stroke-linejoin", "round", "stroke-dasharray", dash(i))
          .line();
    }
    for (ChartData.Point p : s.points()) {
      Svg.shape(html, i, x(dates.indexOf(p.on()), slot) + dx, y(p.value()), r, colour,
          "#ffffff", 1.5);
    }
    s.target().ifPresent(t -> Svg.shape(html, i, x(dates.size(), slot) + targetDx, y(t), r + 1,
        "#ffffff", colour, 2.5));
  }

  private void key(ChartData data, List<List<String>> names, double keyTop, double keyText) {
    Svg.text(html, left, keyTop + lineHeight * 0.75, words.text("chart.key"), fontSize, false,
        Svg.QUIET);
    double y = keyTop + lineHeight * 1.3;
    double r = fontSize * 0.42;
    for (int i = 0; i < data.series().size(); i++) {
      double mid = y + lineHeight * 0.5;
      html.empty("line", "x1", num(left), "y1", num(mid), "x2", num(left + 44), "y2",
          num(mid), "stroke", colour(i), "stroke-width", "2.5", "stroke-dasharray", dash(i))
          .line();
      Svg.shape(html, i, left + 22, mid, r, colour(i), "#ffffff", 1.5);
      if (data.series().get(i).target().isPresent()) {
        Svg.shape(html, i, left + 62, mid, r + 1, "#ffffff", colour(i), 2.5);
      }
      List<String> name = names.get(i);
      for (int line = 0; line < name.size(); line++) {
        Svg.text(html, keyText, y + lineHeight * (line + 0.75), name.get(line), fontSize,
            false, Svg.TEXT);
      }
      y += Math.max(1, name.size()) * lineHeight + 6;
    }
  }
}
