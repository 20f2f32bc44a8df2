package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.sixps.formulation.cli.CommandLineTest.Result;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.testing.Formulations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code formulation prioritise}, run as a user would run it. */
class PrioritiseCommandTest {
  static final Path AHMED = CommandLineTest.AHMED;

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void ranksTheAhmedExampleAsTheReadmeWorksItOutByHand() {
    Result r = run("prioritise", AHMED.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    assertEquals(String.join("\n",
        "Formulation with the Ahmed family (F-2026-0142)",
        "Perpetuating factors, most important first. Weights: impact=3,urgency=3,changeability=2,"
            + "familyPriority=2,reachPerIssue=1. Safety first at urgency 5 or more.",
        "",
        "Rank  Id  Statement                     Score  Band    Why",
        "1     M1  Mornings are rushed. Imran…      38  scored  "
            + "1st: keeps 2 presenting issues going; impact 4 of 5;",
        "                                                       urgency 2 of 5; ease of change 4 of"
            + " 5; the family rates",
        "                                                       it 5 of 5",
        "2     M4  School does not yet have a…      38  scored  "
            + "2nd: keeps 2 presenting issues going; impact 4 of 5;",
        "                                                       urgency 2 of 5; ease of change 5 of"
            + " 5; the family rates",
        "                                                       it 4 of 5; level on score with M1,"
            + " which comes first in",
        "                                                       the file",
        "3     M3  Nobody has yet explained…        35  scored  "
            + "3rd: keeps 1 presenting issue going; impact 4 of 5;",
        "                                                       urgency 2 of 5; ease of change 4 of"
            + " 5; the family rates",
        "                                                       it 4 of 5",
        "4     M2  On days at home Amira feels…     32  scored  "
            + "4th: keeps 2 presenting issues going; impact 4 of 5;",
        "                                                       urgency 2 of 5; ease of change 3 of"
            + " 5; the family rates",
        "                                                       it 3 of 5",
        "",
        "Top 3 to focus the plan on: M1, M4, M3",
        ""), r.out());
  }

  @Test
  void jsonIsForPrograms() throws IOException {
    Result r = run("prioritise", AHMED.toString(), "--format", "json", "--top", "2");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("{\n  \"formulation\": \"F-2026-0142\",\n"), r.out());
    assertTrue(r.out().contains("\"weights\": {\n      \"impact\": 3,"), r.out());
    assertTrue(r.out().contains("\"rank\": 2,\n      \"id\": \"M4\","), r.out());
    assertTrue(r.out().contains("\"score\": 38,\n      \"band\": \"scored\",\n      \"reach\": 2,"
        + "\n      \"pinned\": false,\n      \"top\": true,"), r.out());
    assertTrue(r.out().contains("\"top\": [ \"M1\", \"M4\" ]") || r.out().contains(
        "\"top\": [\n    \"M1\",\n    \"M4\"\n  ]"), r.out());
    List<String> explanations = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(r.out())) {
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("explanation")) {
          explanations.add(p.nextTextValue());
        }
      }
    }
    assertEquals(4, explanations.size());
    assertTrue(explanations.get(0).startsWith("1st: keeps 2 presenting issues going;"));
  }

  @Test
  void weightsChangeTheOrder() {
    // With only ease of change counting, M4 (5) leads; M1 and M3 (4) are level, and M1 keeps
    // more presenting issues going.
    Result r = run("prioritise", AHMED.toString(), "--weights",
        "changeability=1, impact=0,urgency=0,familyPriority=0,reachPerIssue=0");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Weights: impact=0,urgency=0,changeability=1,familyPriority=0,"
        + "reachPerIssue=0."), r.out());
    assertTrue(r.out().contains("Top 3 to focus the plan on: M4, M1, M3"), r.out());
    // The reasons wrap in the table, so they are read here as one line.
    assertTrue(r.out().replaceAll("\\s+", " ").contains("3rd: keeps 1 presenting issue going;"
        + " ease of change 4 of 5; level on score with M1, which keeps more presenting issues"
        + " going"), r.out());
  }

  @Test
  void badWeightsAreAUsageErrorNamingTheKey() {
    Result misspelt = run("prioritise", AHMED.toString(), "--weights", "impcat=3");
    assertEquals(2, misspelt.code());
    assertTrue(misspelt.err().contains("unknown weight \"impcat\"; did you mean \"impact\"?"),
        misspelt.err());
    assertEquals("", misspelt.out());

    Result notANumber = run("prioritise", AHMED.toString(), "--weights", "urgency=high");
    assertEquals(2, notANumber.code());
    assertTrue(notANumber.err().contains("weight urgency=high is not a whole number from 0 to"
        + " 100"), notANumber.err());

    Result badTop = run("prioritise", AHMED.toString(), "--top", "0");
    assertEquals(2, badTop.code());
    assertTrue(badTop.err().contains("--top must be 1 or more, but was 0"), badTop.err());

    Result badFormat = run("prioritise", AHMED.toString(), "--format", "xml");
    assertEquals(2, badFormat.code());

    assertEquals(2, run("prioritise").code());
  }

  @Test
  void anUnreadableFileExits3() throws IOException {
    Path bad = write("bad.yaml", "schema: sixps/1\nperpetuating:\n  - id: M1\n    priority: {"
        + " impcat: 3 }\n");
    Result r = run("prioritise", bad.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().startsWith(bad + ":4:"), r.err());
    assertTrue(r.err().contains("did you mean \"impact\"?"), r.err());

    Result missing = run("prioritise", dir.resolve("missing.yaml").toString());
    assertEquals(3, missing.code());
    assertEquals(dir.resolve("missing.yaml") + ": there is no file or folder called "
        + "\"missing.yaml\" in " + dir + "\n", missing.err());
  }

  @Test
  void pinsUnratedFactorsAndHostileTextAreShownPlainly() throws IOException {
    Path file = write("draft.yaml", String.join("\n",
        "schema: sixps/1",
        "title: \"Draft\\u001B[31m with\\nbreaks\"",
        "presenting:",
        "  - { id: P1, statement: One }",
        "perpetuating:",
        "  - id: M1",
        "    statement: \"Red \\u001B[31mtext\\u202E and a line\\nbreak\"",
        "    explains: [P1]",
        "    priority: { impact: 2 }",
        "  - id: M2",
        "    statement: Not rated yet.",
        "  - id: M3",
        "    statement: Pinned.",
        "    priority: { pin: 1, reason: The family want to start here. }",
        "  - id: M4",
        "    statement: Urgent.",
        "    priority: { urgency: 5 }",
        ""));
    Result r = run("prioritise", file.toString(), "--top", "1");
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains("\u001B"), r.out());
    assertFalse(r.out().contains("\u202E"), r.out());
    assertTrue(r.out().startsWith("Draft [31m with breaks\n"), r.out());
    assertTrue(r.out().contains("1     M3  Pinned.                            -  not yet rated  "
        + "1st: set by hand: The family want to start\n"), r.out());
    assertTrue(r.out().contains("2     M4  Urgent.                           15  safety first   "
        + "2nd: urgency 5 of 5 puts immediate safety\n"), r.out());
    assertTrue(r.out().contains("3     M1  Red [31mtext and a line break      7  scored         "
        + "3rd: keeps 1 presenting issue going; impact 2\n"), r.out());
    assertTrue(r.out().contains("4     M2  Not rated yet.                     -  not yet rated  "
        + "4th: not yet rated; kept in the order written\n"), r.out());
    assertTrue(r.out().endsWith("Top 1 to focus the plan on: M3\n"), r.out());
  }

  @Test
  void aFormulationWithNoPerpetuatingFactorsSaysSo() throws IOException {
    Path file = write("empty.yaml", "schema: sixps/1\nid: F-1\n");
    Result r = run("prioritise", file.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("F-1\nNo perpetuating factors to rank yet.\n", r.out());
    Result json = run("prioritise", file.toString(), "--format", "JSON");
    assertTrue(json.out().contains("\"factors\": [ ]"), json.out());
  }

  @Test
  void helpShowsExamples() {
    Result r = run("help", "prioritise");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("--weights"), r.out());
    assertTrue(r.out().contains("formulation prioritise family.yaml --top 2"), r.out());
    assertTrue(run("--help").out().contains("prioritise"));
  }

  @Property(tries = 100)
  void anyDraftIsRankedAndNothingInItCanUpsetTheTerminal(@ForAll("drafts") Formulation f)
      throws IOException {
    Path file = Files.createTempFile("draft", ".yaml");
    try {
      FormulationWriter.standard().write(f, file);
      Result text = run("prioritise", file.toString());
      assertEquals(0, text.code(), text.err());
      text.out().codePoints().forEach(c -> assertTrue(c == '\n'
          || !(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
              || Character.getType(c) == Character.LINE_SEPARATOR
              || Character.getType(c) == Character.PARAGRAPH_SEPARATOR),
          () -> "U+" + Integer.toHexString(c) + " in\n" + text.out()));
      String[] lines = text.out().split("\n");
      // The title line is the file's own; every line after it fits the table's width.
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].startsWith("Perpetuating factors") || lines[i].startsWith("Top ")) {
          continue;
        }
        assertTrue(lines[i].codePointCount(0, lines[i].length()) <= 110, lines[i]);
      }

      Result json = run("prioritise", file.toString(), "--format", "json");
      assertEquals(0, json.code(), json.err());
      int ranks = 0;
      try (JsonParser p = new JsonFactory().createParser(json.out())) {
        while (p.nextToken() != null) {
          if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("rank")) {
            ranks++;
          }
        }
      }
      assertEquals(f.perpetuating().size(), ranks);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Provide
  Arbitrary<Formulation> drafts() {
    return Formulations.drafts();
  }

  @Test
  void terminalTextFitsAndCleans() {
    assertEquals("a b c", TerminalText.clean("  a\tb\u0007\n c \u200F"));
    assertEquals("Mornings are…", TerminalText.shorten("Mornings are rushed", 14));
    assertEquals("abcdefghi…", TerminalText.shorten("abcdefghijklmnop", 10));
    assertEquals("short", TerminalText.shorten("short", 10));
    assertEquals(List.of("one two", "three", "abcdefg", "h"),
        TerminalText.wrap("one two three abcdefgh", 7));
    assertEquals(List.of(""), TerminalText.wrap("", 7));
  }
}
