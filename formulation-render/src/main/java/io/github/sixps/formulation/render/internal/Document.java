package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A formulation laid out for reading: a title, a few header facts, an optional protective marking
 * and draft banner, then its sections. Built once by {@link DocumentBuilder} and walked by every
 * writer.
 */
public record Document(
    String title,
    ImmutableList<Fact> facts,
    Optional<String> marking,
    Optional<String> banner,
    ImmutableList<Block.Section> sections,
    boolean largePrint) {

  /**
   * {@return whether this is a blank worksheet, whose sheets the writers lay out as boxes on a
   * page each}
   */
  public boolean isWorksheet() {
    return sections.stream().anyMatch(s -> s.id().equals(Worksheet.BOXES));
  }

  /** A header fact such as "Date: 2 November 2026". */
  public record Fact(String name, String value) {}
}
