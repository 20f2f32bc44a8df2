package io.github.sixps.formulation.render.html.internal;

import io.github.sixps.formulation.render.internal.ChartData;
import io.github.sixps.formulation.render.internal.DiagramData;
import io.github.sixps.formulation.render.internal.GenogramData;
import io.github.sixps.formulation.render.internal.TimelineData;
import io.github.sixps.formulation.render.internal.Words;

/**
 * The 6Ps diagram, the goal-scale chart, the family tree and the timeline as standalone SVG
 * files, drawn by the same code as the HTML page's inline pictures, for formats that carry a
 * picture as a file of its own (Word). A standalone file has no page's style sheet to take its
 * font from, so it names its own: the Word document's Arial first, then fonts of the same
 * widths and the sans-serif fonts of other systems, so that no reader falls back to a serif
 * font wider than the words were laid out for.
 */
public final class SvgPictures {
  /** The fonts the pictures' words are set in, as CSS lists them. */
  private static final String FONTS =
      "Arial, 'Liberation Sans', Arimo, Helvetica, 'Noto Sans', 'DejaVu Sans', sans-serif";

  private SvgPictures() {}

  /** The diagram as an SVG file, titled and described for screen readers. */
  public static String diagram(DiagramData data, String accent, boolean largePrint,
      Words words) {
    StringBuilder svg = new StringBuilder(16 * 1024);
    DiagramSvg.write(new HtmlWriter(svg), data, accent, largePrint, "sixps-diagram-title",
        "sixps-diagram-desc", words);
    return standalone(svg);
  }

  /** The chart as an SVG file, titled and described for screen readers. */
  public static String chart(ChartData data, String accent, boolean largePrint, Words words) {
    StringBuilder svg = new StringBuilder(16 * 1024);
    ChartSvg.write(new HtmlWriter(svg), data, accent, largePrint, "sixps-chart-title",
        "sixps-chart-desc", words);
    return standalone(svg);
  }

  /** The family tree as an SVG file, titled and described for screen readers. */
  public static String genogram(GenogramData data, boolean largePrint, Words words) {
    StringBuilder svg = new StringBuilder(16 * 1024);
    GenogramSvg.write(new HtmlWriter(svg), data, largePrint, "sixps-genogram-title",
        "sixps-genogram-desc", words);
    return standalone(svg);
  }

  /** The timeline as an SVG file, titled and described for screen readers. */
  public static String timeline(TimelineData data, boolean largePrint, Words words) {
    StringBuilder svg = new StringBuilder(16 * 1024);
    TimelineSvg.write(new HtmlWriter(svg), data, largePrint, "sixps-timeline-title",
        "sixps-timeline-desc", words);
    return standalone(svg);
  }

  /** The picture's root element given the fonts its words are set in. */
  private static String standalone(StringBuilder svg) {
    if (svg.indexOf("<svg ") != 0) {
      throw new IllegalStateException("a picture starts with its <svg> element");
    }
    return svg.insert("<svg ".length(), "font-family=\"" + FONTS + "\" ").toString();
  }
}
