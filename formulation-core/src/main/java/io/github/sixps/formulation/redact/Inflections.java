package io.github.sixps.formulation.redact;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Other forms of a name that languages with cases make: Polish {@code Zosia} is {@code Zosi},
 * {@code Zosią}, {@code Zosię} in a sentence. They are too many to list and too like other words
 * to replace safely, so they are found for a person to check.
 */
final class Inflections {
  private Inflections() {}

  /** A word that looks like a form of the name whose placeholder is {@code placeholder}. */
  record Found(String word, String placeholder) {}

  /** Endings of names in Polish, Czech, Slovak, Russian (in Latin letters) and their like. */
  private static final ImmutableSet<String> ENDINGS = ImmutableSet.of(
      "", "a", "ą", "ę", "i", "y", "u", "o", "e", "ie", "em", "om", "owi", "ach", "ami", "ego",
      "emu", "ej", "ów", "ou", "ovi", "ă", "s", "es", "ka", "ki", "ku", "ce", "ko");

  private static final String VOWELS = "aeiouyąęó";

  /**
   * The stem of a one-word form of a name, in lower case: the name without a final vowel. Short
   * names and names that are ordinary words have none, since their other forms are other words.
   */
  static Optional<String> stemOf(String form) {
    String lower = form.toLowerCase(Locale.ROOT);
    if (lower.contains(" ") || lower.codePointCount(0, lower.length()) < 4
        || NameUse.ordinary(lower) || !lower.codePoints().allMatch(Character::isLetter)
        || lower.codePoints().anyMatch(Scripts::unspaced)) {
      return Optional.empty();
    }
    String stem = VOWELS.indexOf(lower.charAt(lower.length() - 1)) >= 0
        ? lower.substring(0, lower.length() - 1) : lower;
    return stem.codePointCount(0, stem.length()) >= 3 ? Optional.of(stem) : Optional.empty();
  }

  /** Each word of the text that is a stem with a known ending and not a form itself. */
  static List<Found> find(String text, Map<String, String> stems, Set<String> forms) {
    List<Found> found = new ArrayList<>();
    if (stems.isEmpty()) {
      return found;
    }
    for (String word : text.split("[^\\p{L}\\p{M}]+")) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (word.isEmpty() || forms.contains(lower) || NameUse.ordinary(lower)) {
        continue;
      }
      for (Map.Entry<String, String> stem : stems.entrySet()) {
        if (lower.startsWith(stem.getKey())
            && ENDINGS.contains(lower.substring(stem.getKey().length()))) {
          found.add(new Found(word, stem.getValue()));
          break;
        }
      }
    }
    return found;
  }
}
