package io.github.sixps.formulation.render.pdf;

import java.io.IOException;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of text of a PDF as they are drawn: glyphs on one baseline, left to right by where
 * they are, split into words at the gaps between them. Each word is compared by its {@linkplain
 * #key letters} rather than its text, since a right-to-left word's glyphs stand in the reverse
 * of their reading order and a ligature's glyph carries several letters. With {@link
 * #visualOrder} this says whether a line reads in the order the Unicode bidirectional algorithm
 * gives a right-to-left paragraph.
 */
final class PageLines {
  /** One line on a page: its words, left to right, and where it starts and ends. */
  record Line(int page, float baseline, List<String> words, float left, float right) {
    /** The line's words' keys, left to right. */
    List<String> keys() {
      return PageLines.keys(words);
    }
  }

  private PageLines() {}

  /** The keys of words, in their order, leaving out those of punctuation alone. */
  static List<String> keys(List<String> words) {
    return words.stream().map(PageLines::key).filter(k -> !k.isEmpty()).toList();
  }

  /**
   * The words of one line as {@link #visualOrder} shows them, as keys; for an isolated run
   * ({@code dir="auto"}), in the direction of its own first strong letter instead.
   */
  static List<String> expectedKeys(String text, boolean isolated) {
    return keys(isolated ? visualOrder(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT)
        : visualOrder(text));
  }

  /** Every line of every page, top to bottom. */
  static List<Line> of(byte[] pdf) throws IOException {
    List<Line> lines = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition text) {
            if (!text.getUnicode().isBlank()) {
              glyphs.add(text);
            }
          }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        glyphs.sort(Comparator.comparing(TextPosition::getYDirAdj));
        List<TextPosition> line = new ArrayList<>();
        for (TextPosition g : glyphs) {
          // Marks and small forms may sit a little off the baseline of their letters.
          if (!line.isEmpty() && g.getYDirAdj() - line.get(0).getYDirAdj()
              > line.get(0).getHeightDir() * 0.5f) {
            lines.add(line(page, line));
            line.clear();
          }
          line.add(g);
        }
        if (!line.isEmpty()) {
          lines.add(line(page, line));
        }
      }
    }
    return lines;
  }

  private static Line line(int page, List<TextPosition> glyphs) {
    List<TextPosition> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparing(TextPosition::getXDirAdj));
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    float end = Float.NaN;
    for (TextPosition g : sorted) {
      // A gap, or a number against a right-to-left word (Chromium's print puts no space's
      // width between them).
      if (word.length() > 0 && (!Float.isNaN(end) && g.getXDirAdj() - end
          > g.getFontSizeInPt() * 0.15f || digitMeetsRightToLeft(word, g.getUnicode()))) {
        words.add(word.toString());
        word.setLength(0);
      }
      word.append(g.getUnicode());
      end = Math.max(Float.isNaN(end) ? 0 : end, g.getXDirAdj() + g.getWidthDirAdj());
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    TextPosition first = sorted.get(0);
    return new Line(page, first.getYDirAdj(), words, first.getXDirAdj(), end);
  }

  private static boolean digitMeetsRightToLeft(CharSequence word, String next) {
    int before = Character.codePointBefore(word, word.length());
    int after = next.codePointAt(0);
    return Character.isDigit(before) && rightToLeft(after)
        || rightToLeft(before) && Character.isDigit(after);
  }

  private static boolean rightToLeft(int c) {
    byte d = Character.getDirectionality(c);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  /**
   * A word's letters, whatever order its glyphs stand in: compatibility forms (Arabic
   * presentation forms) to their letters, only letters, marks and digits kept (punctuation
   * beside a word is placed by the paragraph's direction, not the word's), sorted.
   */
  static String key(String word) {
    String letters = Normalizer.normalize(word, Normalizer.Form.NFKC)
        .replaceAll("[^\\p{L}\\p{M}\\p{N}]", "");
    int[] sorted = letters.codePoints().sorted().toArray();
    return new String(sorted, 0, sorted.length);
  }

  /**
   * The words of one line of text as a right-to-left paragraph shows them, left to right, by
   * the Unicode bidirectional algorithm: right-to-left words from the right, a run of
   * left-to-right words (an English name, a date) in its own order within them.
   */
  static List<String> visualOrder(String text) {
    return visualOrder(text, Bidi.DIRECTION_RIGHT_TO_LEFT);
  }

  private static List<String> visualOrder(String text, int direction) {
    String line = text.strip().replaceAll("\\s+", " ");
    Bidi bidi = new Bidi(line, direction);
    List<String> words = new ArrayList<>();
    List<Byte> levels = new ArrayList<>();
    int at = 0;
    for (String w : line.split(" ")) {
      words.add(w);
      levels.add((byte) bidi.getLevelAt(at));
      at += w.length() + 1;
    }
    byte[] l = new byte[levels.size()];
    for (int i = 0; i < l.length; i++) {
      l[i] = levels.get(i);
    }
    Object[] visual = words.toArray();
    Bidi.reorderVisually(l, 0, visual, 0, visual.length);
    return Arrays.stream(visual).map(String.class::cast).collect(Collectors.toList());
  }
}
