package io.github.sixps.formulation.render.html.internal;

import io.github.sixps.formulation.render.internal.ChartData;
import io.github.sixps.formulation.render.internal.DiagramData;
import io.github.sixps.formulation.render.internal.GenogramData;
import io.github.sixps.formulation.render.internal.TimelineData;
import io.github.sixps.formulation.render.internal.Words;

/**
 * The 6Ps diagram, the goal-scale chart, the family tree and the timeline as standalone SVG files, drawn by the same code as the
 * HTML page's inline pictures, for formats that carry a picture as a file of its own (Word).
 */
public final class SvgPictures {
  private SvgPictures() {}

  /** The diagram as an SVG file, titled and described for screen readers. */
  public static String diagram(DiagramData data, String accent, boolean largePrint,
      Words words) {
    StringBuilder svg = new StringBuilder(16 * 1024);
    DiagramSvg.write(new HtmlWriter(svg), data, accent, largePrint, "sixps-diagram-title",
        "sixps-diagram-desc", words);
    return svg.toString();
  }

  /** The chart as an SVG file, titled and described for screen readers. */
  public static String chart(ChartData data, String accent, boolean largePrint, Words words) {
    StringBuilder svg = new StringBuilder(16 * 1024);
    ChartSvg.write(new HtmlWriter(svg), data, accent, largePrint, "sixps-chart-title",
        "sixps-chart-desc", words);
    return svg.toString();
  }

  /** The family tree as an SVG file, titled and described for screen readers. */
  public static String genogram(GenogramData data, boolean largePrint, Words words) {
    StringBuilder svg = new StringBuilder(16 * 1024);
    GenogramSvg.write(new HtmlWriter(svg), data, largePrint, "sixps-genogram-title",
        "sixps-genogram-desc", words);
    return svg.toString();
  }

  /** The timeline as an SVG file, titled and described for screen readers. */
  public static String timeline(TimelineData data, boolean largePrint, Words words) {
    StringBuilder svg = new StringBuilder(16 * 1024);
    TimelineSvg.write(new HtmlWriter(svg), data, largePrint, "sixps-timeline-title",
        "sixps-timeline-desc", words);
    return svg.toString();
  }
}
