package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The PDF's own stylesheet and the text it and the metadata carry. */
class PrintCssTest {
  @Test
  void thePageNumbersWordsKeepTheirSpaces() {
    // "Page 1 of 9", not "Page1of9": the words between the numbers are parts of one text.
    assertEquals("\"Page \"", PrintCss.part("Page "));
    assertEquals("\" of \"", PrintCss.part(" of "));
    assertEquals("\"\\0000e9 \"", PrintCss.part("\u00e9"));
  }

  @Test
  void cssStringsCannotEndTheStringOrTheRule() {
    String css = PrintCss.string("a\"; } @import url(x); \\ \u0000\nb");
    assertTrue(css.startsWith("\"") && css.endsWith("\""));
    String inside = css.substring(1, css.length() - 1);
    assertFalse(inside.contains("\""), inside);
    assertFalse(inside.contains("}"), inside);
    assertFalse(inside.contains("("), inside);
    assertEquals("\"Plain 1\"", PrintCss.string("Plain 1"));
  }

  @Test
  void aSpaceAfterAnEscapeIsKept() {
    // CSS swallows one space after a hexadecimal escape; "summary: Kim" must not become
    // "summary:Kim" in the running header.
    assertEquals("\"summary\\00003a  Kim\"", PrintCss.string("summary: Kim"));
  }

  @Test
  void longTitlesAreCutInTheRunningHeader() {
    String css = PrintCss.perDocument(PdfFonts.bundled(), "x".repeat(200), false);
    assertTrue(css.contains("x".repeat(69) + "\\002026 "), css);
    assertFalse(css.contains("x".repeat(70)), css);
  }

  @Test
  void familyPrintIsAtLeastSixteenPoint() {
    assertTrue(PrintCss.shared(PdfFonts.bundled(), true, Optional.empty()).contains("font-size: 16pt"));
    assertTrue(PrintCss.shared(PdfFonts.bundled(), false, Optional.of("OFFICIAL")).contains("\"OFFICIAL\""));
  }

  @Test
  void metadataTextDropsWhatXmlCannotHold() {
    assertEquals("a b c\uFFFD\uFFFD?\uFFFD", PdfText.clean("  a\u0000\t b\n\u0007c\uFFFD\uFFFE?\uD800 "));
  }
}
