package io.github.sixps.formulation.render.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlWriterTest {
  @Test
  void escapesMarkupCharacters() {
    assertEquals("&amp;&lt;b&gt;&quot;x&quot; &#39;y&#39;&lt;/b&gt;",
        HtmlWriter.escape("&<b>\"x\" 'y'</b>"));
    assertEquals("plain text, unchanged", HtmlWriter.escape("plain text, unchanged"));
    assertEquals("Zoë 👩‍👧‍👦 عائلة", HtmlWriter.escape("Zoë 👩‍👧‍👦 عائلة"));
  }

  @Test
  void dropsOrReplacesWhatHtmlDoesNotAllow() {
    assertEquals("ab", HtmlWriter.escape("a\u0000b"));
    assertEquals("a[31m", HtmlWriter.escape("a\u001B[31m"));
    assertEquals("ab", HtmlWriter.escape("a\u007F\u0080\u009Fb"));
    assertEquals("a b c d", HtmlWriter.escape("a\u000Bb\u000Cc\u0085d"));
    assertEquals("a\tb\nc\nd\ne", HtmlWriter.escape("a\tb\nc\r\nd\re"));
    assertEquals("a\uFFFDb\uFFFDc", HtmlWriter.escape("a\uD800b\uDC00c"));
    assertEquals("\uFFFD", HtmlWriter.escape("\uD83D"), "a high surrogate at the end");
    assertEquals("\uFFFD\uFFFD\uFFFD", HtmlWriter.escape("\uFDD0\uFFFE\uD83F\uDFFF"));
    assertEquals("\uD83D\uDE42", HtmlWriter.escape("\uD83D\uDE42"), "a pair is kept");
    // Marks and spaces stay; a line separator is a line break, and U+FEFF, which breaks PDF/UA,
    // goes, as in every format (SafeText).
    assertEquals("\u00A0\u200F\n", HtmlWriter.escape("\u00A0\u200F\u2028\uFEFF"));
  }

  @Test
  void writesElementsWithEscapedAttributes() {
    StringBuilder out = new StringBuilder();
    new HtmlWriter(out).open("p", "class", "a\"b", "id", null).text("<x>").close("p")
        .empty("img", "alt", "'&'");
    assertEquals("<p class=\"a&quot;b\">&lt;x&gt;</p><img alt=\"&#39;&amp;&#39;\" />",
        out.toString());
  }

  @Test
  void refusesNamesThatAreNotPlainNames() {
    HtmlWriter html = new HtmlWriter(new StringBuilder());
    assertThrows(IllegalArgumentException.class, () -> html.open("p onclick=x"));
    assertThrows(IllegalArgumentException.class, () -> html.open("p", "on click", "x"));
    assertThrows(IllegalArgumentException.class, () -> html.close("p>"));
    assertThrows(IllegalArgumentException.class, () -> html.open(""));
    assertThrows(IllegalArgumentException.class, () -> html.open("p", "class"));
  }

  @Test
  void blankMeansShowsNothing() {
    assertTrue(HtmlWriter.isBlank(""));
    assertTrue(HtmlWriter.isBlank(" \t\n\u00A0\u2028\u0007\u200B\u202E\uFEFF"));
    assertFalse(HtmlWriter.isBlank(" a "));
    assertFalse(HtmlWriter.isBlank("\uFFFE"), "written as U+FFFD, which shows");
  }
}
