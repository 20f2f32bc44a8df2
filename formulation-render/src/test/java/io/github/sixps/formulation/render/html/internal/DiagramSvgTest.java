package io.github.sixps.formulation.render.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The family's 6Ps picture: large print, and every sentence in it whole, never cut off with an
 * ellipsis, and the picture no taller than fits the first page under the title.
 */
class DiagramSvgTest {
  static List<String> examples() {
    return WorkedExamples.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void familyPictureIsLargePrintAndShowsWholeSentences(String name) {
    Formulation f = WorkedExamples.read(name);
    String html = HtmlRenderer.builder().audience(Audience.FAMILY).build().render(f);
    Element svg = Jsoup.parse(html, "", Parser.xmlParser()).selectFirst("svg.sixps-diagram");
    List<Element> texts = svg.select("text");
    for (Element t : texts) {
      assertTrue(Double.parseDouble(t.attr("font-size")) >= 24,
          name + ": small print in the picture: " + t.text());
    }
    List<String> statements = statements(f);
    List<String> items = items(texts);
    assertFalse(items.isEmpty(), name + ": the picture shows no sentence");
    for (String item : items) {
      // A statement of more than one sentence shows its first, whole, and an ellipsis.
      String sentence = item.endsWith("\u2026") ? item.substring(0, item.length() - 1).strip()
          : item;
      assertTrue(sentence.matches(".*[.!?\"')]$"), name + ": not a whole sentence: " + item);
      assertTrue(statements.stream().anyMatch(s -> s.startsWith(sentence)),
          name + ": not the first sentence of any statement: " + item);
    }
    String[] box = svg.attr("viewBox").split(" ");
    double width = Double.parseDouble(box[2]);
    double height = Double.parseDouble(box[3]);
    // The shape of 150mm of the 174mm-wide A4 text column, as DiagramSvg promises.
    assertTrue(height <= width * 150 / 174 + 1e-6, name + ": the picture is " + height
        + " high for " + width + " wide");
  }

  /** Each bulleted item's lines joined again: a bullet starts one, a bold label ends it. */
  private static List<String> items(List<Element> texts) {
    List<String> items = new ArrayList<>();
    StringBuilder item = null;
    for (Element t : texts) {
      boolean bold = t.hasAttr("font-weight");
      if (t.text().equals("\u2022")) {
        if (item != null) {
          items.add(item.toString());
        }
        item = new StringBuilder();
      } else if (bold || !Svg.TEXT.equals(t.attr("fill"))) {
        if (item != null) {
          items.add(item.toString());
        }
        item = null;
      } else if (item != null) {
        item.append(item.length() == 0 ? "" : " ").append(t.text());
      }
    }
    if (item != null) {
      items.add(item.toString());
    }
    return items;
  }

  private static List<String> statements(Formulation f) {
    List<String> all = new ArrayList<>();
    f.presenting().stream().map(PresentingIssue::statement).forEach(all::add);
    f.allFactors().stream().map(Factor::statement).forEach(all::add);
    f.plan().goals().stream().map(Goal::outcome).forEach(all::add);
    all.replaceAll(s -> s.strip().replaceAll("\\s+", " "));
    assertEquals(false, all.isEmpty());
    return all;
  }
}
