package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;

/**
 * What the 6Ps diagram shows: the presenting issues at the centre, the four factor groups around
 * them and the plan's goals beneath, each with its label, how many items it holds and each item
 * shortened to its first sentence.
 */
public record DiagramData(String title, Cell centre, ImmutableList<Cell> around, Cell plan) {

  /** One box of the diagram: every item, each shortened as {@link Sentences#shortened} does. */
  public record Cell(String key, String label, int count, ImmutableList<String> top) {}

  /** The diagram as sentences, for screen readers and for Markdown, in these words. */
  public ImmutableList<String> describe(Words words) {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add(line(centre, words));
    around.forEach(c -> lines.add(line(c, words)));
    lines.add(line(plan, words));
    return lines.build();
  }

  /** Under a box that shows only some of its items: "and 3 more below". */
  public static String more(int count, Words words) {
    return count == 1 ? words.text("diagram.oneMore")
        : words.format("diagram.more", "count", String.valueOf(count));
  }

  /** A box in words, every item of it: "What is helping: Kai loves boxing. Lorna …". */
  private static String line(Cell cell, Words words) {
    if (cell.top().isEmpty()) {
      return cell.label() + ": " + words.text("empty.factors");
    }
    return cell.label() + ": " + cell.top().stream()
        .map(item -> ".!?…\"'”’)".indexOf(item.charAt(item.length() - 1)) >= 0 ? item
            : item + ".")
        .collect(java.util.stream.Collectors.joining(" "));
  }
}
