package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sixps.formulation.cli.CommandLineTest.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person sees on the command line when a file cannot be read: every problem at once, one
 * line each with its line and column, the commonest YAML mistakes explained with the fix, and
 * files that are not YAML at all named for what they are; as text and as JSON for programs.
 */
class ReadProblemsTest {
  /** The core's test file with three mistyped keys, on lines 2, 5 and 9. */
  static final String TYPOS = typos();

  private static String typos() {
    try (InputStream in = ReadProblemsTest.class.getResourceAsStream(
        "/several-problems/typos.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static List<String> lines(String text) {
    return text.lines().collect(Collectors.toList());
  }

  @Test
  void validateReportsEveryMistypedKeyInOneRun() throws IOException {
    Path typos = write("typo.yaml", TYPOS);

    Result r = run("validate", typos.toString());

    assertEquals(3, r.code());
    assertEquals(List.of(
        typos + ":2:1: tittle: unknown key \"tittle\" in a formulation; did you mean \"title\"?",
        typos + ":5:5: presenting[0].statment: unknown key \"statment\" in a presenting issue;"
            + " did you mean \"statement\"?",
        typos + ":9:7: plan.actions[0].ower: unknown key \"ower\" in an action; did you mean"
            + " \"owner\"?"), lines(r.err()));
    assertTrue(r.out().contains("1 file could not be read"), r.out());
  }

  @Test
  void validateListsEveryProblemInItsJson() throws IOException {
    Path typos = write("typo.yaml", TYPOS);

    Result r = run("validate", typos.toString(), "--format", "json");

    assertEquals(3, r.code());
    JsonNode entries = new ObjectMapper().readTree(r.out());
    assertEquals(3, entries.size(), r.out());
    int[][] places = {{2, 1}, {5, 5}, {9, 7}};
    String[] paths = {"tittle", "presenting[0].statment", "plan.actions[0].ower"};
    String[] meant = {"title", "statement", "owner"};
    for (int i = 0; i < 3; i++) {
      JsonNode e = entries.get(i);
      assertEquals(typos.toString(), e.get("file").asText());
      assertEquals("error", e.get("severity").asText());
      assertEquals("unreadable", e.get("code").asText());
      assertEquals(places[i][0], e.get("line").asInt());
      assertEquals(places[i][1], e.get("column").asInt());
      assertEquals(paths[i], e.get("path").asText());
      assertTrue(e.get("message").asText().startsWith("unknown key"), e.toString());
      assertEquals("Did you mean \"" + meant[i] + "\"?", e.get("suggestion").asText());
    }
  }

  @Test
  void anUnquotedColonInTextIsExplainedWithTheFix() throws IOException {
    Path file = write("colon.yaml", "schema: sixps/1\npresenting:\n  - id: P1\n"
        + "    statement: Mum said: he hits the wall when he is cross\n");

    Result r = run("validate", file.toString());

    assertEquals(3, r.code());
    assertEquals(file + ":4:24: presenting[0]: this text has a colon and a space in it, which YAML"
        + " reads as the start of a key; put the whole text in quotes: statement: \"Mum said: he"
        + " hits the wall when he is cross\"\n", r.err());
    assertFalse(r.err().contains("mapping values"), r.err());
  }

  @Test
  void quotesInsideQuotesAndTabsAreExplained() throws IOException {
    Path quotes = write("quotes.yaml", "schema: sixps/1\ntitle: \"Amira said \"no\" today\"\n");
    Path tab = write("tab.yaml", "schema: sixps/1\npeople:\n\t- id: amira\n");

    Result r = run("validate", quotes.toString(), tab.toString());

    assertTrue(r.err().contains(quotes + ":2:21: the text in quotes ends before this, and more"
        + " follows it; to put a \" inside text in double quotes, write \\\", or put the whole"
        + " text in single quotes: title: 'Amira said \"no\" today'"), r.err());
    assertTrue(r.err().contains(tab + ":3:1: people[0]: this line has a tab where YAML needs"
        + " spaces; replace the tab with spaces"), r.err());
    assertFalse(r.err().contains("<"), "no parser words such as <block end>: " + r.err());
  }

  @Test
  void aWordDocumentRenamedYamlIsToldItIsOne() throws IOException {
    Path docx = dir.resolve("ahmed.yaml");
    try (OutputStream out = Files.newOutputStream(docx);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
    }

    Result r = run("validate", docx.toString());

    assertEquals(3, r.code());
    assertEquals(docx + ": this is a Word document (.docx) renamed, not a text file; to get the"
        + " text out, open it in Word and use Save As, choosing Plain Text (.txt) and the"
        + " encoding UTF-8, then give the file a name ending .yaml, or copy the text into a text"
        + " editor\n", r.err());
  }

  @Test
  void utf16AndPdfAreNamed() throws IOException {
    Path utf16 = Files.write(dir.resolve("utf16.yaml"),
        "schema: sixps/1\ntitle: Ahmed\n".getBytes(StandardCharsets.UTF_16));
    Path pdf = Files.write(dir.resolve("ahmed.yaml"),
        "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII));

    Result r = run("validate", utf16.toString(), pdf.toString());

    assertTrue(r.err().contains(utf16 + ": this file is saved as UTF-16 text (it starts with a"
        + " UTF-16 byte-order mark); save it again as UTF-8"), r.err());
    assertTrue(r.err().contains(pdf + ": this is a PDF, not a text file"), r.err());
  }

  @Test
  void impossibleDatesSayWhatIsWrongWithThem() throws IOException {
    Path file = write("dates.yaml", "schema: sixps/1\nformulatedOn: 2026-02-29\nplan:\n"
        + "  nextReview: 2026-13-01\n");

    Result r = run("validate", file.toString());

    assertEquals(List.of(
        file + ":2:15: formulatedOn: \"2026-02-29\" is not a date: 2026 is not a leap year, so"
            + " February has 28 days",
        file + ":4:15: plan.nextReview: \"2026-13-01\" is not a date: the month is 13, and months"
            + " go from 01 to 12"), lines(r.err()));
  }

  @Test
  void textThatLooksLikeAnotherTypeIsText() throws IOException {
    Path file = write("plain.yaml", "schema: sixps/1\nid: 0417\ntitle: no\nformulatedOn:"
        + " 2026-11-02\npeople:\n  - { id: amira, name: Yes, role: child, age: 9.0 }\n");

    Result r = run("convert", file.toString(), "--to", "json", "--out",
        dir.resolve("plain.json").toString());

    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(dir.resolve("plain.json").toFile());
    assertEquals("0417", json.get("id").asText());
    assertEquals("no", json.get("title").asText());
    assertEquals("Yes", json.at("/people/0/name").asText());
    assertEquals(9, json.at("/people/0/age").asInt());
  }

  @Test
  void otherCommandsReportEveryProblemToo() throws IOException {
    Path typos = write("typo.yaml", TYPOS);

    Result r = run("convert", typos.toString(), "--to", "json", "--out",
        dir.resolve("typo.json").toString());

    assertEquals(3, r.code());
    assertEquals(3, lines(r.err()).stream().filter(l -> l.startsWith(typos + ":")).count(),
        r.err());
    assertFalse(Files.exists(dir.resolve("typo.json")));
  }
}
