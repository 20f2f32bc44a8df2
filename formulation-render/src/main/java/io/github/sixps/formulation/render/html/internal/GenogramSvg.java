package io.github.sixps.formulation.render.html.internal;

import static io.github.sixps.formulation.render.html.internal.Svg.num;

import io.github.sixps.formulation.model.Gender;
import io.github.sixps.formulation.model.ParentKind;
import io.github.sixps.formulation.render.internal.GenogramData;
import io.github.sixps.formulation.render.internal.Words;
import io.github.sixps.formulation.render.internal.genogram.GenogramLayout;
import io.github.sixps.formulation.render.internal.genogram.GenogramLayout.KeyKind;
import io.github.sixps.formulation.render.internal.genogram.GenogramLayout.Stroke;
import io.github.sixps.formulation.render.internal.genogram.TextWidth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Draws the family tree as {@link GenogramLayout} lays it out, in McGoldrick and Gerson's
 * notation: a square for a man or boy, a circle for a woman or girl, a diamond for another
 * gender or none recorded; a cross over someone who has died; a double outline round the child
 * the formulation is about; partners joined by a solid line (married) or a dashed one, crossed
 * once when they separated and twice when they divorced; lines down to children that differ for
 * birth, adoption, foster, step and kinship care; twins' lines meeting; a line round each
 * household; a key to all of it beneath. Black on white, told apart by shape and dash, never by
 * colour alone.
 */
final class GenogramSvg {
  private static final double EDGE = 6;
  /** The narrowest the picture is, so that its key keeps two columns on A4. */
  private static final double MIN_WIDTH = 640;
  /** The same in large print. */
  private static final double MIN_WIDTH_LARGE = 720;
  private static final String[] HOUSEHOLD_DASH = {"7 4", "2 4", "12 4 3 4"};
  private static final String[] HOUSEHOLD_COLOUR = {"#2e6b30", "#6a3d9a", "#a0410d"};

  private final HtmlWriter html;
  private final Words words;
  private final GenogramLayout.Metrics m;

  private GenogramSvg(HtmlWriter html, Words words, boolean largePrint) {
    this.html = html;
    this.words = words;
    this.m = largePrint ? GenogramLayout.Metrics.large() : GenogramLayout.Metrics.regular();
  }

  /** The laid out picture for these words and this print size; tests check its geometry. */
  static GenogramLayout.Drawing layout(GenogramData data, Words words, boolean largePrint) {
    GenogramLayout.Metrics metrics = largePrint ? GenogramLayout.Metrics.large()
        : GenogramLayout.Metrics.regular();
    return GenogramLayout.of(data, metrics, (kind, name) -> kind == KeyKind.HOUSEHOLD
        ? words.format("genogram.key.household", "name", name)
        : words.text("genogram.key." + kind.name().toLowerCase(Locale.ROOT)),
        largePrint ? MIN_WIDTH_LARGE : MIN_WIDTH);
  }

  /** Writes the picture as an {@code <svg>} element labelled by its title and sentences. */
  static void write(HtmlWriter html, GenogramData data, boolean largePrint, String titleId,
      String descId, Words words) {
    new GenogramSvg(html, words, largePrint).draw(data, layout(data, words, largePrint),
        titleId, descId);
  }

  private void draw(GenogramData data, GenogramLayout.Drawing d, String titleId,
      String descId) {
    // The sentences state every relationship, drawn or not; the picture says, under the tree,
    // when some could not be drawn.
    String desc = String.join(" ", data.sentences());
    Svg.open(html, "sixps-genogram", -EDGE, -EDGE, d.width() + 2 * EDGE,
        d.height() + 2 * EDGE, titleId, descId, data.title(), desc, words);
    for (GenogramLayout.Outline o : d.outlines()) {
      html.empty("rect", "x", num(o.x()), "y", num(o.y()), "width", num(o.width()), "height",
          num(o.height()), "rx", "10", "fill", "none", "stroke", householdColour(o.household()),
          "stroke-width", "2", "stroke-dasharray", householdDash(o.household())).line();
    }
    for (GenogramLayout.Line line : d.lines()) {
      polyline(line.points(), line.stroke());
    }
    for (GenogramLayout.Line mark : d.marks()) {
      polyline(mark.points(), Stroke.SOLID);
    }
    for (GenogramLayout.Symbol s : d.symbols()) {
      symbol(s.member().gender(), s.cx(), s.cy(), s.size(), s.member().died(),
          s.member().subject());
    }
    for (GenogramLayout.Label l : d.labels()) {
      double y = l.top() + l.lineHeight() * 0.75;
      for (String line : l.name()) {
        Svg.text(html, l.cx(), y, line, m.font(), false, Svg.TEXT, "middle");
        y += l.lineHeight();
      }
      for (String line : l.caption()) {
        Svg.text(html, l.cx(), y, line, m.font() * 0.9, false, Svg.QUIET, "middle");
        y += l.lineHeight();
      }
    }
    if (!d.complete()) {
      double y = d.treeHeight() + m.font();
      for (String line : TextWidth.wrap(words.text("genogram.onlyInWords"), m.font() * 0.9,
          d.width() - m.gap())) {
        Svg.text(html, m.gap() / 2, y, line, m.font() * 0.9, false, Svg.QUIET);
        y += m.lineHeight();
      }
    }
    Svg.text(html, m.gap() / 2, d.keyTop() + m.font(), words.text("genogram.keyHeading"), m.font(),
        true, Svg.TEXT);
    for (GenogramLayout.KeyItem k : d.key()) {
      sample(k);
      double y = k.y() + m.lineHeight() * 0.75;
      for (String line : k.lines()) {
        Svg.text(html, k.x() + m.font() * 3.8, y, line, m.font() * 0.9, false, Svg.TEXT);
        y += m.lineHeight();
      }
    }
    Svg.close(html);
  }

  private static String householdDash(int h) {
    return HOUSEHOLD_DASH[h % HOUSEHOLD_DASH.length];
  }

  private static String householdColour(int h) {
    return HOUSEHOLD_COLOUR[h % HOUSEHOLD_COLOUR.length];
  }

  private static String dash(Stroke stroke) {
    switch (stroke) {
      case DASHED:
        return "8 5";
      case DOTTED:
        return "2 4";
      case DASH_DOT:
        return "10 4 2 4";
      case LONG_DASH:
        return "18 6";
      default:
        return null;
    }
  }

  private void polyline(List<GenogramLayout.Point> points, Stroke stroke) {
    StringBuilder p = new StringBuilder();
    for (GenogramLayout.Point point : points) {
      p.append(p.length() == 0 ? "" : " ").append(num(point.x())).append(',')
          .append(num(point.y()));
    }
    html.empty("polyline", "points", p.toString(), "fill", "none", "stroke", Svg.TEXT,
        "stroke-width", "2", "stroke-dasharray", dash(stroke),
        "stroke-linecap", stroke == Stroke.DOTTED ? "round" : null).line();
  }

  private void symbol(Optional<Gender> gender, double cx, double cy, double size,
      boolean died, boolean subject) {
    shape(gender, cx, cy, size, "#ffffff", subject ? "3" : "2");
    if (subject) {
      shape(gender, cx, cy, size - 10, "none", "2");
    }
    if (died) {
      double h = size / 2;
      html.empty("line", "x1", num(cx - h), "y1", num(cy - h), "x2", num(cx + h), "y2",
          num(cy + h), "stroke", Svg.TEXT, "stroke-width", "2").line();
      html.empty("line", "x1", num(cx + h), "y1", num(cy - h), "x2", num(cx - h), "y2",
          num(cy + h), "stroke", Svg.TEXT, "stroke-width", "2").line();
    }
  }

  private void shape(Optional<Gender> gender, double cx, double cy, double size, String fill,
      String width) {
    double h = size / 2;
    if (gender.filter(g -> g == Gender.MALE).isPresent()) {
      html.empty("rect", "x", num(cx - h), "y", num(cy - h), "width", num(size), "height",
          num(size), "fill", fill, "stroke", Svg.TEXT, "stroke-width", width).line();
    } else if (gender.filter(g -> g == Gender.FEMALE).isPresent()) {
      html.empty("circle", "cx", num(cx), "cy", num(cy), "r", num(h), "fill", fill, "stroke",
          Svg.TEXT, "stroke-width", width).line();
    } else {
      Svg.polygon(html, fill, Svg.TEXT, width, cx, cy - h, cx + h, cy, cx, cy + h, cx - h, cy);
      html.line();
    }
  }

  /** The little drawing beside each entry of the key. */
  private void sample(GenogramLayout.KeyItem k) {
    double s = m.symbol() * 0.6;
    double cx = k.x() + m.font() * 1.6;
    double cy = k.y() + m.lineHeight() * 0.45;
    double x1 = k.x();
    double x2 = k.x() + m.font() * 3.2;
    switch (k.kind()) {
      case MALE:
        symbol(Optional.of(Gender.MALE), cx, cy, s, false, false);
        break;
      case FEMALE:
        symbol(Optional.of(Gender.FEMALE), cx, cy, s, false, false);
        break;
      case ANOTHER:
        symbol(Optional.empty(), cx, cy, s, false, false);
        break;
      case DIED:
        symbol(Optional.of(Gender.MALE), cx, cy, s, true, false);
        break;
      case SUBJECT:
        symbol(Optional.of(Gender.FEMALE), cx, cy, s + 8, false, true);
        break;
      case MARRIED:
      case SEPARATED:
      case DIVORCED:
        polyline(List.of(new GenogramLayout.Point(x1, cy), new GenogramLayout.Point(x2, cy)),
            Stroke.SOLID);
        int strokes = k.kind() == KeyKind.SEPARATED ? 1 : k.kind() == KeyKind.DIVORCED ? 2 : 0;
        for (int i = 0; i < strokes; i++) {
          double dx = strokes == 1 ? 0 : (i == 0 ? -3.5 : 3.5);
          polyline(List.of(new GenogramLayout.Point(cx + dx - 4, cy + 8),
              new GenogramLayout.Point(cx + dx + 4, cy - 8)), Stroke.SOLID);
        }
        break;
      case PARTNERS:
        polyline(List.of(new GenogramLayout.Point(x1, cy), new GenogramLayout.Point(x2, cy)),
            Stroke.DASHED);
        break;
      case BIRTH:
      case ADOPTIVE:
      case FOSTER:
      case STEP:
      case KINSHIP:
        polyline(List.of(new GenogramLayout.Point(cx, k.y() - 2),
            new GenogramLayout.Point(cx, k.y() + m.lineHeight() + 2)),
            GenogramLayout.stroke(ParentKind.valueOf(k.kind().name())));
        break;
      case TWINS:
        polyline(List.of(new GenogramLayout.Point(cx - 10, k.y() + m.lineHeight()),
            new GenogramLayout.Point(cx, k.y()), new GenogramLayout.Point(cx + 10,
            k.y() + m.lineHeight())), Stroke.SOLID);
        break;
      case SIBLINGS:
        polyline(List.of(new GenogramLayout.Point(cx - 12, k.y() + m.lineHeight()),
            new GenogramLayout.Point(cx - 12, k.y()), new GenogramLayout.Point(cx + 12, k.y()),
            new GenogramLayout.Point(cx + 12, k.y() + m.lineHeight())), Stroke.SOLID);
        break;
      default:
        html.empty("rect", "x", num(x1), "y", num(k.y() - 2), "width", num(x2 - x1),
            "height", num(m.lineHeight() + 2), "rx", "5", "fill", "none", "stroke",
            householdColour(k.household()), "stroke-width", "2", "stroke-dasharray",
            householdDash(k.household())).line();
    }
  }
}
