package io.github.sixps.formulation.language;

import com.google.common.base.Preconditions;
import java.text.Normalizer;
import java.util.Locale;

/**
 * How hard a text is likely to be to read, as a school grade: the Flesch–Kincaid grade level.
 *
 * <pre>{@code
 * Readability r = Readability.of("We will meet at Nana's house on Friday.");
 * if (r.isHarderThan(Readability.SUGGESTED_FAMILY_GRADE)) { ... }
 * }</pre>
 *
 * <p>The formula is
 *
 * <pre>
 *   grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
 * </pre>
 *
 * <p>reported as 0 when it comes out below 0 (very easy text) and for text with no words. A US
 * grade is roughly the reader's age minus 5: grade 6 suits most readers aged 11 and up. Long
 * sentences and long words push the grade up; the formula knows nothing about meaning, so a short
 * sentence full of jargon can still score low, which is why {@link PlainLanguage#check} exists.
 * On one or two short sentences the estimate is rough.
 *
 * <p>How the counts are made:
 *
 * <ul>
 *   <li><b>Words</b>: runs of text between white space that hold at least one letter or digit.
 *       {@code non-compliant} and {@code Nana's} are one word each; an emoji or a dash on its own
 *       is not a word.
 *   <li><b>Sentences</b>: a sentence ends at {@code .}, {@code !}, {@code ?}, {@code …} (and their
 *       equivalents in other scripts) followed by white space or the end of the text, and at a
 *       line break; a text with words but no sentence end is one sentence. Abbreviations such as
 *       {@code e.g.} count as sentence ends, which lowers the grade a little.
 *   <li><b>Syllables</b>, counted by a spelling rule, not a dictionary: accents are dropped,
 *       then each group of vowels ({@code a e i o u}, and {@code y} after the first letter) is
 *       one syllable; a final silent {@code e} is not ({@code home}), unless it follows a
 *       consonant and {@code l} ({@code little}); nor is the {@code e} of a final {@code -ed} or
 *       {@code -es} after a consonant, except in {@code -ted}, {@code -ded} and after a hissing
 *       sound ({@code wanted}, {@code wishes}; but {@code failed}, {@code makes}); nor is an
 *       {@code e} inside a word that ends one part of it, after a vowel and one consonant and
 *       before {@code -ly}, {@code -ful}, {@code -ment}, {@code -ness}, {@code -less} or the
 *       second half of a compound such as {@code time}, {@code table}, {@code work},
 *       {@code thing} or {@code day} ({@code lovely}, {@code statement}, {@code homework},
 *       {@code sometimes}). Every part of
 *       a word between hyphens and other marks has at least one syllable; so does a number, and a
 *       word in a script without Latin letters. The rule is right for most everyday words and
 *       off by one for some ({@code idea}, {@code being}, {@code element}).
 * </ul>
 *
 * <p>The grade has been compared with that of an independent implementation, {@code style(1)}
 * from the GNU diction package, on fifty family-facing passages: see
 * {@code docs/rules.md} for how the two agree and why they differ where they do.
 *
 * @param gradeLevel the estimated grade, 0 or more
 * @param words how many words the text has
 * @param sentences how many sentences the text has
 * @param syllables how many syllables the words have
 */
public record Readability(double gradeLevel, int words, int sentences, int syllables) {
  /**
   * A grade above which text meant for a family is worth a second look: about a reading age of
   * 13. Many adults read comfortably at a lower level, and more so when stressed or reading in a
   * second language; plain-English guidance for the public aims lower still.
   */
  public static final double SUGGESTED_FAMILY_GRADE = 8.0;

  /**
   * Checks that the grade is a number, 0 or more, and that no count is negative.
   *
   * @param gradeLevel the estimated grade, 0 or more
   * @param words how many words the text has
   * @param sentences how many sentences the text has
   * @param syllables how many syllables the words have
   * @throws IllegalArgumentException if the grade is negative or not a finite number, or a count is
   *     negative
   */
  public Readability {
    Preconditions.checkArgument(
        gradeLevel >= 0 && Double.isFinite(gradeLevel),
        "gradeLevel must be a finite number, 0 or more: %s", gradeLevel);
    Preconditions.checkArgument(words >= 0, "words must not be negative: %s", words);
    Preconditions.checkArgument(sentences >= 0, "sentences must not be negative: %s", sentences);
    Preconditions.checkArgument(syllables >= 0, "syllables must not be negative: %s", syllables);
  }

  /**
   * The readability of {@code text}; 0 for text with no words. Never throws for any text.
   *
   * @param text any text, such as a statement from a formulation
   * @return its grade level and the counts behind it
   */
  public static Readability of(String text) {
    Preconditions.checkNotNull(text, "text");
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    boolean sentenceOpen = false;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (isSpace(cp)) {
        if (isLineBreak(cp) && sentenceOpen) {
          sentences++;
          sentenceOpen = false;
        }
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && !isSpace(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      String chunk = text.substring(start, i);
      if (hasLetterOrDigit(chunk)) {
        words++;
        syllables += syllablesInChunk(chunk);
        sentenceOpen = true;
      }
      if (sentenceOpen && endsSentence(chunk)) {
        sentences++;
        sentenceOpen = false;
      }
    }
    if (sentenceOpen) {
      sentences++;
    }
    if (words == 0) {
      return new Readability(0, 0, 0, 0);
    }
    double grade =
        0.39 * ((double) words / sentences) + 11.8 * ((double) syllables / words) - 15.59;
    return new Readability(Math.max(0, grade), words, sentences, syllables);
  }

  /**
   * Whether the text reads above {@code grade}: its grade level is greater.
   *
   * @param grade the grade to compare with, such as {@link #SUGGESTED_FAMILY_GRADE}
   * @return whether this text's grade level is above it
   */
  public boolean isHarderThan(double grade) {
    return gradeLevel > grade;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static boolean isLineBreak(int cp) {
    return cp == '\n' || cp == '\r' || cp == '\u0085' || cp == '\u2028' || cp == '\u2029';
  }

  private static boolean hasLetterOrDigit(String chunk) {
    for (int i = 0; i < chunk.length(); ) {
      int cp = chunk.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Whether the chunk ends with a sentence mark, perhaps followed by quotes or brackets. */
  private static boolean endsSentence(String chunk) {
    int i = chunk.length();
    while (i > 0) {
      int cp = chunk.codePointBefore(i);
      int type = Character.getType(cp);
      if (type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
          || type == Character.INITIAL_QUOTE_PUNCTUATION || cp == '"' || cp == '\''
          || type == Character.FORMAT) {
        i -= Character.charCount(cp);
        continue;
      }
      return isSentenceMark(cp);
    }
    return false;
  }

  private static boolean isSentenceMark(int cp) {
    return switch (cp) {
      case '.', '!', '?', '\u2026', '\u203C', '\u2047', '\u2048', '\u2049', '\u3002', '\uFF01',
          '\uFF1F', '\uFF0E', '\u061F', '\u06D4', '\u0964', '\u0965' -> true;
      default -> false;
    };
  }

  /** Syllables in a word as written: each part between non-letters counts, at least one each. */
  private static int syllablesInChunk(String chunk) {
    // Decomposing is only needed to find the Latin letter under an accent; most text has none.
    String latin = isAscii(chunk)
        ? chunk.toLowerCase(Locale.ROOT)
        : Normalizer.normalize(chunk, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    int total = 0;
    int i = 0;
    int n = latin.length();
    while (i < n) {
      int cp = latin.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || isApostrophe(cp) || isMark(cp)) {
        int start = i;
        while (i < n) {
          cp = latin.codePointAt(i);
          if (!(Character.isLetterOrDigit(cp) || isApostrophe(cp) || isMark(cp))) {
            break;
          }
          i += Character.charCount(cp);
        }
        total += syllablesInPart(latin.substring(start, i));
      } else {
        i += Character.charCount(cp);
      }
    }
    return Math.max(1, total);
  }

  /** Syllables in one part of a word: its a-z letters by the spelling rule, at least one. */
  private static int syllablesInPart(String part) {
    StringBuilder letters = new StringBuilder(part.length());
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters.append(c);
      }
    }
    // Apostrophes and marks only: a stray "'" is not a syllable of its own.
    if (letters.length() == 0) {
      return hasLetterOrDigit(part) ? 1 : 0;
    }
    String w = letters.toString();
    int count = 0;
    boolean previousVowel = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean vowel = isVowel(c) || (c == 'y' && i > 0);
      if (vowel && !previousVowel && !isSilentInnerE(w, i)) {
        count++;
      }
      previousVowel = vowel;
    }
    int n = w.length();
    if (count > 1 && n > 2) {
      char last = w.charAt(n - 1);
      char beforeLast = w.charAt(n - 2);
      char third = w.charAt(n - 3);
      if (last == 'e' && !isVowel(beforeLast)
          && !(beforeLast == 'l' && !isVowel(third) && third != 'y')) {
        count--; // silent final e: home, safe; but little, people
      } else if (last == 'd' && beforeLast == 'e' && !isVowel(third) && third != 'y'
          && third != 't' && third != 'd') {
        count--; // failed, missed; but wanted, needed
      } else if (last == 's' && beforeLast == 'e' && !isVowel(third) && third != 'y'
          && !isHissing(w, n - 2)) {
        count--; // makes, likes; but wishes, places, boxes
      }
    }
    return Math.max(1, count);
  }

  /** Word endings and second halves of compounds before which an e is silent: home|work. */
  private static final String[] AFTER_SILENT_E = {
      "ly", "ful", "fully", "ment", "ness", "less", "lessly", "time", "table", "work", "where",
      "thing", "body",
      "teen", "day", "way"};

  /**
   * Whether the e at {@code i} ends the first part of a compound or comes before a suffix,
   * where it is silent: {@code sometimes}, {@code timetable}, {@code homework}, {@code lovely},
   * {@code careful}, {@code statement}. It must follow a single consonant after a vowel, as a
   * silent final e does ({@code home}).
   */
  private static boolean isSilentInnerE(String w, int i) {
    if (w.charAt(i) != 'e' || i < 2 || !isConsonantLetter(w.charAt(i - 1))
        || !isVowel(w.charAt(i - 2))) {
      return false;
    }
    for (String after : AFTER_SILENT_E) {
      if (w.startsWith(after, i + 1) && (i + 1 + after.length() == w.length()
          || w.startsWith(after + "s", i + 1) && i + 2 + after.length() == w.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word, in lower case a-z, has an e inside that {@link #isSilentInnerE} drops. */
  static boolean hasSilentInnerE(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < w.length(); i++) {
      if (isSilentInnerE(w, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConsonantLetter(char c) {
    return c >= 'a' && c <= 'z' && !isVowel(c) && c != 'y';
  }

  /** Whether the letters before index {@code end} make a hissing sound: s, x, z, ch, sh, c, g. */
  private static boolean isHissing(String w, int end) {
    char c = w.charAt(end - 1);
    return c == 's' || c == 'x' || c == 'z' || c == 'c' || c == 'g'
        || (c == 'h' && end >= 2 && (w.charAt(end - 2) == 'c' || w.charAt(end - 2) == 's'));
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean isApostrophe(int cp) {
    return Words.isApostrophe(cp);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
