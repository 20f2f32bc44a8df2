package io.github.sixps.formulation.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.FormulationStatus;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.testing.UserText;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.Theme;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import io.github.sixps.formulation.validate.Validator;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlRendererTest {
  /** A 1 by 1 pixel PNG. */
  private static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJ"
          + "RU5ErkJggg==");

  static Stream<Arguments> examples() {
    List<Arguments> all = new ArrayList<>();
    for (String name : WorkedExamples.names()) {
      for (Audience audience : Audience.values()) {
        for (boolean fragment : new boolean[] {false, true}) {
          all.add(Arguments.of(name, audience, fragment));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}, {1}, fragment {2}")
  @MethodSource("examples")
  void workedExamplesAreSafeAccessibleAndComplete(String name, Audience audience,
      boolean fragment) {
    Formulation f = WorkedExamples.read(name);
    String html = HtmlRenderer.builder().audience(audience).fragment(fragment).build()
        .render(f);
    Document doc = HtmlChecks.parse(html);
    HtmlChecks.assertOnlyOwnMarkup(doc);
    HtmlChecks.assertAccessible(doc, fragment);
    HtmlChecks.assertTextContains(doc, UserText.of(f, audience));
    assertEquals(f.title(), doc.selectFirst("h1").text());
    // The chronology's timeline and the family tree are drawn only when the file records them,
    // and only in the practitioner's whole record: a family's are documents of their own.
    int companions = audience == Audience.FAMILY ? 0
        : (f.events().isEmpty() ? 0 : 1) + (f.family().isEmpty() ? 0 : 1);
    assertEquals(2 + companions, doc.select("svg").size(),
        "the diagram and the chart, and the timeline and family tree when recorded");
    assertNotNull(doc.selectFirst(".sixps-diagram"));
    assertNotNull(doc.selectFirst(".sixps-chart"));
    assertEquals("OFFICIAL-SENSITIVE", doc.selectFirst("header .sixps-marking").text());
    assertEquals("OFFICIAL-SENSITIVE", doc.selectFirst("footer .sixps-marking").text());
    assertTrue(doc.selectFirst("footer").text().contains("Made with SixPs"));
    assertNull(doc.selectFirst(".sixps-banner"), "agreed: no draft banner");
    String css = doc.selectFirst("style").data();
    if (fragment) {
      HtmlChecks.assertScopedStylesheet(css);
    } else {
      assertTrue(css.contains("@page { size: A4; margin: 18mm 16mm; }"));
      assertTrue(css.contains("@top-center"), "the marking on every printed page");
    }
    assertTrue(css.contains("@media print"));
    if (audience == Audience.FAMILY) {
      assertTrue(css.contains("font-size: 1.25rem; line-height: 1.6"), "large print");
      assertTrue(doc.select(".sixps-tag").eachText().stream()
          .noneMatch(t -> t.matches("[A-Z]\\d+")), "no ids for families");
      assertTrue(doc.select("table").stream().noneMatch(t -> t.text().contains("Score")),
          "no scores for families");
    } else {
      assertTrue(css.contains("font-size: 1rem; line-height: 1.5"));
      assertTrue(doc.select(".sixps-tag").eachText().contains("P1"));
    }
  }

  @Test
  void peopleAndRankTablesHaveRowHeaders() {
    Document doc = HtmlChecks.parse(HtmlRenderer.builder().build()
        .render(WorkedExamples.read("school-avoidance-ahmed")));
    Element people = doc.selectFirst("#sixps-people table");
    assertEquals("The family and their network", people.selectFirst("caption").text());
    assertEquals(List.of("Amira", "Sara", "Imran", "Farida"),
        people.select("tbody th[scope=row]").eachText());
    Element ranked = doc.selectFirst("#sixps-perpetuating table");
    assertEquals(List.of("1", "2", "3", "4"), ranked.select("tbody th[scope=row]").eachText());
    Element actions = doc.selectFirst("#sixps-actions table");
    assertTrue(actions.select("tbody th").isEmpty());
    assertTrue(actions.selectFirst("caption").hasClass("sixps-visually-hidden"),
        "a caption that repeats the heading above is for screen readers only");
    assertFalse(people.selectFirst("caption").hasClass("sixps-visually-hidden"));
    assertTrue(doc.select("table").stream()
        .allMatch(t -> t.parent().hasClass("sixps-table-wrap")), "tables scroll on their own");
    assertEquals(5, actions.select("thead th[scope=col]").size());
  }

  @Test
  void sectionsFollowTheOutline() {
    Document doc = HtmlChecks.parse(HtmlRenderer.builder().build()
        .render(WorkedExamples.read("school-avoidance-ahmed")));
    // Page 1 first: the child's voice, strengths, worries, what keeps them going and the plan.
    assertEquals(List.of("The child's voice", "Protective factors", "Presenting issues",
        "Perpetuating factors", "Plan", "The 6Ps at a glance", "Predisposing factors",
        "Precipitating factors", "Hypothesis", "Reviews", "Family tree",
        "Chronology of significant events", "Who is involved",
        "Sign-off and the family's comments"),
        doc.select("main > section > h2").eachText());
    assertEquals(List.of("Goals", "Actions", "What it meant for the child"),
        doc.select("h3").eachText());
    Element lead = doc.selectFirst("#sixps-plan > p > strong");
    assertEquals("Next review:", lead.text());
    assertEquals("Next review: 7 December 2026", lead.parent().text());
  }

  @Test
  void diagramShowsEachBoxWithCountAndTopItems() {
    Document doc = HtmlChecks.parse(HtmlRenderer.builder().build()
        .render(WorkedExamples.read("school-avoidance-ahmed")));
    Element svg = doc.selectFirst(".sixps-diagram");
    List<String> texts = svg.select("text").eachText();
    for (String label : List.of("Presenting issues", "Predisposing factors",
        "Precipitating factors", "Perpetuating factors", "Protective factors", "Plan")) {
      assertTrue(texts.contains(label), label);
    }
    Formulation f = WorkedExamples.read("school-avoidance-ahmed");
    int items = f.presenting().size() + f.allFactors().size() + f.plan().goals().size();
    long bullets = svg.select("text").stream().filter(t -> t.text().equals("\u2022")).count();
    long more = texts.stream().filter(t -> t.startsWith("and ")).count();
    assertTrue(bullets == items || more > 0,
        "every item is in the picture, or a box says more follow: " + bullets + " of " + items);
    assertEquals(6, doc.select(".sixps-diagram + figcaption li").size());
    assertTrue(texts.stream().noneMatch(t -> t.matches("\\d+ items?")), "no count alone");
  }

  @Test
  void chartHasOneLinePerGoalWithTargetsAndKey() {
    Document doc = HtmlChecks.parse(HtmlRenderer.builder().build()
        .render(WorkedExamples.read("school-avoidance-ahmed")));
    Element svg = doc.selectFirst(".sixps-chart");
    assertEquals(3, svg.select("polyline").size());
    assertEquals(3, svg.select("polyline").eachAttr("stroke-dasharray").size() + 1,
        "the first line is solid, the others dashed");
    List<String> texts = svg.select("text").eachText();
    assertTrue(texts.contains("Target"));
    assertTrue(texts.contains("2 Nov"));
    assertTrue(texts.contains("23 Nov"));
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("G1: Amira is in school")));
    assertEquals(3, doc.select(".sixps-chart + figcaption li").size());
  }

  @Test
  void noChartWithoutReviews() {
    Formulation f = Formulation.builder().title("No reviews yet").build();
    Document doc = HtmlChecks.parse(HtmlRenderer.builder().build().render(f));
    assertNull(doc.selectFirst(".sixps-chart"));
    assertNotNull(doc.selectFirst(".sixps-diagram"));
    HtmlChecks.assertAccessible(doc, false);
    HtmlChecks.assertOnlyOwnMarkup(doc);
  }

  @Test
  void draftShowsBannerInWords() {
    Formulation f = Formulation.builder().title("A draft").status(FormulationStatus.DRAFT)
        .build();
    Document doc = HtmlChecks.parse(HtmlRenderer.builder().build().render(f));
    Element banner = doc.selectFirst("header .sixps-banner");
    assertEquals("note", banner.attr("role"));
    assertTrue(banner.text().startsWith("Draft:"));
    assertTrue(doc.select(".sixps-empty").size() > 5, "empty parts say so");
  }

  static Stream<Arguments> blanks() {
    List<Arguments> all = new ArrayList<>();
    for (Audience audience : Audience.values()) {
      for (boolean fragment : new boolean[] {false, true}) {
        for (boolean teaching : new boolean[] {false, true}) {
          all.add(Arguments.of(audience, fragment, teaching));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}, fragment {1}, teaching {2}")
  @MethodSource("blanks")
  void blankWorksheet(Audience audience, boolean fragment, boolean teaching) {
    String html = HtmlRenderer.builder().audience(audience).fragment(fragment)
        .teaching(teaching).build().renderBlank();
    Document doc = HtmlChecks.parse(html);
    HtmlChecks.assertOnlyOwnMarkup(doc);
    HtmlChecks.assertAccessible(doc, fragment);
    // Two sheets: six boxes, then three houses and the hypothesis, each box a section whose
    // heading, question and lines stay together; a worksheet asks, it does not teach.
    assertEquals(6, doc.select("#sixps-worksheet-boxes > section").size());
    assertEquals(4, doc.select("#sixps-worksheet-houses > section").size());
    for (Element box : doc.select("#sixps-worksheet-boxes > section,"
        + " #sixps-worksheet-houses > section")) {
      assertEquals(List.of("h3", "p", "div"), box.children().stream().map(Element::tagName)
          .toList(), box.id());
      assertFalse(box.selectFirst("p").text().isBlank(), box.id() + " asks a question");
      assertTrue(box.select(".sixps-writing-line").size() >= 3, box.id() + " has lines");
    }
    assertEquals(3, doc.select(".sixps-facts dd.sixps-fill").size(), "lines to fill in");
    assertEquals(0, doc.select("aside.sixps-teaching").size());
    assertEquals(audience == Audience.FAMILY, doc.text().contains(
        "What made things harder for you growing up?"), "the family's own questions");
    assertTrue(doc.select("svg").isEmpty());
  }

  @Test
  void teachingNotesSitUnderEachP() {
    Document doc = HtmlChecks.parse(HtmlRenderer.builder().teaching(true).build()
        .render(WorkedExamples.read("young-carer-kowalski")));
    HtmlChecks.assertAccessible(doc, false);
    Element aside = doc.selectFirst("#sixps-presenting > aside");
    assertTrue(aside.text().contains("What everyone is worried about"));
  }

  @Test
  void themeBrandsThePage() {
    Theme theme = Theme.plain().withOrganisation("Riverside Council <& Partners>")
        .withAccent("#5a1f6b").withLogo(PNG);
    Document doc = HtmlChecks.parse(HtmlRenderer.builder().theme(theme).build()
        .render(WorkedExamples.read("school-avoidance-ahmed")));
    HtmlChecks.assertOnlyOwnMarkup(doc);
    HtmlChecks.assertAccessible(doc, false);
    Element img = doc.selectFirst("header img.sixps-logo");
    assertEquals("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG),
        img.attr("src"));
    assertEquals("Riverside Council <& Partners> logo", img.attr("alt"));
    assertEquals(List.of("Organisation", "Riverside Council <& Partners>"),
        List.of(doc.selectFirst(".sixps-facts dt").text(),
            doc.selectFirst(".sixps-facts dd").text()));
    assertTrue(doc.selectFirst("style").data().contains("color: #5a1f6b"));
  }

  @Test
  void markingCanBeChangedOrLeftOut() {
    Formulation f = WorkedExamples.read("school-avoidance-ahmed");
    Document official = HtmlChecks.parse(HtmlRenderer.builder().marking("OFFICIAL").build()
        .render(f));
    assertEquals(List.of("OFFICIAL", "OFFICIAL"), official.select(".sixps-marking").eachText());
    assertTrue(official.selectFirst("style").data().contains("content: \"OFFICIAL\""));
    Document none = HtmlChecks.parse(HtmlRenderer.builder().noMarking().build().render(f));
    assertTrue(none.select(".sixps-marking").isEmpty());
    assertFalse(none.selectFirst("style").data().contains("@top-center"));
    assertTrue(none.selectFirst("style").data().contains("counter(page)"), "page numbers");
  }

  @Test
  void markingInThePageMarginCannotEndTheStylesheet() {
    String html = HtmlRenderer.builder().marking("X\"; } </style><script>alert(1)</script>")
        .build().renderBlank();
    Document doc = HtmlChecks.parse(html);
    HtmlChecks.assertOnlyOwnMarkup(doc);
    assertEquals(1, doc.select("style").size());
    assertFalse(doc.selectFirst("style").data().contains("<"));
    assertEquals("X\"; } </style><script>alert(1)</script>",
        doc.selectFirst("header .sixps-marking").text());
  }

  @Test
  void userTextIsEscapedNotMarkup() {
    String hostile = "<script>alert('x')</script> <img src=x onerror=alert(1)> & \"q\" 'a'";
    Formulation f = Formulation.builder().title(hostile)
        .presenting(ImmutableList.of(PresentingIssue.of("<b>P1</b>", hostile)))
        .factors(FactorKind.PROTECTIVE, List.of(Factor.of(FactorKind.PROTECTIVE, "S1",
            "<!-- comment --> ]]> <![CDATA[ x ]]>")))
        .build();
    String html = HtmlRenderer.builder().build().render(f);
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;"));
    Document doc = HtmlChecks.parse(html);
    HtmlChecks.assertOnlyOwnMarkup(doc);
    HtmlChecks.assertAccessible(doc, false);
    assertEquals(hostile, doc.selectFirst("h1").text());
    assertEquals(hostile, doc.title());
    assertTrue(doc.select(".sixps-tag").eachText().contains("<b>P1</b>"));
    HtmlChecks.assertTextContains(doc, List.of("<!-- comment --> ]]> <![CDATA[ x ]]>"));
  }

  @Test
  void charactersHtmlDoesNotAllowAreDroppedOrReplaced() {
    String title = "a\u0000b\u0007c\u001Bd\u0085e\u000Cf\uD800g\uFFFEh\r\ni\rj";
    String html = HtmlRenderer.builder().build().render(
        Formulation.builder().title(title).build());
    assertTrue(html.contains(
        "<h1 class=\"sixps-title\"><span dir=\"auto\">abcd e f\uFFFDg\uFFFDh\ni\nj</span></h1>"), html);
    assertFalse(html.contains("\u0000"));
    assertFalse(html.contains("\r"));
  }

  @Test
  void childIdsBecomeSafeUniqueIds() {
    Formulation f = Formulation.builder().title("Ids")
        .childsVoice(ImmutableList.of(
            io.github.sixps.formulation.model.ChildsVoice.of("a b\"><x", List.of("w"),
                List.of(), List.of()),
            io.github.sixps.formulation.model.ChildsVoice.of("a b\"><x", List.of("v"),
                List.of(), List.of()),
            io.github.sixps.formulation.model.ChildsVoice.of("", List.of(), List.of(),
                List.of())))
        .build();
    Document doc = HtmlChecks.parse(HtmlRenderer.builder().build().render(f));
    HtmlChecks.assertOnlyOwnMarkup(doc);
    HtmlChecks.assertAccessible(doc, false);
    assertEquals(List.of("sixps-childsVoice-a-b---x", "sixps-childsVoice-a-b---x-2",
        "sixps-childsVoice-"), doc.select("#sixps-childsVoice section").eachAttr("id"));
  }

  @Test
  void findingsAreATableForPractitioners() {
    Validator validator = Validator.builder()
        .clock(Clock.fixed(Instant.parse("2027-01-15T09:00:00Z"), ZoneOffset.UTC)).build();
    Formulation f = WorkedExamples.read("school-avoidance-ahmed");
    Document doc = HtmlChecks.parse(HtmlRenderer.builder().findings(validator).build()
        .render(f));
    HtmlChecks.assertAccessible(doc, false);
    HtmlChecks.assertOnlyOwnMarkup(doc);
    Element findings = doc.selectFirst("#sixps-findings");
    assertNotNull(findings);
    assertEquals("Checks on this formulation", findings.selectFirst("h2").text());
  }

  @Test
  void otherTerminologyRenamesHeadingsAndBoxes() {
    Document doc = HtmlChecks.parse(HtmlRenderer.builder()
        .terminology(Terminology.clinical5PsPlan()).build()
        .render(WorkedExamples.read("school-avoidance-ahmed")));
    assertEquals("Presenting problem", doc.selectFirst("#sixps-presenting h2").text());
    assertTrue(doc.selectFirst(".sixps-diagram").select("text").eachText()
        .contains("Presenting problem"));
  }

  @Test
  void writesToAnyAppendableAndPassesOnItsFailure() throws IOException {
    Formulation f = WorkedExamples.read("school-avoidance-ahmed");
    HtmlRenderer renderer = HtmlRenderer.builder().build();
    StringBuilder out = new StringBuilder();
    renderer.render(f, out);
    assertEquals(renderer.render(f), out.toString());
    IOException failure = new IOException("disk full");
    Appendable broken = new Appendable() {
      @Override
      public Appendable append(CharSequence csq) throws IOException {
        throw failure;
      }

      @Override
      public Appendable append(CharSequence csq, int start, int end) throws IOException {
        throw failure;
      }

      @Override
      public Appendable append(char c) throws IOException {
        throw failure;
      }
    };
    assertSame(failure, assertThrows(IOException.class, () -> renderer.render(f, broken)));
    assertSame(failure, assertThrows(IOException.class, () -> renderer.renderBlank(broken)));
    assertThrows(NullPointerException.class, () -> renderer.render(null, out));
  }

  @Test
  void builderDefaultsAndIndependence() {
    HtmlRenderer.Builder builder = HtmlRenderer.builder();
    HtmlRenderer page = builder.build();
    assertFalse(page.isFragment());
    assertEquals(Audience.PRACTITIONER, page.options().audience());
    builder.fragment(true).audience(Audience.FAMILY);
    assertFalse(page.isFragment(), "a built renderer does not change with its builder");
    assertEquals(Audience.PRACTITIONER, page.options().audience());
    assertTrue(builder.build().isFragment());
    assertTrue(page.render(Formulation.builder().build()).startsWith("<!DOCTYPE html>\n"));
  }

  @Test
  void oneRendererServesManyThreads() throws Exception {
    HtmlRenderer renderer = HtmlRenderer.builder().audience(Audience.FAMILY).build();
    List<Formulation> formulations = WorkedExamples.names().stream()
        .map(WorkedExamples::read).toList();
    List<String> expected = formulations.stream().map(renderer::render).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int which = i % formulations.size();
        results.add(pool.submit(() ->
            renderer.render(formulations.get(which)).equals(expected.get(which))));
      }
      for (Future<Boolean> r : results) {
        assertTrue(r.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
