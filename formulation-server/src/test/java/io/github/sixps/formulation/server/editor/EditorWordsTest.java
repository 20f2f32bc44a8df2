package io.github.sixps.formulation.server.editor;

import static io.github.sixps.formulation.server.editor.EditorPagesTest.submit;
import static io.github.sixps.formulation.server.editor.EditorPagesTest.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor speaks in people's words, not the file format's: no id to type or read, links
 * chosen by what items say, people by name and role, UK dates, questions that fit the part, and
 * no error on what nobody has filled in yet.
 */
class EditorWordsTest {
  private static final String AHMED = "/formulations/school-avoidance-ahmed";

  @TempDir
  Path dir;
  PagesServer server;

  @BeforeEach
  void start() throws Exception {
    Files.copy(EditorPagesTest.WORKED.resolve("school-avoidance-ahmed.yaml"),
        dir.resolve("school-avoidance-ahmed.yaml"));
    server = new PagesServer(dir, Clock.fixed(Instant.parse("2026-12-20T10:00:00Z"),
        ZoneOffset.UTC));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private Document page(PagesServer.Answer r) {
    return Jsoup.parse(r.body(), server.base.toString());
  }

  @Test
  void noIdIsAskedForOrShownAsALabel() throws Exception {
    Document d = page(server.get(AHMED));
    assertFalse(d.text().contains("Short id"), "a Short id field");
    assertTrue(d.select("input[type=text][name$=.id], textarea[name$=.id]").isEmpty());
    assertFalse(d.select("input[type=hidden][name=\"presenting[0].id\"]").isEmpty(),
        "the id still goes with the form");
    for (Element label : d.select("#editor label, #editor legend, #editor option")) {
      assertFalse(label.text().matches("(?s)^(P|D|T|M|S|G|A)[0-9]+\\b.*"),
          "a label that starts with an id: " + label.text());
      assertFalse(label.text().matches("^[a-z-]+: .*"), "a person shown by id: "
          + label.text());
    }
  }

  @Test
  void linksAreChosenByWhatItemsSayAndPeopleByNameAndRole() throws Exception {
    Document d = page(server.get(AHMED));
    Element explains = d.getElementById("perpetuating[0].explains");
    assertTrue(explains.text().contains("Amira has missed"), explains.text());
    List<String> owners = d.select("select[id=\"plan.actions[0].owner\"] option").eachText();
    assertTrue(owners.contains("Sara, Parent"), owners.toString());
    assertTrue(owners.stream().anyMatch(o -> o.matches("[A-Z][a-z]+ [A-Za-z]+, [A-Z].*")),
        "a professional by name and role: " + owners);
    assertEquals("What does this help with?",
        d.getElementById("protective[0].explains").selectFirst("legend").text());
    assertEquals("Which worries does this keep going?",
        d.getElementById("perpetuating[0].explains").selectFirst("legend").text());
  }

  @Test
  void aBlankNewFormulationOpensWithGuidanceNotErrors() throws Exception {
    Document d = page(server.get("/new"));
    assertTrue(d.select(".finding").isEmpty(), d.select(".finding").text());
    assertTrue(d.select("#checks-list li").isEmpty());
    assertTrue(d.getElementById("checks-guidance").text().startsWith("Start with a title"));
    assertEquals("*", d.selectFirst("#editor").attr("data-quiet"));
    // Sent with Check, what is missing is said.
    Document checked = page(server.post("/new", submit(d, "check")));
    assertFalse(checked.select("#checks-list li").isEmpty());
    assertTrue(checked.getElementById("editor").attr("data-quiet").isEmpty());
  }

  @Test
  void aNewEntryHasNoErrorUntilItIsFilledInOrSent() throws Exception {
    Document d = page(server.get(AHMED));
    Document added = page(server.post(AHMED, submit(d, "add perpetuating")));
    int n = added.select("fieldset.item[id^=\"perpetuating[\"]").size() - 1;
    String entry = "perpetuating[" + n + "]";
    assertTrue(added.getElementById(entry).select(".finding").isEmpty());
    assertEquals(entry, added.selectFirst("#editor").attr("data-quiet"));
    // Adding another elsewhere keeps it quiet; sending it with Check does not.
    Document again = page(server.post(AHMED, submit(added, "add plan.goals")));
    assertTrue(again.selectFirst("#editor").attr("data-quiet").contains(entry));
    assertTrue(again.getElementById(entry).select(".finding").isEmpty());
    Document checked = page(server.post(AHMED, submit(again, "check")));
    assertFalse(checked.getElementById(entry).select(".finding").isEmpty());
  }

  @Test
  void datesShowAndAreTakenInTheUkFormAndStayIsoInTheFile() throws Exception {
    Document d = page(server.get(AHMED));
    assertEquals("02/11/2026", d.getElementById("formulatedOn").val());
    assertEquals("text", d.getElementById("formulatedOn").attr("type"));
    assertTrue(d.getElementById("formulatedOn-hint").text().contains("14/09/2026"));
    List<java.util.Map.Entry<String, String>> fields = with(with(submit(d, "save"),
        "plan.nextReview", "14 September 2026"), "formulatedOn", "3/11/2026");
    assertEquals(303, server.post(AHMED, fields).statusCode());
    Formulation saved = FormulationReader.standard().read(dir.resolve(
        "school-avoidance-ahmed.yaml"));
    assertEquals(LocalDate.of(2026, 9, 14), saved.plan().nextReview().orElseThrow());
    assertEquals(LocalDate.of(2026, 11, 3), saved.formulatedOn().orElseThrow());
    String text = Files.readString(dir.resolve("school-avoidance-ahmed.yaml"));
    assertTrue(text.contains("nextReview: 2026-09-14"), text);
    // Not a date: said so in the same words.
    Document refused = page(server.post(AHMED, with(submit(d, "save"), "formulatedOn",
        "31/02/2026")));
    assertTrue(refused.getElementById("formulatedOn-error").text().contains("14/09/2026"));
  }

  @Test
  void findingsNameItemsByTheirWordsNotTheirIds() throws Exception {
    Document d = page(server.get(AHMED));
    List<java.util.Map.Entry<String, String>> noFocus = new java.util.ArrayList<>(
        submit(d, "check"));
    noFocus.removeIf(e -> e.getKey().equals("hypothesis.focus"));
    List<String> factors = d.select("input[type=hidden][name^=perpetuating][name$=.id]")
        .eachAttr("value");
    noFocus.add(new java.util.AbstractMap.SimpleEntry<>("hypothesis.focus",
        factors.get(factors.size() - 1)));
    Document checked = page(server.post(AHMED, noFocus));
    String findings = checked.select(".finding, #checks-list li").eachText().toString();
    assertTrue(findings.contains("\u201cMornings are rushed."), findings);
    assertFalse(findings.matches("(?s).*\\b[PDTMSGA][0-9]+\\b.*"), findings);
    assertFalse(findings.matches("(?s).*\\b2026-[0-9]{2}-[0-9]{2}\\b.*"), findings);
    assertTrue(findings.contains("4 December 2026"), findings);
  }

  @Test
  void aBlankOrRepeatedIdIsMadeAfreshForTheMissingBoxNobodyCanSee() throws Exception {
    Document d = page(server.get(AHMED));
    List<java.util.Map.Entry<String, String>> fields = with(with(submit(d, "save"),
        "presenting[1].id", ""), "presenting[2].id",
        d.selectFirst("input[name=\"presenting[0].id\"]").val());
    assertEquals(303, server.post(AHMED, fields).statusCode());
    Formulation saved = FormulationReader.standard().read(dir.resolve(
        "school-avoidance-ahmed.yaml"));
    List<String> ids = saved.presenting().stream().map(p -> p.id()).toList();
    assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), ids.toString());
    assertTrue(ids.stream().noneMatch(String::isBlank), ids.toString());
    assertEquals(d.selectFirst("input[name=\"presenting[0].id\"]").val(), ids.get(0));
  }

  @Test
  void labelsAreWrittenAsPeopleWriteThem() {
    assertEquals("The child's voice", FieldLabels.of("childsVoice"));
    assertEquals("Protective factors", FieldLabels.of("protective"));
  }
}
