package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;

/** Each goal's scale over time: where it started, each review's score, and the target. */
public record ChartData(String title, ImmutableList<Series> series) {

  /** One goal's line. */
  public record Series(String goal, String outcome, Optional<Integer> target,
      ImmutableList<Point> points) {}

  /** One score on a date. */
  public record Point(LocalDate on, int value, String label) {}

  /** The chart as sentences, for screen readers and for Markdown, in these words. */
  public ImmutableList<String> describe(Words words) {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (Series s : series) {
      StringBuilder line = new StringBuilder(s.goal()).append(": ");
      for (int i = 0; i < s.points().size(); i++) {
        Point p = s.points().get(i);
        line.append(i == 0 ? "" : words.text("chart.then")).append(p.value()).append(" (").append(p.label())
            .append(")");
      }
      s.target().ifPresent(t -> line.append(words.format("chart.targetIs", "target",
          String.valueOf(t))));
      lines.add(line.append('.').toString());
    }
    return lines.build();
  }
}
