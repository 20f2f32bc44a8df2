package io.github.sixps.formulation.render.internal;

import java.util.Locale;

/**
 * Characters named for a person who cannot see them as written: the PDF's and the Braille
 * file's warnings say which characters they could not show, and a code point with its Unicode
 * name is the one description that needs no font and no script to read.
 */
public final class CharacterNames {
  private CharacterNames() {}

  /**
   * {@return each character's code point and Unicode name, in order, such as {@code U+0634
   * arabic letter sheen, U+1F600 grinning face}; a character with no name has its code point
   * only}
   *
   * @param characters the characters, each once
   */
  public static String of(String characters) {
    StringBuilder named = new StringBuilder();
    characters.codePoints().forEach(c -> {
      named.append(named.length() == 0 ? "" : ", ")
          .append(String.format(Locale.ROOT, "U+%04X", c));
      String name = Character.getName(c);
      if (name != null) {
        named.append(' ').append(name.toLowerCase(Locale.ROOT));
      }
    });
    return named.toString();
  }

  /**
   * {@return "1 character has" or "N characters have", to begin a warning's sentence}
   *
   * @param characters the characters, each once
   */
  public static String countHave(String characters) {
    int count = characters.codePointCount(0, characters.length());
    return count == 1 ? "1 character has" : count + " characters have";
  }
}
