package io.github.sixps.formulation.render.braille;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.liblouis.DisplayTable;
import org.liblouis.TranslationException;
import org.liblouis.Translator;

/**
 * A Braille Ready File read back as a Braille reader's device would: pages split at form feeds,
 * lines at CR LF, and the text back-translated to print by liblouis itself, through liblouis's
 * own Braille ASCII table ({@code en-us-brf.dis}) rather than the renderer's.
 */
final class Brf {
  private static final DisplayTable BRF = DisplayTable.fromTable("en-us-brf.dis");

  private Brf() {}

  /** The pages, each a list of its lines without their line endings. */
  static List<List<String>> pages(String brf) {
    List<List<String>> pages = new ArrayList<>();
    for (String page : brf.split("\f", -1)) {
      if (!page.endsWith("\r\n")) {
        throw new AssertionError("a page does not end with CR LF: " + page);
      }
      String body = page.substring(0, page.length() - 2);
      pages.add(Arrays.asList(body.split("\r\n", -1)));
    }
    return pages;
  }

  /** The text lines of a page: all but the line with the page number. */
  static List<String> textLines(List<String> page, boolean numberAtTop) {
    return numberAtTop ? page.subList(1, page.size()) : page.subList(0, page.size() - 1);
  }

  /** The print liblouis reads back from the whole file, line by line, page numbers left out. */
  static String backTranslate(String brf, BrailleGrade grade) {
    Translator translator;
    try {
      translator = new Translator(grade.table());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    StringBuilder print = new StringBuilder();
    for (List<String> page : pages(brf)) {
      for (String line : textLines(page, false)) {
        if (line.isBlank()) {
          continue;
        }
        String cells = BRF.decode(line.strip());
        try {
          print.append(translator.backTranslate(cells)).append('\n');
        } catch (TranslationException e) {
          throw new AssertionError("liblouis could not read back " + line, e);
        }
      }
    }
    return print.toString();
  }

  /** The words of some print, lower case, letters and digits only, in order. */
  static List<String> words(String print) {
    List<String> words = new ArrayList<>();
    for (String w : print.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * Whether {@code read} holds {@code part} as a run, one word after another, each word read
   * back as written or as liblouis reads back its contraction where the contraction stands for
   * two words.
   */
  static boolean containsRun(List<String> read, List<String> part) {
    for (int start = 0; start + part.size() <= read.size(); start++) {
      int i = 0;
      while (i < part.size() && same(read.get(start + i), part.get(i))) {
        i++;
      }
      if (i == part.size()) {
        return true;
      }
    }
    return part.isEmpty();
  }

  /**
   * Whether a word read back is the word written. In contracted UEB a letter standing alone is
   * a word ("x" is "it", "l" is "like") and dots 2-6 standing alone are "enough" but "en" inside
   * a word. Before some punctuation liblouis reads such a wordsign back as the letter, or as
   * "en" (its back-translation is at fault, not its translation: a Braille reader reads "it" and
   * "enough"), so those readings count as the word.
   */
  private static boolean same(String read, String written) {
    if (read.equals(written)) {
      return true;
    }
    if (written.equals("enough")) {
      return read.equals("en");
    }
    int letter = WORDSIGNS.indexOf(written);
    return read.length() == 1 && letter >= 0 && read.charAt(0) == "bcdefghjklmnpqrstuvwxyz"
        .charAt(letter);
  }

  /** The words UEB's alphabetic wordsigns stand for, for the letters b to z, i, a and o aside. */
  private static final List<String> WORDSIGNS = List.of("but", "can", "do", "every", "from",
      "go", "have", "just", "knowledge", "like", "more", "not", "people", "quite", "rather", "so",
      "that", "us", "very", "will", "it", "you", "as");
}
