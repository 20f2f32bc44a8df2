package io.github.sixps.formulation.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import io.github.sixps.formulation.render.testing.UserText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;

/**
 * Every character that breaks a format, each one tried: it is gone from the Markdown and the
 * HTML (the PDF is checked by veraPDF in formulation-pdf), the text around it is there, and both
 * formats clean it the same way.
 */
class SafeTextProperties {
  private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().frontMatter(true)
      .build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

  @Provide
  Arbitrary<String> breakers() {
    return Arbitraries.of(UserText.breakers());
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyFormatDropsItAlike(@ForAll("breakers") String breaker) {
    String statement = breaker + "Amira" + breaker + " said " + breaker + "no" + breaker;
    Formulation f = Formulation.builder().title(breaker + "Title" + breaker)
        .addPresenting(PresentingIssue.of("P1", statement)).build();
    String markdown = MARKDOWN.render(f);
    String html = HTML.render(f);
    assertFalse(UserText.hasBreaker(markdown), "Markdown keeps U+" + hex(breaker));
    assertFalse(UserText.hasBreaker(html), "HTML keeps U+" + hex(breaker));
    String shown = SafeText.clean(statement);
    assertFalse(UserText.hasBreaker(shown));
    assertTrue(markdown.contains(UserText.fold(statement)), markdown);
    // Read as a browser reads it, where a line break in the text is a space.
    assertTrue(Jsoup.parse(html).text().contains(UserText.fold(statement)), html);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void cleaningTwiceChangesNothing(@ForAll("breakers") String breaker) {
    String once = SafeText.clean("a" + breaker + "b");
    assertEquals(once, SafeText.clean(once));
  }

  private static String hex(String s) {
    return Integer.toHexString(s.codePointAt(0));
  }
}
