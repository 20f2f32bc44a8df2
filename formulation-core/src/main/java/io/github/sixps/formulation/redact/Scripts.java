package io.github.sixps.formulation.redact;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writing systems in redaction: which script a text is mostly written in, which scripts are
 * written without spaces between words, and a name's letters without their accents.
 */
final class Scripts {
  private Scripts() {}

  /** {@return whether the character belongs to a script written without spaces between words} */
  static boolean unspaced(int cp) {
    UnicodeScript script = UnicodeScript.of(cp);
    return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA
        || script == UnicodeScript.KATAKANA || script == UnicodeScript.THAI
        || script == UnicodeScript.LAO || script == UnicodeScript.KHMER
        || script == UnicodeScript.MYANMAR || script == UnicodeScript.TIBETAN;
  }

  /** {@return the script of a letter; none for digits, marks and punctuation} */
  static Optional<UnicodeScript> of(int cp) {
    if (!Character.isLetter(cp)) {
      return Optional.empty();
    }
    UnicodeScript script = UnicodeScript.of(cp);
    return script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED
        || script == UnicodeScript.UNKNOWN ? Optional.empty() : Optional.of(script);
  }

  /** Counts the letters of each script in a text, adding to {@code counts}. */
  static void count(String text, Map<UnicodeScript, Integer> counts) {
    text.codePoints().forEach(cp -> of(cp).ifPresent(s -> counts.merge(s, 1, Integer::sum)));
  }

  /** {@return the script with most letters in the counts, Latin when there are none} */
  static UnicodeScript main(Map<UnicodeScript, Integer> counts) {
    return counts.entrySet().stream()
        .max(Map.Entry.<UnicodeScript, Integer>comparingByValue()
            .thenComparing(e -> -e.getKey().ordinal()))
        .map(Map.Entry::getKey)
        .orElse(UnicodeScript.LATIN);
  }

  /** {@return an empty map to count scripts in} */
  static Map<UnicodeScript, Integer> counts() {
    return new EnumMap<>(UnicodeScript.class);
  }

  /** {@return the script's name for people: "Arabic", "Han (Chinese)"} */
  static String label(UnicodeScript script) {
    String name = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String label = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    return script == UnicodeScript.HAN ? "Han (Chinese)" : label;
  }

  /**
   * The text with accents taken off Latin letters ({@code Łukasz} becomes {@code Lukasz}); marks
   * on letters of other scripts are part of the letter and stay.
   */
  static String withoutAccents(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    int previous = -1;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      boolean mark = Character.getType(cp) == Character.NON_SPACING_MARK;
      if (mark && previous >= 0 && UnicodeScript.of(previous) == UnicodeScript.LATIN) {
        continue;
      }
      switch (cp) {
        case 'ł' -> out.append('l');
        case 'Ł' -> out.append('L');
        case 'ø' -> out.append('o');
        case 'Ø' -> out.append('O');
        case 'đ' -> out.append('d');
        case 'Đ' -> out.append('D');
        case 'ß' -> out.append("ss");
        default -> out.appendCodePoint(cp);
      }
      if (!mark) {
        previous = cp;
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }
}
