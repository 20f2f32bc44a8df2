package io.github.sixps.formulation.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import io.github.sixps.formulation.testing.Formulations;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A shortened statement never passes for the whole: it is the start of what was written, cut
 * after a sentence or at a word, and ends with an ellipsis whenever anything was left out.
 */
class SentencesProperties {
  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> pieces = Arbitraries.oneOf(Formulations.text(),
        Arbitraries.of("Lena shouted \"Get out!\" and slammed the door.", "<!-- note -->",
            "![a picture](x.png)", "In September", "Wow!", "…", "?!", " ", "。", "😀",
            "e.g. this", "Mr. Okafor", "\u200f", "end."));
    return pieces.list().ofMaxSize(6).map(l -> String.join(" ", l));
  }

  @Property
  void aShortenedStatementIsItsStartAndSaysWhenMoreFollows(@ForAll("hostile") String text) {
    String whole = Spaces.collapse(text.strip());
    String shown = Sentences.shortened(text);
    if (shown.equals(whole)) {
      return;
    }
    assertTrue(shown.endsWith("\u2026"), "no ellipsis: [" + shown + "] of [" + whole + "]");
    String start = shown.substring(0, shown.length() - 1).strip();
    assertTrue(whole.startsWith(ShortText.withoutEndPunctuation(start)),
        "[" + shown + "] is not the start of [" + whole + "]");
  }

  @Example
  void anExclamationInsideASentenceDoesNotEndIt() {
    assertEquals("Lena shouted \"Get out!\" and slammed the door. \u2026", Sentences.shortened(
        "Lena shouted \"Get out!\" and slammed the door. Then she cried."));
  }

  @Example
  void aWholeSentenceIsShownWhole() {
    assertEquals("Kai loves boxing.", Sentences.shortened("Kai loves boxing."));
  }

  @Example
  void markupInAStatementIsShownAsTextInThePicturesWords() {
    Formulation f = Formulation.builder().title("T")
        .addPresenting(PresentingIssue.of("P1", "<!-- Lena --> was upset. ![x](y) more."))
        .addFactor(Factor.of(FactorKind.PROTECTIVE, "S1", "In September Lena started judo."))
        .build();
    String md = MarkdownRenderer.builder().build().render(f);
    assertTrue(md.contains("\\<!-- Lena --\\> was upset.") || md.contains("&lt;!-- Lena"),
        md);
    assertFalse(md.contains("including In September"), md);
  }
}
