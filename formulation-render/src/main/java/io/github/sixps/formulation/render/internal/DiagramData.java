package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;

/**
 * What the 6Ps diagram shows: the presenting issues at the centre, the four factor groups around
 * them and the plan beneath, each with its label, how many items it holds and the first few.
 */
public record DiagramData(String title, Cell centre, ImmutableList<Cell> around, Cell plan) {

  /** One box of the diagram. */
  public record Cell(String key, String label, int count, ImmutableList<String> top) {}

  /** The diagram as sentences, for screen readers and for Markdown. */
  public ImmutableList<String> describe() {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add(line(centre));
    around.forEach(c -> lines.add(line(c)));
    lines.add(line(plan));
    return lines.build();
  }

  private static String line(Cell cell) {
    String s = cell.label() + ": " + cell.count() + (cell.count() == 1 ? " item" : " items");
    if (!cell.top().isEmpty()) {
      s += ", including " + cell.top().stream().map(DocumentBuilder::withoutEndPunctuation)
          .collect(java.util.stream.Collectors.joining("; "));
    }
    return s.endsWith("…") ? s : s + ".";
  }
}
