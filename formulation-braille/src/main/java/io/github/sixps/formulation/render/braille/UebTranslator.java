package io.github.sixps.formulation.render.braille;

import io.github.sixps.formulation.render.internal.SafeText;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntConsumer;
import org.liblouis.CompilationException;
import org.liblouis.DisplayException;
import org.liblouis.DisplayTable;
import org.liblouis.TranslationException;
import org.liblouis.Translator;

/**
 * Print to Unified English Braille, through liblouis: six-dot cells as Unicode braille patterns
 * (U+2800 to U+283F), ready to be laid out in lines and encoded as Braille ASCII.
 *
 * <p>liblouis turns a character its tables do not define into an escape with dot 7 and 8
 * patterns, which six-dot Braille ASCII cannot hold. So each character is first asked about on
 * its own (once per translator; the answer is kept), and every run of characters without a UEB
 * sign is replaced by a transcriber's note saying what it was, "text in Arabic script", between
 * UEB's transcriber's note indicators (dots 4-46-126 and 4-46-345, as liblouis's own {@code
 * en-ueb-g1.ctb} defines them); the characters go to the caller, who reports them.
 *
 * <p>Safe to share between threads: liblouis-java serialises its calls into the library.
 */
final class UebTranslator {
  private static final Map<BrailleGrade, UebTranslator> BY_GRADE = new EnumMap<>(BrailleGrade.class);

  /** The transcriber's note indicators, before and after a note. */
  static final String NOTE_OPENS = "\u2808\u2828\u2823";
  static final String NOTE_CLOSES = "\u2808\u2828\u281C";

  /**
   * The most characters given to liblouis at once. liblouis-java keeps each thread's buffers at
   * the largest size it has needed, and liblouis's time for every later call grows with them
   * (a few words took ten times as long after one long statement), so long text goes in pieces,
   * divided at spaces.
   */
  static final int PIECE = 1000;

  private final Translator translator;
  /**
   * Which characters have been asked about, and of those which have a UEB sign: one bit each
   * for every code point, 272 KiB in all, so a renderer that runs for months with every script
   * thrown at it never holds more.
   */
  private final AtomicLongArray asked = new AtomicLongArray((Character.MAX_CODE_POINT + 1) / 64);
  private final AtomicLongArray signed = new AtomicLongArray((Character.MAX_CODE_POINT + 1) / 64);

  private UebTranslator(Translator translator) {
    this.translator = translator;
  }

  /**
   * The translator for a grade, compiled on first use and shared.
   *
   * @throws IllegalStateException if liblouis or its tables cannot be loaded
   */
  static UebTranslator of(BrailleGrade grade) {
    synchronized (BY_GRADE) {
      UebTranslator t = BY_GRADE.get(grade);
      if (t == null) {
        try {
          t = new UebTranslator(new Translator(grade.table()));
        } catch (CompilationException | RuntimeException | LinkageError e) {
          throw new IllegalStateException("liblouis could not load the Braille table "
              + grade.table() + " (liblouis-java and its resources jar must both be on the class"
              + " path): " + e.getMessage(), e);
        }
        BY_GRADE.put(grade, t);
      }
      return t;
    }
  }

  /**
   * The braille for a piece of print, as six-dot cells, with each run of white space one blank
   * cell and none at either end.
   *
   * @param print user text or the document's own words
   * @param unsupported given each character that UEB has no sign for, as it is met
   */
  String translate(String print, IntConsumer unsupported) {
    String text = normalise(print);
    StringBuilder cells = new StringBuilder(text.length() * 2);
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isSupported(cp)) {
        run.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      cells.append(braille(run.toString()));
      run.setLength(0);
      int start = i;
      while (i < text.length() && !isSupported(text.codePointAt(i))
          && text.codePointAt(i) != ' ') {
        int c = text.codePointAt(i);
        unsupported.accept(c);
        i += Character.charCount(c);
      }
      cells.append(NOTE_OPENS).append(braille(describe(text.substring(start, i))))
          .append(NOTE_CLOSES);
    }
    cells.append(braille(run.toString()));
    return cells.toString();
  }

  /**
   * The text as liblouis is given it: cleaned as every format cleans user text, composed (NFC)
   * so that a letter and its accent are one character, every kind of space and line break one
   * space, and invisible formatting characters (zero-width spaces and joiners, soft hyphens,
   * direction marks, variation selectors) left out, since they have no sign and show nothing.
   */
  static String normalise(String print) {
    String text = Normalizer.normalize(SafeText.clean(print), Normalizer.Form.NFC);
    StringBuilder s = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = s.length() > 0;
        continue;
      }
      if (isInvisible(cp)) {
        continue;
      }
      if (space) {
        s.append(' ');
        space = false;
      }
      s.appendCodePoint(cp);
    }
    return s.toString();
  }

  private static boolean isInvisible(int cp) {
    return Character.getType(cp) == Character.FORMAT
        || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  /** Whether UEB, as liblouis's table has it, has a sign for {@code cp}. */
  private boolean isSupported(int cp) {
    if (cp < 0x7F) {
      return true;
    }
    int word = cp >>> 6;
    long bit = 1L << (cp & 63);
    if ((asked.get(word) & bit) != 0) {
      return (signed.get(word) & bit) != 0;
    }
    boolean yes;
    try {
      String out = translator.translate(new String(Character.toChars(cp)), null, null, null,
          DisplayTable.StandardDisplayTables.UNICODE).getBraille();
      yes = !out.isEmpty() && out.chars().allMatch(ch -> BrailleAscii.isSixDot((char) ch));
    } catch (TranslationException | DisplayException | IllegalArgumentException e) {
      yes = false;
    }
    // The answer first, then that it is known: a thread that sees it known sees the answer.
    if (yes) {
      signed.accumulateAndGet(word, bit, (a, b) -> a | b);
    }
    asked.accumulateAndGet(word, bit, (a, b) -> a | b);
    return yes;
  }

  /** liblouis's braille for text every character of which has a UEB sign, piece by piece. */
  private String braille(String text) {
    if (text.length() <= PIECE) {
      return piece(text);
    }
    StringBuilder cells = new StringBuilder(text.length() * 2);
    int from = 0;
    while (from < text.length()) {
      int to = Math.min(text.length(), from + PIECE);
      if (to < text.length()) {
        int space = text.lastIndexOf(' ', to);
        if (space > from) {
          to = space;
        } else if (Character.isHighSurrogate(text.charAt(to - 1))) {
          to--;
        }
      }
      cells.append(piece(text.substring(from, to)));
      from = to;
    }
    return cells.toString();
  }

  /** liblouis's braille for one piece of text. */
  private String piece(String text) {
    if (text.isEmpty()) {
      return "";
    }
    try {
      String out = translator.translate(text, null, null, null,
          DisplayTable.StandardDisplayTables.UNICODE).getBraille();
      // The space liblouis writes is U+2800 already; a character defined as a dot 7 or 8
      // pattern in combination with its neighbours would not be, and is made blank.
      StringBuilder s = new StringBuilder(out.length());
      for (int i = 0; i < out.length(); i++) {
        char c = out.charAt(i);
        s.append(BrailleAscii.isSixDot(c) ? c : BrailleAscii.BLANK);
      }
      return s.toString();
    } catch (TranslationException | DisplayException e) {
      throw new IllegalStateException("liblouis could not translate text of "
          + text.length() + " characters: " + e.getMessage(), e);
    }
  }

  /** What a run of characters without a UEB sign is, in words: "text in Arabic script". */
  static String describe(String run) {
    int first = run.codePointAt(0);
    Character.UnicodeScript script = Character.UnicodeScript.of(first);
    switch (script) {
      case COMMON:
      case INHERITED:
      case UNKNOWN:
        String name = Character.getName(first);
        String what = name == null ? "a symbol" : name.toLowerCase(Locale.ROOT);
        return run.codePointCount(0, run.length()) == 1 ? "symbol: " + what
            : "symbols: " + what + " and more";
      case HAN:
        return "Chinese characters";
      case HIRAGANA:
      case KATAKANA:
        return "Japanese writing";
      case HANGUL:
        return "Korean writing";
      default:
        String words = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return "text in " + Character.toUpperCase(words.charAt(0)) + words.substring(1)
            + " script";
    }
  }
}
