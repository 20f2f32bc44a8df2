package io.github.sixps.formulation.render.html.internal;

import static io.github.sixps.formulation.render.html.internal.Svg.num;

import io.github.sixps.formulation.model.EventTone;
import io.github.sixps.formulation.render.internal.TimelineData;
import io.github.sixps.formulation.render.internal.Words;
import io.github.sixps.formulation.render.internal.genogram.TextWidth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws the chronology as a timeline running down the page: each event's date on the left, a
 * mark on the line, and what happened on the right, led by "Good time" or "Hard time" in words.
 * Marks differ by shape as well as shade (a triangle pointing up for a good time, down for a
 * hard one, a diamond for both, a hollow circle when not recorded), and the space between
 * events grows with the years between them, so that a reader sees at a glance when life was
 * hard and when it was good without relying on colour. Runs down rather than across, so that
 * it reads on a phone as well as on A4.
 */
final class TimelineSvg {
  /** Narrower than the other pictures, so that on a phone its words stay large enough. */
  private static final double WIDTH = 440;
  /** The widest the timeline is drawn on a wide screen: about as large as the page's text. */
  static final double MAX_WIDTH = WIDTH * 1.25;
  private static final String GOOD = "#2e6b30";
  private static final String HARD = "#8c1d40";

  private final HtmlWriter html;
  private final Words words;
  private final double font;
  private final double lineHeight;
  private final double dateWidth;
  private final double axis;
  private final double textX;

  private TimelineSvg(HtmlWriter html, Words words, boolean largePrint) {
    this.html = html;
    this.words = words;
    this.font = largePrint ? 22 : 14;
    this.lineHeight = Math.round(font * 1.35);
    this.dateWidth = largePrint ? 150 : 105;
    this.axis = dateWidth + font * 1.2;
    this.textX = axis + font * 1.4;
  }

  /** Writes the timeline as an {@code <svg>} element labelled by its title and sentences. */
  static void write(HtmlWriter html, TimelineData data, boolean largePrint, String titleId,
      String descId, Words words) {
    new TimelineSvg(html, words, largePrint).draw(data, titleId, descId);
  }

  private record Row(TimelineData.Moment moment, List<String> date, List<String> text,
      double top) {}

  private void draw(TimelineData data, String titleId, String descId) {
    List<Row> rows = new ArrayList<>();
    double y = font * 0.5;
    double previous = Double.NaN;
    for (TimelineData.Moment e : data.events()) {
      if (!Double.isNaN(previous)) {
        y += Math.min(4, Math.max(0, e.year() - previous)) * font * 0.6;
      }
      previous = e.year();
      List<String> date = TextWidth.wrap(e.date(), font, dateWidth);
      // The tone leads, in words and bold, on a line of its own.
      List<String> text = new ArrayList<>();
      if (e.tone().isPresent()) {
        text.add(e.toneWords());
      }
      text.addAll(TextWidth.wrap(e.what(), font, WIDTH - textX));
      rows.add(new Row(e, date, text, y));
      y += Math.max(date.size(), text.size()) * lineHeight + font * 0.6;
    }
    double height = y;
    // On a wide screen it stays about as large as the page's own text rather than fill it: the
    // stylesheet's rule for .sixps-timeline (MAX_WIDTH).
    Svg.open(html, "sixps-timeline", 0, 0, WIDTH, height, titleId, descId, data.title(),
        String.join(" ", data.sentences()), words);
    if (rows.size() > 1) {
      html.empty("line", "x1", num(axis), "y1", num(mark(rows.get(0))), "x2", num(axis), "y2",
          num(mark(rows.get(rows.size() - 1))), "stroke", "#595959", "stroke-width", "2").line();
    }
    for (Row r : rows) {
      double base = r.top() + lineHeight * 0.75;
      for (int i = 0; i < r.date().size(); i++) {
        Svg.text(html, dateWidth, base + i * lineHeight, r.date().get(i), font, false, Svg.TEXT,
            "end");
      }
      marker(r.moment().tone(), axis, mark(r));
      for (int i = 0; i < r.text().size(); i++) {
        Svg.text(html, textX, base + i * lineHeight, r.text().get(i), font,
            i == 0 && r.moment().tone().isPresent(), Svg.TEXT);
      }
    }
    Svg.close(html);
  }

  private double mark(Row r) {
    return r.top() + lineHeight * 0.45;
  }

  private void marker(Optional<EventTone> tone, double x, double y) {
    double s = font * 0.55;
    if (tone.isEmpty()) {
      html.empty("circle", "cx", num(x), "cy", num(y), "r", num(s * 0.8), "fill", "#ffffff",
          "stroke", Svg.TEXT, "stroke-width", "2").line();
      return;
    }
    switch (tone.get()) {
      case GOOD:
        Svg.polygon(html, GOOD, Svg.TEXT, "1.5", x, y - s, x + s, y + s * 0.8, x - s,
            y + s * 0.8);
        break;
      case HARD:
        Svg.polygon(html, HARD, Svg.TEXT, "1.5", x - s, y - s * 0.8, x + s, y - s * 0.8, x,
            y + s);
        break;
      default:
        Svg.polygon(html, "#ffffff", Svg.TEXT, "2", x, y - s, x + s, y, x, y + s, x - s, y);
    }
    html.line();
  }
}
