package io.github.sixps.formulation.render.docx;

import io.github.sixps.formulation.render.internal.SafeText;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * Writes text into a paragraph as runs Word can show and check: every character Word cannot
 * hold taken out as every format does ({@link SafeText#clean}), white space folded as the other
 * formats fold it, each run marked with the document's language, right-to-left pieces marked
 * right to left, and complex-script and East Asian pieces given a font hint for their script.
 */
final class Runs {
  /**
   * The language of Latin-script text in a document whose own language is written in another
   * script: English, the language of the built-in words that a council's terminology falls back
   * to, and that practitioners mostly write in.
   */
  static final String LATIN_FALLBACK = "en-GB";

  /** Word's language for the run's Latin (and Greek, Cyrillic) text. */
  private final String latin;
  /** Word's language for complex-script text, if the document's is one. */
  private final String complex;
  /** Word's language for East Asian text, if the document's is one. */
  private final String eastAsian;

  /**
   * Runs in a document of this language. Word keeps three languages on every run, one for each
   * kind of letters, and uses the one that fits the run's text: the document's language goes
   * where it fits, and Latin text in, say, an Urdu document is marked as English.
   */
  Runs(String language) {
    String primary = language.toLowerCase(java.util.Locale.ROOT).split("-")[0];
    boolean cjk = primary.equals("zh") || primary.equals("ja") || primary.equals("ko");
    boolean cs = ComplexScripts.isComplexLanguage(primary);
    this.latin = cs || cjk ? LATIN_FALLBACK : language;
    this.complex = cs ? language : null;
    this.eastAsian = cjk ? language : null;
  }

  /** Text as every format shows it: cleaned, runs of white space one space, ends trimmed. */
  static String fold(String text) {
    return SafeText.clean(text).replaceAll("[ \\t\\n\\r\\f\\u000B]+", " ").strip();
  }

  /** Whether text shows nothing once folded. */
  static boolean isBlank(String text) {
    return fold(text).isEmpty();
  }

  /** Appends text, already folded or not, in plain or bold. */
  void add(XWPFParagraph paragraph, String text, boolean bold) {
    String folded = SafeText.clean(text).replaceAll("[ \\t\\n\\r\\f\\u000B]+", " ");
    for (ComplexScripts.Piece piece : ComplexScripts.split(folded)) {
      XWPFRun run = paragraph.createRun();
      CTRPr rPr = run.getCTR().addNewRPr();
      piece.font().ifPresent(font -> fonts(rPr, piece.kind(), font));
      if (bold) {
        rPr.addNewB();
        rPr.addNewBCs();
      }
      if (piece.kind() == ComplexScripts.Kind.RIGHT_TO_LEFT) {
        rPr.addNewRtl();
      }
      if (piece.kind() == ComplexScripts.Kind.RIGHT_TO_LEFT
          || piece.kind() == ComplexScripts.Kind.COMPLEX) {
        rPr.addNewCs();
      }
      CTLanguage lang = rPr.addNewLang();
      lang.setVal(latin);
      if (complex != null && (piece.kind() == ComplexScripts.Kind.RIGHT_TO_LEFT
          || piece.kind() == ComplexScripts.Kind.COMPLEX)) {
        lang.setBidi(complex);
      }
      if (eastAsian != null && piece.kind() == ComplexScripts.Kind.EAST_ASIAN) {
        lang.setEastAsia(eastAsian);
      }
      run.setText(piece.text());
    }
  }

  private static void fonts(CTRPr rPr, ComplexScripts.Kind kind, String font) {
    CTFonts fonts = rPr.addNewRFonts();
    switch (kind) {
      // Word has no hint for complex scripts: the run's w:cs or w:rtl says it is one.
      case RIGHT_TO_LEFT, COMPLEX -> fonts.setCs(font);
      case EAST_ASIAN -> {
        fonts.setEastAsia(font);
        fonts.setHint(STHint.EAST_ASIA);
      }
      default -> {
        fonts.setAscii(font);
        fonts.setHAnsi(font);
      }
    }
  }
}
