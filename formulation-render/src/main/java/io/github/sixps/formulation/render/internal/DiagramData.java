package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;

/**
 * What the 6Ps diagram shows: the presenting issues at the centre, the four factor groups around
 * them and the plan beneath, each with its label, how many items it holds and the first few.
 */
public record DiagramData(String title, Cell centre, ImmutableList<Cell> around, Cell plan) {

  /** One box of the diagram. */
  public record Cell(String key, String label, int count, ImmutableList<String> top) {}

  /** The diagram as sentences, for screen readers and for Markdown, in these words. */
  public ImmutableList<String> describe(Words words) {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add(line(centre, words));
    around.forEach(c -> lines.add(line(c, words)));
    lines.add(line(plan, words));
    return lines.build();
  }

  /** How many items a box holds, in words: "1 item", "3 items". */
  public static String count(int count, Words words) {
    return count == 1 ? words.text("diagram.oneItem")
        : words.format("diagram.items", "count", String.valueOf(count));
  }

  private static String line(Cell cell, Words words) {
    String s = cell.label() + ": " + count(cell.count(), words);
    if (!cell.top().isEmpty()) {
      s += words.format("diagram.including", "items", cell.top().stream()
          .map(DocumentBuilder::withoutEndPunctuation)
          .collect(java.util.stream.Collectors.joining(words.text("list.semicolon"))));
    }
    return s.endsWith("…") ? s : s + ".";
  }
}
