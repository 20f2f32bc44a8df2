package io.github.sixps.formulation.render.docx;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits text into the pieces Word must treat differently: Latin-like text, complex scripts
 * (which Word shapes with its complex-script font and size, right to left for Arabic and Hebrew)
 * and East Asian text. Spaces, digits and punctuation stay with the piece they are in, so that a
 * date inside an Urdu sentence keeps its place.
 */
final class ComplexScripts {
  /** How Word handles a piece of text. */
  enum Kind {
    /** Latin, Greek, Cyrillic, emoji and the like: Word's ASCII and high-ANSI fonts. */
    PLAIN,
    /** A complex script written left to right, such as Bengali or Thai. */
    COMPLEX,
    /** A script written right to left, such as Arabic, Urdu or Hebrew. */
    RIGHT_TO_LEFT,
    /** Chinese, Japanese or Korean. */
    EAST_ASIAN
  }

  /**
   * One piece: its text, how Word handles it, and the font to suggest for its script, where
   * Word's default might not have it.
   */
  record Piece(String text, Kind kind, Optional<String> font) {}

  private static final Set<UnicodeScript> RTL = Set.of(UnicodeScript.ARABIC,
      UnicodeScript.HEBREW, UnicodeScript.SYRIAC, UnicodeScript.THAANA, UnicodeScript.NKO);
  private static final Set<String> COMPLEX_LANGUAGES = Set.of("ar", "ur", "fa", "ps", "he",
      "yi", "bn", "hi", "pa", "gu", "ta", "te", "kn", "ml", "mr", "ne", "si", "th", "syr", "dv");

  private ComplexScripts() {}

  /** Whether a language (its primary tag, such as {@code ur}) is written in a complex script. */
  static boolean isComplexLanguage(String primary) {
    return COMPLEX_LANGUAGES.contains(primary);
  }

  /** Whether text's first strong letter runs right to left, as HTML's {@code dir="auto"}. */
  static boolean startsRightToLeft(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      byte d = Character.getDirectionality(c);
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
      if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        return false;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** The pieces of {@code text}, in order; text with no letters at all is one plain piece. */
  static List<Piece> split(String text) {
    List<Piece> pieces = new ArrayList<>();
    int start = 0;
    Piece current = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      UnicodeScript script = UnicodeScript.of(c);
      if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED
          && script != UnicodeScript.UNKNOWN) {
        Piece style = new Piece("", kind(script), font(script));
        if (current != null && !style.equals(current)) {
          pieces.add(new Piece(text.substring(start, i), current.kind(), current.font()));
          start = i;
        }
        current = style;
      }
      i += Character.charCount(c);
    }
    if (start < text.length()) {
      pieces.add(current == null ? new Piece(text, Kind.PLAIN, Optional.empty())
          : new Piece(text.substring(start), current.kind(), current.font()));
    }
    return pieces;
  }

  private static Kind kind(UnicodeScript script) {
    if (RTL.contains(script)) {
      return Kind.RIGHT_TO_LEFT;
    }
    switch (script) {
      case BENGALI, DEVANAGARI, GURMUKHI, GUJARATI, ORIYA, TAMIL, TELUGU, KANNADA, MALAYALAM,
          SINHALA, THAI, LAO, KHMER, MYANMAR, TIBETAN:
        return Kind.COMPLEX;
      case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO:
        return Kind.EAST_ASIAN;
      default:
        return Kind.PLAIN;
    }
  }

  /**
   * A font that has the script and comes with Windows and Office, so Word finds it; where Word
   * lacks it, Word and LibreOffice fall back to a font that has the letters.
   */
  private static Optional<String> font(UnicodeScript script) {
    switch (script) {
      case ARABIC, HEBREW:
        return Optional.of("Arial");
      case SYRIAC:
        return Optional.of("Estrangelo Edessa");
      case THAANA:
        return Optional.of("MV Boli");
      case NKO:
        return Optional.of("Ebrima");
      case BENGALI, DEVANAGARI, GURMUKHI, GUJARATI, ORIYA, TAMIL, TELUGU, KANNADA, MALAYALAM,
          SINHALA:
        return Optional.of("Nirmala UI");
      case THAI, LAO:
        return Optional.of("Leelawadee UI");
      case KHMER:
        return Optional.of("Leelawadee UI");
      case MYANMAR:
        return Optional.of("Myanmar Text");
      case TIBETAN:
        return Optional.of("Microsoft Himalaya");
      case HAN, BOPOMOFO, HIRAGANA, KATAKANA:
        return Optional.of("Microsoft YaHei");
      case HANGUL:
        return Optional.of("Malgun Gothic");
      case ETHIOPIC:
        return Optional.of("Ebrima");
      default:
        return Optional.empty();
    }
  }
}
