package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.list;
import static io.github.sixps.formulation.model.Values.optional;
import static io.github.sixps.formulation.model.Values.required;

import java.util.List;
import java.util.Optional;

/**
 * What one child said, in their own words: their worries, the good things in their life and their
 * dreams.
 *
 * <pre>{@code
 * ChildsVoice v = ChildsVoice.of("amira",
 *     List.of("I feel sick in the mornings."), List.of("Nana's cooking."), List.of("To be a vet."));
 * }</pre>
 *
 * @param child id of the child who said it
 * @param worries what worries them
 * @param goodThings what is good in their life
 * @param dreams what they hope for
 * @param language the language the child said it in, as a BCP 47 tag such as {@code "pl"}, if
 *     recorded; outputs mark the words with it so that a screen reader reads them in that language
 */
public record ChildsVoice(
    String child,
    List<String> worries,
    List<String> goodThings,
    List<String> dreams,
    Optional<String> language) {
  /**
   * Checks that no argument is null and copies the lists.
   *
   * @param child id of the child who said it
   * @param worries what worries them
   * @param goodThings what is good in their life
   * @param dreams what they hope for
   * @param language the language the child said it in (BCP 47), if recorded
   * @throws NullPointerException if an argument, or an element of a list, is null
   */
  public ChildsVoice {
    required(child, "child");
    worries = list(worries, "worries");
    goodThings = list(goodThings, "goodThings");
    dreams = list(dreams, "dreams");
    optional(language, "language");
  }

  /**
   * The child's voice with no language recorded.
   *
   * @param child id of the child who said it
   * @param worries what worries them
   * @param goodThings what is good in their life
   * @param dreams what they hope for
   * @throws NullPointerException if an argument, or an element of a list, is null
   */
  public ChildsVoice(String child, List<String> worries,
      List<String> goodThings, List<String> dreams) {
    this(child, worries, goodThings, dreams, Optional.empty());
  }

  /**
   * A copy of these words marked as said in the given language.
   *
   * @param bcp47 a BCP 47 language tag, such as {@code "pl"}
   * @return a copy with that language
   */
  public ChildsVoice withLanguage(String bcp47) {
    return new ChildsVoice(child, worries, goodThings, dreams,
        Optional.of(required(bcp47, "language")));
  }

  /**
   * The child's voice from three lists of sentences.
   *
   * @param child id of the child who said it
   * @param worries what worries them, one sentence each
   * @param goodThings what is good in their life, one sentence each
   * @param dreams what they hope for, one sentence each
   * @return the child's voice
   * @throws NullPointerException if an argument, or an element of a list, is null
   */
  public static ChildsVoice of(
      String child, List<String> worries, List<String> goodThings, List<String> dreams) {
    return new ChildsVoice(
        child,
        list(worries, "worries"),
        list(goodThings, "goodThings"),
        list(dreams, "dreams"));
  }
}
