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
 *
 * <p>An <em>aside</em> is a short run of words set off on both sides by commas, dashes or
 * brackets, inside a sentence: {@code failed, despite three reminders, to attend}. A phrase, or
 * the neighbours of one, may step over an aside as if it were not there; see {@link #next} and
 * {@link #previous}.
 */
final class Words {
  /** The most words an aside can have: a short clause, not the rest of a sentence. */
  static final int LONGEST_ASIDE = 8;

  private final String text;
  private int size;
  private int[] starts;
  private int[] ends;
  private String[] keys;
  private boolean[] followsOn;

  private Words(String text, int capacity) {
    this.text = text;
    starts = new int[capacity];
    ends = new int[capacity];
    keys = new String[capacity];
    followsOn = new boolean[capacity];
  }

  /** The words of {@code text}, in order. */
  static Words of(String text) {
    // English prose averages a word every five or six characters; start near that, grow if not.
    Words words = new Words(text, Math.max(4, Math.min(text.length() / 4, 1 << 16)));
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

  /**
   * The words that can come next after word {@code k} in a phrase: the one that follows on, and
   * the one after an aside that starts right after word {@code k}. Each is -1 if there is none.
   */
  int[] next(int k) {
    int following = k + 1 < size && followsOn[k + 1] ? k + 1 : -1;
    return new int[] {following, afterAside(k)};
  }

  /**
   * The words that can come just before word {@code k} in a phrase: the one it follows on from,
   * and the one before an aside that ends right before word {@code k}. Each is -1 if there is
   * none.
   */
  int[] previous(int k) {
    int preceding = k > 0 && followsOn[k] ? k - 1 : -1;
    return new int[] {preceding, beforeAside(k)};
  }

  /** The word after an aside that opens right after word {@code k}, or -1. */
  private int afterAside(int k) {
    if (k + 2 >= size) {
      return -1;
    }
    Mark open = mark(k + 1);
    if (!open.opens()) {
      return -1;
    }
    for (int last = k + 1; last < size - 1 && last - k <= LONGEST_ASIDE; last++) {
      Mark after = mark(last + 1);
      if (after.closes(open)) {
        return last + 1;
      }
      if (!followsOn[last + 1]) {
        return -1;
      }
    }
    return -1;
  }

  /** The word before an aside that closes right before word {@code k}, or -1. */
  private int beforeAside(int k) {
    if (k < 2) {
      return -1;
    }
    Mark close = mark(k);
    if (close == Mark.NONE) {
      return -1;
    }
    for (int first = k - 1; first > 0 && k - first <= LONGEST_ASIDE; first--) {
      Mark before = mark(first);
      if (before.opens() && close.closes(before)) {
        return first - 1;
      }
      if (!followsOn[first]) {
        return -1;
      }
    }
    return -1;
  }

  /** The punctuation that can open or close an aside. */
  private enum Mark {
    NONE, COMMA, DASH, OPEN_BRACKET, CLOSE_BRACKET;

    boolean opens() {
      return this == COMMA || this == DASH || this == OPEN_BRACKET;
    }

    boolean closes(Mark open) {
      return open == OPEN_BRACKET ? this == CLOSE_BRACKET : this == open && opens();
    }
  }

  /**
   * What lies between word {@code k - 1} and word {@code k}, if it is a single comma, dash or
   * bracket with only spaces around it. A hyphen or en dash counts as a dash only with a space on
   * each side; without, it joins a word ({@code non-compliant}).
   */
  private Mark mark(int k) {
    int from = ends[k - 1];
    int to = starts[k];
    int at = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isFormat(c)) {
        continue;
      }
      if (at >= 0) {
        return Mark.NONE;
      }
      at = i;
    }
    if (at < 0) {
      return Mark.NONE;
    }
    char c = text.charAt(at);
    boolean spaced = at > from && at < to - 1;
    return switch (c) {
      case ',' -> Mark.COMMA;
      case '(' -> Mark.OPEN_BRACKET;
      case ')' -> Mark.CLOSE_BRACKET;
      case '\u2014', '\u2015' -> Mark.DASH;
      case '-', '\u2013', '\u2012', '\u2212' -> spaced ? Mark.DASH : Mark.NONE;
      default -> Mark.NONE;
    };
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
