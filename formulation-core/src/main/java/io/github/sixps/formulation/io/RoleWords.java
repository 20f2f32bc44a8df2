package io.github.sixps.formulation.io;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The roles people mean by the everyday words they write for someone in a family: a brother is
 * a {@code sibling}, a nan a {@code grandparent}. The reader suggests these before looking for
 * a near spelling, which would offer "other" for "brother".
 */
final class RoleWords {
  private static final Map<String, String[]> MEANT = Map.ofEntries(
      role("sibling", "brother", "sister", "half-brother", "half-sister", "step-brother",
          "stepbrother", "step-sister", "stepsister", "twin", "brothers", "sisters", "siblings"),
      role("parent", "mum", "mom", "mother", "dad", "father", "mummy", "daddy", "step-mum",
          "stepmum", "step-dad", "stepdad", "stepmother", "stepfather", "step-mother",
          "step-father", "step-parent", "stepparent", "birth-parent", "birth-mother", "birth-father", "parents"),
      role("grandparent", "nan", "nana", "nanna", "gran", "granny", "grandma", "grandmother",
          "grandad", "granddad", "grandpa", "grandfather", "grandparents"),
      role("relative", "aunt", "auntie", "aunty", "uncle", "cousin", "niece", "nephew",
          "great-aunt", "great-uncle", "family-member"),
      role("carer", "foster-carer", "foster-parent", "kinship-carer", "special-guardian",
          "guardian", "foster-mum", "foster-dad"),
      role("child", "son", "daughter", "baby", "kid"),
      role("young-person", "teenager", "teen", "youth", "adolescent"),
      role("friend", "neighbour", "neighbor", "family-friend"));

  private RoleWords() {}

  private static Map.Entry<String, String[]> role(String role, String... words) {
    return Map.entry(role, words);
  }

  /** The role the everyday word names, if it is one of these words. */
  static Optional<String> meant(String word) {
    String key = word.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    return Optional.ofNullable(BY_WORD.get(key));
  }

  private static final Map<String, String> BY_WORD = byWord();

  private static Map<String, String> byWord() {
    java.util.HashMap<String, String> byWord = new java.util.HashMap<>();
    MEANT.forEach((role, words) -> {
      for (String w : words) {
        byWord.put(w, role);
      }
    });
    return Map.copyOf(byWord);
  }
}
