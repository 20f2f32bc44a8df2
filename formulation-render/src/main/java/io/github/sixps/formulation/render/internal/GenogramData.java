package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.Gender;
import java.util.Optional;

/**
 * What the family tree picture shows: the people in it, each with the symbol's shape, whether
 * they have died, the words under their name and whether the formulation is about them; the
 * relationships between them; and the same in sentences, which are the picture's text
 * alternative and the whole of it in Markdown and Braille.
 *
 * @param title the picture's title
 * @param members the people drawn, in the formulation's order
 * @param tree the relationships, only between people drawn
 * @param households what each household is called in the key, by household id, in order
 * @param sentences every relationship in a sentence
 */
public record GenogramData(String title, ImmutableList<Member> members, FamilyTree tree,
    ImmutableList<HouseholdName> households, ImmutableList<String> sentences) {

  /**
   * One person in the picture.
   *
   * @param id the person's id, which the tree's links use
   * @param name the name to write under the symbol
   * @param gender the shape: a square, a circle, or a diamond when another or not recorded
   * @param died whether to cross the symbol
   * @param caption the line under the name, such as "age 14" or "died 2021", if any
   * @param subject whether the formulation is about this child (a double outline)
   */
  public record Member(String id, String name, Optional<Gender> gender, boolean died,
      Optional<String> caption, boolean subject) {}

  /**
   * A household as the key names it.
   *
   * @param id the household's id
   * @param name what the family calls it, or who lives there
   */
  public record HouseholdName(String id, String name) {}
}
