package io.github.sixps.formulation.render.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.testing.WordsInUrdu;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A child's words said in another language are marked with it, so that a screen reader reads
 * them in that language's voice: each run of them has {@code lang} and {@code dir="auto"} (which
 * isolates it), in an English page for every audience; in a page whose own language they are in,
 * no mark is needed; and nothing else is marked, since a language is never guessed.
 */
class LanguageMarkedHtmlTest {

  @ParameterizedTest
  @EnumSource(Audience.class)
  void theChildsUrduWordsAreMarkedUrdu(Audience audience) {
    Formulation f = WordsInUrdu.formulation();
    Document doc = Jsoup.parse(HtmlRenderer.builder().audience(audience).build().render(f));
    Elements marked = doc.select("body [lang]");
    List<String> texts = marked.eachText();
    for (String said : List.of(WordsInUrdu.WORRY, WordsInUrdu.GOOD_THING, WordsInUrdu.DREAM)) {
      assertTrue(texts.contains(said), "each run of the child's words is marked: " + texts);
    }
    for (Element run : marked) {
      assertEquals("ur", run.attr("lang"), run.outerHtml());
      assertEquals("auto", run.attr("dir"), "a marked run is isolated: " + run.outerHtml());
      assertFalse(run.parent().text().equals(run.text()) && run.parent().is("strong"),
          "the label before the words stays in the page's language");
    }
    assertEquals(3, marked.size(), "nothing but the child's words is marked: " + marked);
  }

  @ParameterizedTest
  @EnumSource(Audience.class)
  void wordsWithNoLanguageAreNotMarked(Audience audience) {
    Document doc = Jsoup.parse(HtmlRenderer.builder().audience(audience).build()
        .render(WorkedExamples.read("school-avoidance-ahmed")));
    assertTrue(doc.select("body [lang]").isEmpty(), doc.select("body [lang]").toString());
  }

  @ParameterizedTest
  @EnumSource(Audience.class)
  void inAnUrduPageUrduWordsNeedNoMark(Audience audience) throws IOException {
    Terminology urdu = Terminology.load(RightToLeftHtmlTest.URDU);
    Document doc = Jsoup.parse(HtmlRenderer.builder().audience(audience).terminology(urdu)
        .build().render(WordsInUrdu.formulation()));
    assertEquals("ur", doc.selectFirst("html").attr("lang"));
    assertTrue(doc.select("body [lang]").isEmpty(), doc.select("body [lang]").toString());
  }
}
