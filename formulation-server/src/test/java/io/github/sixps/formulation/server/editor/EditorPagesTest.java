package io.github.sixps.formulation.server.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.server.FormulationFolder;
import io.github.sixps.formulation.server.StoredFormulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The editor from a browser's side of the fence: real HTTP to a real Jetty, forms read out of the
 * served HTML with jsoup and posted back as a browser would, files read back from disk.
 */
class EditorPagesTest {
  static final Path WORKED = Path.of("../examples/src/main/resources/worked");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-20T10:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;
  PagesServer server;

  @BeforeEach
  void start() throws Exception {
    try (Stream<Path> files = Files.list(WORKED)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    server = new PagesServer(dir, CLOCK);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  static Stream<String> worked() throws Exception {
    try (Stream<Path> files = Files.list(WORKED)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
    }
  }

  /** The editor form's fields as a browser would submit them, with one button pressed. */
  static List<Map.Entry<String, String>> submit(Document page, String op) {
    FormElement form = (FormElement) page.getElementById("editor");
    assertNotNull(form, "the page has the editor form");
    List<Map.Entry<String, String>> out = new ArrayList<>();
    form.formData().forEach(kv -> out.add(new SimpleEntry<>(kv.key(), kv.value())));
    out.removeIf(e -> e.getKey().equals("_op"));
    out.add(new SimpleEntry<>("_op", op));
    return out;
  }

  static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> fields,
      String name, String value) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (Map.Entry<String, String> e : fields) {
      out.add(e.getKey().equals(name) ? new SimpleEntry<>(name, value) : e);
    }
    return out;
  }

  Document page(PagesServer.Answer r) {
    return Jsoup.parse(r.body(), server.base.toString());
  }

  @ParameterizedTest
  @MethodSource("worked")
  void savingAWorkedExampleUnchangedWritesTheSameFormulation(String id) throws Exception {
    Formulation before = FormulationReader.standard().read(dir.resolve(id + ".yaml"));
    PagesServer.Answer shown = server.get("/formulations/" + id);
    assertEquals(200, shown.statusCode());
    PagesServer.Answer saved = server.post("/formulations/" + id, submit(page(shown), "save"));
    assertEquals(303, saved.statusCode(), saved.body());
    assertEquals("/formulations/" + id + "?saved", saved.location()
        .orElseThrow());
    Formulation after = FormulationReader.standard().read(dir.resolve(id + ".yaml"));
    assertEquals(FormulationFormProperties.asAFormHoldsIt(before), after);
  }

  @Test
  void aFormulationInTwoFilesIsAPageSayingWhichNotAFault() throws Exception {
    // The same formulation as YAML and as JSON: the folder cannot tell which to open or save.
    Path yaml = dir.resolve("school-avoidance-ahmed.yaml");
    PagesServer.Answer before = server.get("/formulations/school-avoidance-ahmed");
    Files.writeString(dir.resolve("school-avoidance-ahmed.json"), "{}");
    PagesServer.Answer shown = server.get("/formulations/school-avoidance-ahmed");
    assertEquals(409, shown.statusCode(), shown.body());
    Document page = page(shown);
    assertEquals("This formulation cannot be opened here", page.selectFirst("h1").text());
    assertTrue(page.text().contains("school-avoidance-ahmed.json"), page.text());

    String unchanged = Files.readString(yaml);
    PagesServer.Answer saved = server.post("/formulations/school-avoidance-ahmed",
        submit(page(before), "save"));
    assertEquals(409, saved.statusCode(), saved.body());
    assertEquals(unchanged, Files.readString(yaml), "nothing written");
  }

  @Test
  void aNewFormulationFromTheTemplateIsSavedAndReadsBackTheSame() throws Exception {
    Document blank = page(server.get("/new"));
    assertEquals("", blank.getElementById("title").val());
    List<Map.Entry<String, String>> fields = with(submit(blank, "save"), "title",
        "Formulation with the Begum family");
    fields = with(fields, "presenting[0].statement",
        "Yusuf has hit other children at playtime.\nHis teacher is worried.");
    PagesServer.Answer saved = server.post("/new", fields);
    assertEquals(303, saved.statusCode(), saved.body());
    String location = saved.location().orElseThrow();
    assertEquals("/formulations/formulation-1?saved", location);
    Formulation onDisk = FormulationReader.standard().read(dir.resolve("formulation-1.yaml"));
    assertEquals("Formulation with the Begum family", onDisk.title());
    assertEquals("Yusuf has hit other children at playtime.\nHis teacher is worried.",
        onDisk.presenting().get(0).statement());

    Document reopened = page(server.get(location));
    assertTrue(reopened.select(".banner").text().contains("Saved"));
    List<Map.Entry<String, String>> again = submit(reopened, "save");
    again.removeIf(e -> e.getKey().equals("_etag"));
    List<Map.Entry<String, String>> first = new ArrayList<>(fields);
    first.removeIf(e -> e.getKey().equals("_etag"));
    assertEquals(FormulationForm.decode(fields(first)).formulation(),
        FormulationForm.decode(fields(again)).formulation(), "the form reads the same reopened");
  }

  static FormFields fields(List<Map.Entry<String, String>> list) {
    FormFields.Builder b = FormFields.builder();
    list.forEach(e -> b.add(e.getKey(), e.getValue()));
    return b.build();
  }

  @Test
  void aSaveOverAChangedFileIsRefusedWithBothVersionsAndNothingLost() throws Exception {
    Document mine = page(server.get("/formulations/school-avoidance-ahmed"));
    // Someone else saves first, in another tab.
    FormulationFolder folder = FormulationFolder.open(dir);
    StoredFormulation theirs = folder.get("school-avoidance-ahmed");
    folder.put("school-avoidance-ahmed", theirs.formulation().orElseThrow().toBuilder()
        .title("Their title").build(), theirs.etag());
    String theirText = Files.readString(dir.resolve("school-avoidance-ahmed.yaml"));

    PagesServer.Answer refused = server.post("/formulations/school-avoidance-ahmed",
        with(submit(mine, "save"), "title", "My title"));
    assertEquals(409, refused.statusCode());
    assertEquals(theirText, Files.readString(dir.resolve("school-avoidance-ahmed.yaml")),
        "their version is untouched");
    Document shown = page(refused);
    assertEquals("My title", shown.getElementById("title").val(), "my version is kept");
    assertTrue(shown.getElementById("conflict").text().contains("Their title"),
        "the changes between the versions are shown");
    assertEquals("#conflict", shown.select(".error-summary a").first().attr("href"));

    PagesServer.Answer again = server.post("/formulations/school-avoidance-ahmed",
        submit(shown, "save"));
    assertEquals(409, again.statusCode(), "saving again without choosing is refused again");
    PagesServer.Answer replaced = server.post("/formulations/school-avoidance-ahmed",
        submit(shown, "overwrite"));
    assertEquals(303, replaced.statusCode());
    assertEquals("My title", FormulationReader.standard()
        .read(dir.resolve("school-avoidance-ahmed.yaml")).title());
  }

  @Test
  void addAnotherRemoveAndMoveWorkWithoutScript() throws Exception {
    Document page = page(server.get("/formulations/school-avoidance-ahmed"));
    int actions = page.select("fieldset.item[id^=\"plan.actions[\"]").size();
    Document added = page(server.post("/formulations/school-avoidance-ahmed",
        submit(page, "add plan.actions")));
    assertEquals(actions + 1, added.select("fieldset.item[id^=\"plan.actions[\"]").size());
    String newField = "plan.actions[" + actions + "].action";
    assertEquals(newField, added.getElementById("focus-target").attr("data-field"));
    assertNotNull(added.getElementById(newField));

    // The ids are the editor's, kept in hidden fields, never a box to type in.
    assertTrue(added.select("input[type=text][name$=.id]").isEmpty());
    String first = added.selectFirst("input[name=\"plan.actions[0].id\"]").val();
    String second = added.selectFirst("input[name=\"plan.actions[1].id\"]").val();
    assertEquals("hidden", added.selectFirst("input[name=\"plan.actions[0].id\"]").attr("type"));
    Document moved = page(server.post("/formulations/school-avoidance-ahmed",
        submit(added, "up plan.actions[1]")));
    assertEquals(second, moved.selectFirst("input[name=\"plan.actions[0].id\"]").val());
    assertEquals(first, moved.selectFirst("input[name=\"plan.actions[1].id\"]").val());

    Document removed = page(server.post("/formulations/school-avoidance-ahmed",
        submit(moved, "remove plan.actions[0]")));
    assertEquals(first, removed.selectFirst("input[name=\"plan.actions[0].id\"]").val());
    assertEquals(actions, removed.select("fieldset.item[id^=\"plan.actions[\"]").size());
  }

  @Test
  void aDateThatIsNotADateIsShownAtItsFieldAndNothingIsSaved() throws Exception {
    Path file = dir.resolve("school-avoidance-ahmed.yaml");
    String before = Files.readString(file);
    Document page = page(server.get("/formulations/school-avoidance-ahmed"));
    PagesServer.Answer r = server.post("/formulations/school-avoidance-ahmed",
        with(submit(page, "save"), "plan.actions[0].due", "next Tuesday"));
    assertEquals(422, r.statusCode());
    assertEquals(before, Files.readString(file));
    Document shown = page(r);
    Element link = shown.select(".error-summary a").first();
    assertEquals("#plan.actions%5B0%5D.due", link.attr("href"));
    assertNotNull(shown.getElementById(target(link)), "the link has a target");
    assertEquals("next Tuesday", shown.getElementById("plan.actions[0].due").val());
    assertEquals("text", shown.getElementById("plan.actions[0].due").attr("type"),
        "a date box would empty what is not a date");
    assertTrue(shown.getElementById("plan.actions[0].due-error").text().contains("real date"));
    assertTrue(shown.title().startsWith("Error: "));
  }

  @Test
  void liveCheckingFindsByFieldAndForgetsWhenFixed() throws Exception {
    Document page = page(server.get("/formulations/school-avoidance-ahmed"));
    PagesServer.Answer blank = server.post("/formulations/school-avoidance-ahmed/check",
        with(submit(page, "check"), "plan.actions[0].owner", ""));
    assertEquals(200, blank.statusCode());
    assertTrue(blank.body().contains("\"field\":\"plan.actions[0].owner\""), blank.body());
    PagesServer.Answer fixed = server.post("/formulations/school-avoidance-ahmed/check",
        submit(page, "check"));
    assertFalse(fixed.body().contains("\"field\":\"plan.actions[0].owner\""), fixed.body());
  }

  @Test
  void thePreviewIsTheRenderersFragmentWithoutItsStyle() throws Exception {
    Document page = page(server.get("/formulations/school-avoidance-ahmed"));
    PagesServer.Answer r = server.post("/formulations/school-avoidance-ahmed/preview",
        with(submit(page, "preview"), "title", "A <b>new</b> title"));
    Document fragment = Jsoup.parseBodyFragment(r.body());
    assertTrue(fragment.select("style").isEmpty());
    // Its headings are under the page's own: the page has one h1.
    assertTrue(fragment.select("h1").isEmpty());
    assertEquals("A <b>new</b> title", fragment.select("h3").first().text());
    assertTrue(server.get("/assets/preview-family.css").body().contains(".sixps-article"));
    Document noScript = page(server.post("/formulations/school-avoidance-ahmed",
        submit(page, "preview")));
    assertFalse(noScript.select("#preview-body article").isEmpty());
  }

  @Test
  void downloadsAreOneClickAway() throws Exception {
    Document page = page(server.get("/formulations/school-avoidance-ahmed"));
    for (Element a : page.select(".download-list a")) {
      PagesServer.Answer r = server.get(a.attr("href"));
      assertEquals(200, r.statusCode(), a.attr("href"));
      assertTrue(r.bytes().length > 100, a.attr("href"));
    }
    byte[] pdf = server.get("/formulations/school-avoidance-ahmed/download?format=pdf"
        + "&audience=family").bytes();
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void aFileThatCannotBeReadShowsItsProblems() throws Exception {
    Files.writeString(dir.resolve("broken.yaml"), "schema: sixps/1\ntitel: Oops\n");
    PagesServer.Answer r = server.get("/formulations/broken");
    assertEquals(200, r.statusCode());
    Document shown = page(r);
    assertTrue(shown.select(".problems li").text().contains("Line 2"), shown.text());
    assertTrue(shown.select("pre").text().contains("titel: Oops"));
  }

  @Test
  void unknownPagesAndIdsAreNotFound() throws Exception {
    assertEquals(404, server.get("/formulations/nobody").statusCode());
    int traversal = server.get("/formulations/..%2F..%2Fetc").statusCode();
    assertTrue(traversal == 400 || traversal == 404, "refused by Jetty or by the id check");
    assertEquals(404, server.get("/formulations/school-avoidance-ahmed/nothing").statusCode());
  }

  static Stream<String> pages() {
    return Stream.of("/new", "/formulations/school-avoidance-ahmed",
        "/formulations/young-carer-kowalski/supervision", "/", "/?worker=Jo+Blake",
        "/formulations/nobody");
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyPageIsWellFormedLabelledAndFreeOfInlineScriptAndStyle(String path) throws Exception {
    Document d = page(server.get(path));
    assertPageRules(d, path);
  }

  /** The id a same-page link goes to, as a browser finds it: percent-decoded. */
  static String target(Element link) {
    return java.net.URLDecoder.decode(link.attr("href").substring(1).replace("+", "%2B"),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  static void assertPageRules(Document d, String path) {
    assertEquals("en-GB", d.select("html").attr("lang"), path);
    int outside = d.select("h1").size() - d.select("article h1").size();
    assertTrue(outside == 1 || outside == 0 && d.select("article h1").size() == 1,
        path + ": one h1, the page's or the embedded document's");
    assertFalse(d.title().isBlank(), path);
    assertTrue(d.select("style, [style]").isEmpty(), path + ": no inline style");
    assertTrue(d.select("script:not([src])").isEmpty(), path + ": no inline script");
    for (Element e : d.getAllElements()) {
      e.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"),
          path + ": no event handler attribute " + a.getKey()));
    }
    Set<String> ids = new HashSet<>();
    for (Element e : d.select("[id]")) {
      assertTrue(ids.add(e.id()), path + ": id " + e.id() + " is used once");
    }
    for (Element control : d.select("input:not([type=hidden]), select, textarea")) {
      boolean labelled = !d.select("label[for]").stream()
          .filter(l -> l.attr("for").equals(control.id())).toList().isEmpty();
      assertTrue(labelled, path + ": " + control.attr("name") + " has a label");
    }
    for (Element a : d.select("a[href^=\"#\"]")) {
      String target = target(a);
      assertNotNull(d.getElementById(target), path + ": link target #" + target);
    }
    for (Element described : d.select("[aria-describedby]")) {
      for (String id : described.attr("aria-describedby").split(" ")) {
        assertNotNull(d.getElementById(id), path + ": aria-describedby " + id);
      }
    }
  }
}
