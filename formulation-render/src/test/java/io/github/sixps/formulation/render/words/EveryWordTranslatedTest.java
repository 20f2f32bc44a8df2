package io.github.sixps.formulation.render.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import io.github.sixps.formulation.render.testing.MarkedWords;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.validate.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every word the HTML and Markdown print is the formulation's own, the core library's sentences
 * about it, or the terminology's: rendered with a terminology whose every text is marked, no
 * other word is left in any text node, alternative text, label or page-number rule.
 */
class EveryWordTranslatedTest {
  private static final String EXAMPLE = "school-avoidance-ahmed";
  private static final Terminology MARKED = MarkedWords.terminology("ltr");
  private static final Formulation F = MarkedWords.formulation(EXAMPLE);
  private static final Formulation PREVIOUS = Formulation.builder().title(F.title()).build();
  private static final Formulation EMPTY = Formulation.builder().build();
  private static final List<String> CORE = MarkedWords.coreSentences(List.of(F, EMPTY),
      PREVIOUS);
  private static final Set<String> IDS = MarkedWords.ids(EXAMPLE);
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 20);

  private static Map<String, String> htmlDocuments(Audience audience) {
    Map<String, String> docs = new LinkedHashMap<>();
    HtmlRenderer.Builder b = HtmlRenderer.builder().audience(audience).terminology(MARKED)
        .teaching(true).findings(Validator.standard());
    docs.put("full", b.build().renderSince(PREVIOUS, F));
    docs.put("fragment", b.fragment(true).build().render(F));
    docs.put("blank", b.fragment(false).build().renderBlank());
    docs.put("changes", b.build().renderChanges(FormulationDiff.between(PREVIOUS, F)));
    docs.put("nothing changed", b.build().renderChanges(FormulationDiff.between(F, F)));
    docs.put("supervision", b.view(View.SUPERVISION).asOf(AS_OF).build().renderSince(PREVIOUS, F));
    docs.put("empty", b.view(View.FULL).build().render(EMPTY));
    docs.put("empty supervision", b.view(View.SUPERVISION).build()
        .render(EMPTY));
    return docs;
  }

  @ParameterizedTest
  @EnumSource(Audience.class)
  void noFixedWordIsLeftInTheHtml(Audience audience) {
    for (Map.Entry<String, String> d : htmlDocuments(audience).entrySet()) {
      Document doc = Jsoup.parse(d.getValue());
      List<String> left = new ArrayList<>();
      for (Element e : doc.getAllElements()) {
        if (e.normalName().equals("style")) {
          String css = e.data();
          assertFalse(css.contains("\"Page"), "the page number is the terminology's");
          continue;
        }
        if (e.normalName().equals("svg")) {
          left.addAll(pictureLeftovers(e));
        }
        if (e.closest("svg") == null) {
          for (TextNode t : e.textNodes()) {
            left.addAll(MarkedWords.leftovers(t.getWholeText(), CORE, IDS));
          }
        }
        for (Attribute a : e.attributes()) {
          if (Set.of("alt", "aria-label", "title").contains(a.getKey())) {
            left.addAll(MarkedWords.leftovers(a.getValue(), CORE, IDS));
          }
        }
      }
      assertEquals(List.of(), left, d.getKey() + " (" + audience + ") prints words of its own");
      assertTrue(doc.text().contains("⟦"), d.getKey());
      assertEquals("und", doc.selectFirst(d.getKey().equals("fragment") ? "article" : "html")
          .attr("lang"));
    }
  }

  /**
   * The words a picture prints. A picture wraps its text into lines of its own, and in large
   * print a long mark is broken across lines like any long word: a line that ends inside a mark
   * is read with the next.
   */
  private static List<String> pictureLeftovers(Element svg) {
    List<String> left = new ArrayList<>();
    StringBuilder open = new StringBuilder();
    for (Element text : svg.select("text, tspan")) {
      for (TextNode t : text.textNodes()) {
        open.append(t.getWholeText());
        String s = open.toString();
        if (s.lastIndexOf('⟦') <= s.lastIndexOf('⟧')) {
          left.addAll(MarkedWords.leftovers(s, CORE, IDS));
          open.setLength(0);
        }
      }
    }
    left.addAll(MarkedWords.leftovers(open.toString(), CORE, IDS));
    return left;
  }

  @ParameterizedTest
  @EnumSource(Audience.class)
  void noFixedWordIsLeftInTheMarkdown(Audience audience) {
    MarkdownRenderer.Builder b = MarkdownRenderer.builder().audience(audience)
        .terminology(MARKED).teaching(true).findings(Validator.standard());
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put("full", b.build().renderSince(PREVIOUS, F));
    docs.put("blank", b.build().renderBlank());
    docs.put("changes", b.build().renderChanges(FormulationDiff.between(PREVIOUS, F)));
    docs.put("supervision", b.view(View.SUPERVISION).asOf(AS_OF).build().renderSince(PREVIOUS, F));
    docs.put("empty", b.view(View.FULL).build().render(EMPTY));
    for (Map.Entry<String, String> d : docs.entrySet()) {
      // Markdown's own escapes and the blank worksheet's spaces are markup, not words.
      String text = d.getValue().replace("&nbsp;", " ").replaceAll("\\\\(\\p{Punct})", "$1");
      assertEquals(List.of(), MarkedWords.leftovers(text, CORE, IDS), d.getKey() + " ("
          + audience + ") prints words of its own");
      assertTrue(text.contains("⟦"), d.getKey());
    }
  }
}
