package io.github.sixps.formulation.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.validate.Validator;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path folder;
  static Served served;
  static String ahmed;
  static String ahmedJson;

  @BeforeAll
  static void start() throws Exception {
    ahmed = Served.ahmed();
    Formulation f = FormulationReader.standard().read(ahmed, FileFormat.YAML, "ahmed");
    ahmedJson = FormulationWriter.standard().write(f, FileFormat.JSON);
    Files.writeString(folder.resolve("school-avoidance-ahmed.yaml"), ahmed);
    Files.writeString(folder.resolve("broken.yaml"), "schema: sixps/1\ntitel: Broken\n");
    served = new Served(folder);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  @Test
  void validateAnswersTheFindingsAsTheCommandLineDoes() throws Exception {
    HttpResponse<String> r = served.post("/api/validate?asOf=2026-12-01", "application/yaml",
        ahmed);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
    Formulation f = FormulationReader.standard().read(ahmed, FileFormat.YAML, "x");
    int expected = Validator.standard().validate(f, LocalDate.of(2026, 12, 1)).findings().size();
    JsonNode findings = json(r);
    assertEquals(expected, findings.size());
    for (JsonNode finding : findings) {
      assertEquals("body", finding.get("file").asText());
      assertTrue(finding.has("severity") && finding.has("code") && finding.has("path")
          && finding.has("message"), finding.toString());
    }
    assertEquals(findings, json(served.post("/api/validate?asOf=2026-12-01",
        "application/json; charset=utf-8", ahmedJson)), "JSON and YAML read alike");
  }

  @Test
  void anUnreadableBodyIsAProblemWithEveryLocatedMessage() throws Exception {
    HttpResponse<String> r = served.post("/api/validate", "application/yaml",
        "schema: sixps/1\ntitel: x\npeople:\n  - {id: a, nmae: A, role: child}\n");
    assertEquals(422, r.statusCode());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type")
        .orElseThrow());
    JsonNode p = json(r);
    assertEquals(422, p.get("status").asInt());
    assertEquals(2, p.get("problems").size(), r.body());
    JsonNode first = p.get("problems").get(0);
    assertEquals(2, first.get("line").asInt());
    assertEquals("titel", first.get("path").asText());
    assertEquals("Did you mean \"title\"?", first.get("suggestion").asText());
  }

  @Test
  void bodiesOfOtherTypesOrPastTheLimitAreRefused() throws Exception {
    assertEquals(415, served.post("/api/validate", "text/plain", ahmed).statusCode());
    int max = FormulationReader.standard().limits().maxBytes();
    // Again and again on the client's pooled connections: each refusal is read whole, so no
    // answer is lost to a connection reset while the body is still being sent.
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> big = served.post("/api/validate", "application/yaml",
          "title: " + "x".repeat(max) + "\n");
      assertEquals(413, big.statusCode());
      assertTrue(json(big).get("detail").asText().contains(max + " bytes"));
      assertEquals(415, served.post("/api/validate", "text/plain", "x".repeat(max)).statusCode());
    }
    assertEquals(200, served.post("/api/validate", "application/yaml", ahmed).statusCode());
  }

  @Test
  void prioritiseRanksThePerpetuatingFactors() throws Exception {
    HttpResponse<String> r = served.post("/api/prioritise", "application/yaml", ahmed);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode ranking = json(r);
    assertEquals(1, ranking.get("factors").get(0).get("rank").asInt());
    assertFalse(ranking.get("factors").get(0).get("explanation").asText().isBlank());
  }

  @Test
  void renderGivesEachFormat() throws Exception {
    HttpResponse<String> md = served.post("/api/render?format=md", "application/yaml", ahmed);
    assertEquals("text/markdown; charset=utf-8", md.headers().firstValue("Content-Type")
        .orElseThrow());
    assertTrue(md.body().contains("Amira"));

    HttpResponse<String> html = served.post("/api/render?format=html&audience=family",
        "application/yaml", ahmed);
    assertEquals(200, html.statusCode());
    assertTrue(Jsoup.parse(html.body()).text().contains("Amira"));
    String policy = html.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(policy.contains("script-src 'none'") && policy.contains("'sha256-"), policy);

    HttpResponse<byte[]> pdf = served.sendBytes(served.request("/api/render?format=pdf")
        .header("Content-Type", "application/yaml")
        .POST(HttpRequest.BodyPublishers.ofString(ahmed)));
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

    HttpResponse<byte[]> docx = served.sendBytes(served.request("/api/render?format=docx"
        + "&audience=family").header("Content-Type", "application/yaml")
        .POST(HttpRequest.BodyPublishers.ofString(ahmed)));
    assertEquals(200, docx.statusCode());
    assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        docx.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("PK", new String(docx.body(), 0, 2, StandardCharsets.US_ASCII));

    HttpResponse<String> supervision = served.post("/api/render?format=md&view=supervision"
        + "&asOf=2026-12-01&terminology=clinical-5ps-plan", "application/yaml", ahmed);
    assertEquals(200, supervision.statusCode(), supervision.body());
  }

  @Test
  void theChronologyAndTheFamilyTreeOnTheirOwn() throws Exception {
    HttpResponse<String> tree = served.post("/api/render?format=md&view=genogram",
        "application/yaml", ahmed);
    assertEquals(200, tree.statusCode(), tree.body());
    assertTrue(tree.body().contains("## Family tree"), tree.body());
    assertTrue(tree.body().contains("- Sara is Amira's mother."), tree.body());
    HttpResponse<String> events = served.post("/api/render?format=html&view=chronology",
        "application/yaml", ahmed);
    assertEquals(200, events.statusCode(), events.body());
    assertTrue(events.body().contains("Sara found out she has lupus."), events.body());
    // A formulation that records neither says so, rather than an empty page.
    String bare = "schema: sixps/1\ntitle: Nothing recorded yet\n";
    HttpResponse<String> noTree = served.post("/api/render?format=md&view=genogram",
        "application/yaml", bare);
    assertEquals(200, noTree.statusCode(), noTree.body());
    assertTrue(noTree.body().contains("No family tree is recorded yet."), noTree.body());
    HttpResponse<String> noEvents = served.post("/api/render?format=html&view=chronology",
        "application/yaml", bare);
    assertEquals(200, noEvents.statusCode(), noEvents.body());
    assertTrue(noEvents.body().contains("No chronology is recorded yet."), noEvents.body());
    HttpResponse<String> wrong = served.post("/api/render?format=md&view=family-tree",
        "application/yaml", ahmed);
    assertEquals(400, wrong.statusCode(), wrong.body());
    assertTrue(wrong.body().contains("genogram"), "the refusal names the choices: "
        + wrong.body());
  }

  @Test
  void brailleIsTheFamilysVersionInBrailleAscii() throws Exception {
    HttpResponse<String> r = served.post("/api/render?format=brf", "application/yaml", ahmed);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    String brf = r.body();
    // North American Braille ASCII (space to underscore), line ends and page breaks only.
    assertTrue(brf.chars().allMatch(c -> (c >= 0x20 && c <= 0x5F) || c == '\r' || c == '\n'
        || c == '\f'), "only Braille ASCII");
    for (String page : brf.split("\f")) {
      assertTrue(page.lines().allMatch(line -> line.length() <= 40), "40 cells a line");
    }
    HttpResponse<String> practitioner = served.post("/api/render?format=brf&audience=practitioner",
        "application/yaml", ahmed);
    assertEquals(200, practitioner.statusCode());
    assertNotEquals(brf, practitioner.body(), "the audience is honoured");
  }

  @Test
  void aFamilysVersionWithBlamingWordsIsRefusedUnlessAskedForAnyway() throws Exception {
    String flawed = Files.readString(Path.of(
        "../examples/src/main/resources/teaching/flawed-thornton.yaml"));
    HttpResponse<String> refused = served.post("/api/render?format=html&audience=family",
        "application/yaml", flawed);
    assertEquals(422, refused.statusCode(), refused.body());
    JsonNode problem = json(refused);
    assertTrue(problem.get("detail").asText().contains("allowFindings=true"), refused.body());
    assertTrue(problem.get("findings").size() > 0, refused.body());
    for (JsonNode f : problem.get("findings")) {
      assertEquals("deficit-language", f.get("code").asText());
    }

    HttpResponse<String> anyway = served.post(
        "/api/render?format=html&audience=family&allowFindings=true", "application/yaml", flawed);
    assertEquals(200, anyway.statusCode(), anyway.body());
    assertTrue(anyway.body().contains("class=\"sixps-banner\""), "the practitioner is warned");
    assertEquals(200, served.post("/api/render?format=html", "application/yaml", flawed)
        .statusCode(), "the practitioner's record is not held back");
  }

  @Test
  void aWrongParameterSaysWhatItMayBe() throws Exception {
    HttpResponse<String> r = served.post("/api/render?audience=famly", "application/yaml",
        ahmed);
    assertEquals(400, r.statusCode());
    assertEquals("audience: \"famly\" is not one of practitioner, family; did you mean family?",
        json(r).get("detail").asText());
    HttpResponse<String> t = served.post("/api/render?terminology=../../etc/passwd",
        "application/yaml", ahmed);
    assertEquals(400, t.statusCode(), "terminology files are never read from a request");
    assertEquals(400, served.post("/api/validate?asOf=tomorrow", "application/yaml", ahmed)
        .statusCode());
  }

  @Test
  void diffSaysWhatChanged() throws Exception {
    String after = ahmedJson.replace("\"status\": \"agreed\"", "\"status\": \"closed\"");
    HttpResponse<String> r = served.post("/api/diff", "application/json",
        "{\"before\": " + ahmedJson + ", \"after\": " + after + "}");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode changes = json(r).get("changes");
    assertTrue(changes.size() >= 1, r.body());
    HttpResponse<String> broken = served.post("/api/diff", "application/json",
        "{\"before\": " + ahmedJson + ", \"after\": {\"schema\": \"sixps/1\", \"titel\": 1}}");
    assertEquals(422, broken.statusCode());
    assertEquals("after", json(broken).get("problems").get(0).get("file").asText());
    HttpResponse<String> md = served.post("/api/diff?format=md", "application/json",
        "{\"before\": " + ahmedJson + ", \"after\": " + after + "}");
    assertEquals("text/markdown; charset=utf-8", md.headers().firstValue("Content-Type")
        .orElseThrow());
  }

  /**
   * A diff's body that is not JSON is said in the reader's plain words, at its line and column,
   * never in the parser's (which name its features and quote its own code).
   */
  @Test
  void aDiffBodyThatIsNotJsonIsSaidPlainlyWhereItBreaks() throws Exception {
    for (String body : List.of(
        "{\"before\": " + ahmedJson + ",\n \"after\": {'schema': 'sixps/1'}}",
        "{\"before\": " + ahmedJson + ",\n \"after\": {\"schema\": \"sixps/1\" // new\n}}",
        "{\"before\": " + ahmedJson + ",\n \"after\": {\"schema\": NaN}}",
        "{\"before\": " + ahmedJson + ",\n \"after\": {\"schema\": \"sixps/1\",}}",
        "{\"before\": " + ahmedJson + ",\n \"after\": {schema: 1}}",
        "{\"before\": " + ahmedJson + ",\n \"after\": {\"schema\": ")) {
      HttpResponse<String> r = served.post("/api/diff", "application/json", body);
      assertEquals(422, r.statusCode(), r.body());
      assertTrue(json(r).has("problems"), r.body());
      assertEquals(1, json(r).get("problems").size(), r.body());
      JsonNode problem = json(r).get("problems").get(0);
      assertEquals("the body", problem.get("file").asText(), r.body());
      assertEquals(ahmedJson.split("\n", -1).length + 1, problem.get("line").asInt(), r.body());
      String said = r.body();
      for (String internal : List.of("Feature", "ALLOW_", "JsonReadFeature", "`", "(code ",
          "Unexpected character", "START_", "Source:", "REDACTED")) {
        assertFalse(said.contains(internal), internal + " in " + said);
      }
    }
  }

  @Test
  void schemaIsTheFormatsJsonSchema() throws Exception {
    HttpResponse<String> r = served.get("/api/schema");
    assertEquals("application/schema+json", r.headers().firstValue("Content-Type")
        .orElseThrow());
    assertEquals("https://json-schema.org/draft/2020-12/schema",
        json(r).get("$schema").asText());
  }

  @Test
  void theFolderIsListedWithBrokenFilesAndTheirProblems() throws Exception {
    JsonNode list = json(served.get("/api/formulations"));
    assertEquals("broken", list.get(0).get("id").asText());
    assertFalse(list.get(0).get("readable").asBoolean());
    assertEquals("titel", list.get(0).get("problems").get(0).get("path").asText());
    assertEquals("Formulation with the Ahmed family", list.get(1).get("title").asText());
  }

  @Test
  void getAndPutWithEtags() throws Exception {
    Files.writeString(folder.resolve("put-me.yaml"), ahmed);
    HttpResponse<String> got = served.get("/api/formulations/put-me");
    assertEquals(200, got.statusCode());
    String etag = got.headers().firstValue("ETag").orElseThrow();
    assertEquals(FormulationFolder.open(folder).get("put-me").etag(), etag);

    HttpResponse<String> noMatch = served.send(served.request("/api/formulations/put-me")
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(got.body())));
    assertEquals(428, noMatch.statusCode());

    String edited = got.body().replace("Formulation with the Ahmed family", "Edited");
    HttpResponse<String> put = served.send(served.request("/api/formulations/put-me")
        .header("Content-Type", "application/json").header("If-Match", etag)
        .PUT(HttpRequest.BodyPublishers.ofString(edited)));
    assertEquals(200, put.statusCode(), put.body());
    String newEtag = put.headers().firstValue("ETag").orElseThrow();
    assertTrue(Files.readString(folder.resolve("put-me.yaml")).contains("title: Edited"),
        "kept as YAML");

    HttpResponse<String> stale = served.send(served.request("/api/formulations/put-me")
        .header("Content-Type", "application/json").header("If-Match", etag)
        .PUT(HttpRequest.BodyPublishers.ofString(got.body())));
    assertEquals(412, stale.statusCode());
    JsonNode both = json(stale);
    assertEquals(newEtag, both.get("current").get("etag").asText());
    assertTrue(both.get("current").get("text").asText().contains("title: Edited"));
    assertTrue(both.get("yours").get("text").asText().contains("Ahmed family"));
    assertTrue(Files.readString(folder.resolve("put-me.yaml")).contains("title: Edited"));

    HttpResponse<String> created = served.send(served.request("/api/formulations/new-one")
        .header("Content-Type", "application/yaml").header("If-None-Match", "*")
        .PUT(HttpRequest.BodyPublishers.ofString(ahmed)));
    assertEquals(201, created.statusCode());
    assertTrue(Files.exists(folder.resolve("new-one.yaml")));
    HttpResponse<String> again = served.send(served.request("/api/formulations/new-one")
        .header("Content-Type", "application/yaml").header("If-None-Match", "*")
        .PUT(HttpRequest.BodyPublishers.ofString(ahmed)));
    assertEquals(412, again.statusCode());
  }

  @Test
  void anUnknownOrBrokenFormulationIsAProblem() throws Exception {
    HttpResponse<String> missing = served.get("/api/formulations/school-avoidence-ahmed");
    assertEquals(404, missing.statusCode());
    assertTrue(json(missing).get("detail").asText().endsWith(
        "did you mean school-avoidance-ahmed?"));
    HttpResponse<String> broken = served.get("/api/formulations/broken");
    assertEquals(422, broken.statusCode());
    assertTrue(json(broken).get("text").asText().contains("titel: Broken"));
    assertTrue(broken.headers().firstValue("ETag").isPresent());
  }

  @Test
  void pathsOutsideTheFolderCannotBeNamed() throws Exception {
    for (String id : new String[] {"..%2F..%2Fetc%2Fpasswd", "%2e%2e", ".hidden", "a%00b",
        "..%5Cx"}) {
      HttpResponse<String> r = served.get("/api/formulations/" + id);
      assertTrue(r.statusCode() == 400 || r.statusCode() == 404, id + ": " + r.statusCode());
      assertFalse(r.body().contains("root:"), id);
    }
    HttpResponse<String> put = served.send(served.request("/api/formulations/..%2Fescaped")
        .header("Content-Type", "application/yaml").header("If-None-Match", "*")
        .PUT(HttpRequest.BodyPublishers.ofString(ahmed)));
    assertTrue(put.statusCode() == 400 || put.statusCode() == 404, "" + put.statusCode());
    assertFalse(Files.exists(folder.getParent().resolve("escaped.yaml")));
  }

  @Test
  void wrongMethodsAndUnknownRoutesAreProblems() throws Exception {
    assertEquals(405, served.get("/api/validate").statusCode());
    HttpResponse<String> r = served.get("/api/nothing");
    assertEquals(404, r.statusCode());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type")
        .orElseThrow());
  }

  @Test
  void anUnknownParameterIsRefusedNamingItWithTheNearestKnownOne() throws Exception {
    HttpResponse<String> r = served.post("/api/render?fromat=pdf", "application/yaml", ahmed);
    assertEquals(400, r.statusCode(), r.body());
    assertEquals("fromat", json(r).get("parameter").asText());
    assertTrue(json(r).get("detail").asText().contains("did you mean format?"), r.body());
    assertEquals(400, served.get("/api/formulations?sort=title").statusCode());
    assertEquals(400, served.post("/api/render?fragment=yes", "application/yaml", ahmed)
        .statusCode());
    assertEquals(400, served.post("/api/render?format=pdf&fragment=true", "application/yaml",
        ahmed).statusCode());
  }

  @Test
  void theFragmentMarkingAndTeachingNotesCanBeAskedFor() throws Exception {
    String page = served.post("/api/render", "application/yaml", ahmed).body();
    assertTrue(page.contains("OFFICIAL-SENSITIVE"));
    String fragment = served.post("/api/render?fragment=true", "application/yaml", ahmed).body();
    assertTrue(fragment.strip().startsWith("<article"), fragment.substring(0, 80));
    assertFalse(fragment.contains("<html"));
    String unmarked = served.post("/api/render?format=md&marking=none", "application/yaml",
        ahmed).body();
    assertFalse(unmarked.contains("OFFICIAL-SENSITIVE"));
    String marked = served.post("/api/render?format=md&marking=OFFICIAL", "application/yaml",
        ahmed).body();
    assertTrue(marked.contains("OFFICIAL") && !marked.contains("OFFICIAL-SENSITIVE"));
    String plain = served.post("/api/render?format=md", "application/yaml", ahmed).body();
    String teaching = served.post("/api/render?format=md&teaching=true", "application/yaml",
        ahmed).body();
    assertTrue(teaching.length() > plain.length() && teaching.startsWith(plain.substring(0,
        20)), "teaching notes added");
  }
}
