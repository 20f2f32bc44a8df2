package io.github.sixps.formulation.language;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text and where each one starts and ends, as the phrase matcher sees them.
 *
 * <p>A word is a run of letters, digits and combining marks. An apostrophe (straight or curly) or
 * an invisible formatting character between two such characters keeps the word going, so
 * {@code child’s} and {@code didn't} are one word each before the split described below. Each
 * word has a <em>key</em>: its text with apostrophes made straight and formatting characters
 * dropped, case kept. A negative contraction is split in two words, {@code did} and {@code not}
 * for {@code didn't}, so that a phrase written {@code did not attend} also finds
 * {@code didn't attend}.
 *
 * <p>Two words <em>follow on</em> when only spaces, hyphens and invisible formatting characters
 * lie between them: a phrase can match across {@code non-compliant} and {@code non compliant},
 * but not across a comma or a full stop.
 */
final class Words {
  private int size;
  private int[] starts;
  private int[] ends;
  private String[] keys;
  private boolean[] followsOn;

  private Words(int capacity) {
    starts = new int[capacity];
    ends = new int[capacity];
    keys = new String[capacity];
    followsOn = new boolean[capacity];
  }

  /** The words of {@code text}, in order. */
  static Words of(String text) {
    // English prose averages a word every five or six characters; start near that, grow if not.
    Words words = new Words(Math.max(4, Math.min(text.length() / 4, 1 << 16)));
    int n = text.length();
    int previousEnd = -1;
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      // Most words need no cleaning: their key is the text itself, without a copy per letter.
      StringBuilder key = null;
      while (i < n) {
        cp = text.codePointAt(i);
        int width = Character.charCount(cp);
        if (isWordChar(cp)) {
          if (key != null) {
            key.appendCodePoint(cp);
          }
        } else if ((isApostrophe(cp) || isFormat(cp))
            && i + width < n
            && isWordChar(text.codePointAt(i + width))) {
          if (key == null) {
            key = new StringBuilder(i - start + 16).append(text, start, i);
          }
          if (isApostrophe(cp)) {
            key.append('\'');
          }
        } else {
          break;
        }
        i += width;
      }
      boolean follows = previousEnd >= 0 && onlyJoinersBetween(text, previousEnd, start);
      words.addWord(text, start, i, key == null ? text.substring(start, i) : key.toString(),
          follows);
      previousEnd = i;
    }
    return words;
  }

  int size() {
    return size;
  }

  int start(int k) {
    return starts[k];
  }

  int end(int k) {
    return ends[k];
  }

  String key(int k) {
    return keys[k];
  }

  /** Whether word {@code k} follows on from word {@code k - 1}; false for the first word. */
  boolean followsOn(int k) {
    return followsOn[k];
  }

  private void addWord(String text, int start, int end, String key, boolean follows) {
    int keyLength = key.length();
    if (end - start > 3
        && keyLength > 3
        && isNegativeContraction(text, end)
        && key.regionMatches(true, keyLength - 3, "n't", 0, 3)) {
      add(start, end - 3, positiveStem(key.substring(0, keyLength - 3)), follows);
      add(end - 3, end, "not", true);
    } else {
      add(start, end, key, follows);
    }
  }

  private void add(int start, int end, String key, boolean follows) {
    if (size == starts.length) {
      int capacity = size * 2;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      keys = Arrays.copyOf(keys, capacity);
      followsOn = Arrays.copyOf(followsOn, capacity);
    }
    starts[size] = start;
    ends[size] = end;
    keys[size] = key;
    followsOn[size] = follows;
    size++;
  }

  /** Whether the text just before {@code end} reads n't, in any case and with any apostrophe. */
  private static boolean isNegativeContraction(String text, int end) {
    char n = text.charAt(end - 3);
    char t = text.charAt(end - 1);
    return (n == 'n' || n == 'N') && isApostrophe(text.charAt(end - 2)) && (t == 't' || t == 'T');
  }

  /** The word a negative contraction was made from where the spelling changed: can't, won't. */
  private static String positiveStem(String stem) {
    return switch (stem.toLowerCase(Locale.ROOT)) {
      case "ca" -> "can";
      case "wo" -> "will";
      case "sha" -> "shall";
      default -> stem;
    };
  }

  private static boolean onlyJoinersBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        continue;
      }
      if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || isHyphen(c) || isFormat(c))) {
        return false;
      }
    }
    return true;
  }

  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      // Most text is ASCII, where only letters and digits qualify; this runs for every character.
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC';
  }

  /** Hyphens of every width, including the soft and non-breaking ones; not the em dash. */
  static boolean isHyphen(int cp) {
    return cp == '-' || cp == '\u00AD' || (cp >= '\u2010' && cp <= '\u2013') || cp == '\u2212';
  }

  private static boolean isFormat(int cp) {
    // No ASCII character is a formatting character.
    return cp >= 0x80 && Character.getType(cp) == Character.FORMAT;
  }
}
