package io.github.sixps.formulation.render.pdf;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Joins Arabic-script letters (Arabic, Urdu, Persian and the rest) for a layout engine that does
 * not shape text, by putting each letter's isolated, initial, medial or final presentation form
 * in its place, and turns right-to-left runs round for drawing left to right.
 *
 * <p>The forms are not a table of our own: they are read, once, from the Java runtime's Unicode
 * data, as the presentation-form characters (U+FB50 to U+FDFF and U+FE70 to U+FEFF) whose
 * compatibility decomposition is a single letter and whose name says which form they are. A
 * letter with an initial or medial form joins on both sides; one with only a final form joins
 * only to the letter before it. Marks (harakat) are passed over when deciding how neighbours
 * join; a zero-width joiner and the tatweel join; anything else breaks the join.
 *
 * <p>Lam followed by alef is shown as the two joined letters, not the lam-alef ligature, so that
 * the text keeps its length: a known limit, readable but not the usual shape.
 */
final class ArabicShaping implements BidiReorderer {
  static final ArabicShaping INSTANCE = new ArabicShaping();

  private static final int ISOLATED = 0;
  private static final int FINAL = 1;
  private static final int INITIAL = 2;
  private static final int MEDIAL = 3;
  private static final String[] SUFFIXES = {
      " ISOLATED FORM", " FINAL FORM", " INITIAL FORM", " MEDIAL FORM"};

  /** For each letter with presentation forms, its forms by {@link #ISOLATED} and so on. */
  private static final Map<Integer, int[]> FORMS = forms();

  private ArabicShaping() {}

  private static Map<Integer, int[]> forms() {
    Map<Integer, int[]> forms = new HashMap<>();
    for (int[] range : new int[][] {{0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}}) {
      for (int c = range[0]; c <= range[1]; c++) {
        String name = Character.getName(c);
        if (name == null || !name.startsWith("ARABIC LETTER ")) {
          continue;
        }
        String base = Normalizer.normalize(new String(Character.toChars(c)),
            Normalizer.Form.NFKC);
        if (base.codePointCount(0, base.length()) != 1) {
          continue;
        }
        for (int form = 0; form < SUFFIXES.length; form++) {
          if (name.endsWith(SUFFIXES[form])) {
            int[] f = forms.computeIfAbsent(base.codePointAt(0), k -> new int[4]);
            // The first one listed wins: later ones are variants for other languages.
            if (f[form] == 0) {
              f[form] = c;
            }
          }
        }
      }
    }
    return forms;
  }

  /** Letters and marks that do not count as neighbours: marks and most format characters. */
  private static boolean isTransparent(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT && c != 0x200C && c != 0x200D;
  }

  /** Whether {@code c} joins to the character after it. */
  private static boolean joinsForward(int c) {
    int[] f = FORMS.get(c);
    return c == 0x200D || c == 0x0640 || f != null && (f[INITIAL] != 0 || f[MEDIAL] != 0);
  }

  /** Whether {@code c} joins to the character before it. */
  private static boolean joinsBack(int c) {
    return c == 0x200D || c == 0x0640 || FORMS.containsKey(c);
  }

  @Override
  public String shapeText(String text) {
    int[] cps = text.codePoints().toArray();
    boolean any = false;
    for (int c : cps) {
      if (FORMS.containsKey(c)) {
        any = true;
        break;
      }
    }
    if (!any) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      int[] f = FORMS.get(c);
      if (f == null) {
        out.appendCodePoint(c);
        continue;
      }
      int before = neighbour(cps, i, -1);
      int after = neighbour(cps, i, 1);
      boolean back = before >= 0 && joinsForward(before);
      boolean forward = after >= 0 && joinsBack(after) && joinsForward(c);
      int form = back && forward ? MEDIAL : back ? FINAL : forward ? INITIAL : ISOLATED;
      int shaped = f[form];
      if (shaped == 0 && form == MEDIAL) {
        shaped = f[FINAL];
      } else if (shaped == 0 && form == INITIAL) {
        shaped = f[ISOLATED];
      }
      out.appendCodePoint(shaped == 0 ? c : shaped);
    }
    return out.toString();
  }

  /** The nearest character that is not transparent, in the direction {@code step}, or -1. */
  private static int neighbour(int[] cps, int i, int step) {
    for (int j = i + step; j >= 0 && j < cps.length; j += step) {
      if (!isTransparent(cps[j])) {
        return cps[j];
      }
    }
    return -1;
  }

  @Override
  public String deshapeText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
        out.append(Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  /**
   * A right-to-left run in the order its glyphs are drawn, left to right: characters reversed,
   * each mark kept after the letter it sits on, and brackets mirrored.
   */
  @Override
  public String reorderRTLTextToLTR(String text) {
    int[] cps = text.codePoints().toArray();
    StringBuilder out = new StringBuilder(text.length());
    int end = cps.length;
    while (end > 0) {
      int start = end - 1;
      while (start > 0 && isMark(cps[start])) {
        start--;
      }
      for (int j = start; j < end; j++) {
        out.appendCodePoint(j == start ? mirror(cps[j]) : cps[j]);
      }
      end = start;
    }
    return out.toString();
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static int mirror(int c) {
    if (!Character.isMirrored(c)) {
      return c;
    }
    switch (c) {
      case '(': return ')';
      case ')': return '(';
      case '[': return ']';
      case ']': return '[';
      case '{': return '}';
      case '}': return '{';
      case '<': return '>';
      case '>': return '<';
      case '\u00AB': return '\u00BB';
      case '\u00BB': return '\u00AB';
      case '\u2039': return '\u203A';
      case '\u203A': return '\u2039';
      default: return c;
    }
  }

  /**
   * The text in the order it is drawn, left to right, with Arabic-script letters joined: for
   * places the layout engine sets without its bidirectional step, such as the running header.
   */
  static String visual(String text) {
    if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
      return text;
    }
    JdkBidiSplitter splitter = new JdkBidiSplitter();
    splitter.setParagraph(text, splitter.getBaseDirection(text));
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < splitter.countTextRuns(); i++) {
      BidiTextRun run = splitter.getVisualRun(i);
      String part = text.substring(run.getStart(), run.getStart() + run.getLength());
      out.append(run.getDirection() == BidiSplitter.RTL
          ? INSTANCE.reorderRTLTextToLTR(INSTANCE.shapeText(part)) : part);
    }
    return out.toString();
  }

  @Override
  public boolean isLiveImplementation() {
    return true;
  }
}
