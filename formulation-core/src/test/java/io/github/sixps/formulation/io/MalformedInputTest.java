package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file under {@code src/test/resources/malformed/} is refused with the line, column, path,
 * problem and suggestion given for it here. {@code pointsAt} is the text the line and column point
 * at in the file, so that the table can be checked by eye; an empty {@code pointsAt} means the
 * position is just past the end of the text on its line (a value left empty).
 */
class MalformedInputTest {
  private static final String NONE = null;

  static Stream<Arguments> cases() {
    return Stream.of(
        // Unknown keys: "did you mean" when one is close, otherwise the list of keys.
        row("unknown-top-level-key.yaml", 3, 1, "tittle", "tittle:",
            "unknown key \"tittle\" in a formulation", "title"),
        row("unknown-nested-key.yaml", 5, 5, "people[0].nmae", "nmae: Ahmed",
            "unknown key \"nmae\" in a person", "name"),
        row("unknown-key-no-match.yaml", 4, 3, "plan.budget", "budget: 300",
            "unknown key \"budget\" in a plan; the keys are goals, actions, nextReview", NONE),
        row("priority-on-protective.yaml", 5, 5, "protective[0].priority", "priority:",
            "unknown key \"priority\" in a protective factor; the keys are id, statement, explains,"
                + " sources, evidence", NONE),
        // Keys given twice: the second is reported, with where the first was.
        row("duplicate-top-level-key.yaml", 4, 1, "title", "title: The Khan family",
            "the key \"title\" is given twice; it was first given on line 2, column 1", NONE),
        row("duplicate-nested-key.json", 5, 35, "people[1].name", "\"name\": \"Sarah\"",
            "the key \"name\" is given twice; it was first given on line 5, column 19", NONE),
        // Values of the wrong type.
        row("list-where-text-expected.yaml", 3, 3, "title", "- Ahmed",
            "expected text, found a list", NONE),
        row("text-where-number-expected.yaml", 4, 10, "people[0].age", "seven",
            "expected a whole number, found text \"seven\"", NONE),
        row("quoted-number.json", 4, 29, "people[0].age", "\"7\"",
            "expected a whole number, found text \"7\"; leave out the quotes", NONE),
        row("number-where-text-expected.yaml", 2, 5, "id", "20417",
            "expected text, found a whole number; put it in quotes if it is meant as text:"
                + " \"20417\"", NONE),
        row("object-where-list-expected.json", 3, 13, "people", "{",
            "expected a list, found a set of keys and values", NONE),
        row("not-an-object.yaml", 1, 1, "", "- schema: sixps/1",
            "expected a formulation (a set of keys and values), found a list", NONE),
        row("decimal-where-whole-number.yaml", 4, 10, "people[0].age", "7.5",
            "expected a whole number, found a decimal number", NONE),
        row("number-too-large.json", 4, 28, "people[0].age", "7000000000",
            "the number 7000000000 is too large", NONE),
        // Enumerated values.
        row("bad-action-status.yaml", 9, 15, "plan.actions[1].status", "in progress",
            "\"in progress\" is not an action status; use one of not-started, in-progress, done,"
                + " dropped", "in-progress"),
        row("bad-person-role.json", 5, 27, "people[1].role", "\"parnet\"",
            "\"parnet\" is not a role; use one of child, young-person, parent,", "parent"),
        // Dates.
        row("bad-date-month.yaml", 7, 12, "plan.actions[1].due", "2026-13-01",
            "\"2026-13-01\" is not a date; write dates as YYYY-MM-DD", NONE),
        row("bad-date-slashes.yaml", 3, 15, "formulatedOn", "02/11/2026",
            "\"02/11/2026\" is not a date; write dates as YYYY-MM-DD", NONE),
        // The schema key.
        row("missing-schema.yaml", 1, 1, "", "id: case-0417",
            "missing the required key \"schema\" in a formulation", NONE),
        row("schema-major-2.yaml", 1, 9, "schema", "sixps/2",
            "this file is in format sixps/2, which this version of SixPs cannot read; it reads"
                + " sixps/1", NONE),
        row("schema-not-a-format-name.yaml", 1, 9, "schema", "6ps version 1",
            "\"6ps version 1\" is not a SixPs format name; write schema: sixps/1", NONE),
        // Required keys, reported at the start of the object that lacks them.
        row("missing-item-id.yaml", 5, 5, "presenting[1]", "statement: Mum is isolated",
            "missing the required key \"id\" in a presenting issue", NONE),
        row("goal-scale-missing-target.yaml", 7, 9, "plan.goals[0].scale", "now: 3",
            "missing the required key \"target\" in a goal scale", NONE),
        // Empty values where something must be given.
        row("null-list-entry.yaml", 4, 4, "people[1]", "",
            "this list entry is empty; remove it or fill it in", NONE),
        row("review-scale-empty-value.yaml", 6, 10, "reviews[0].scale.g2", "",
            "no value given for \"g2\"", NONE),
        // YAML features the format does not allow.
        row("yaml-alias.yaml", 6, 13, "contributors[1].agency", "*council",
            "YAML aliases such as \"*council\" are not accepted; write the value out in full",
            NONE),
        row("two-documents.yaml", 4, 1, "", "schema: sixps/1",
            "found more after the end of the formulation; a file holds one formulation (remove"
                + " the second YAML document)", NONE),
        // Syntax errors.
        row("yaml-bad-indentation.yaml", 5, 4, "people", "role: child",
            "this is not valid YAML: expected <block end>, but found '<block mapping start>';"
                + " check the indentation of this line", NONE),
        row("yaml-unclosed-quote.yaml", 2, 8, "title", "\"Ahmed and family",
            "this is not valid YAML: the file ends before this is closed (while scanning a"
                + " quoted scalar)", NONE),
        // Jackson stops at the "]" after the comma, where it expected another value.
        row("json-trailing-comma.json", 6, 3, "people", "]",
            "this is not valid JSON: Unexpected character (']' (code 93)): expected a", NONE),
        row("json-missing-brace.json", 5, 3, "people[0]", "]",
            "this is not valid JSON: Unexpected close marker ']': expected '}' (for Object"
                + " starting at line 4, column 5)", NONE),
        // Nothing at all: a problem with the file as a whole, so no line or column.
        row("empty.yaml", 0, 0, "", "",
            "the file is empty; a formulation starts with schema: sixps/1", NONE),
        row("empty.json", 0, 0, "", "",
            "the file is empty; a formulation starts with schema: sixps/1", NONE));
  }

  private static Arguments row(String file, int line, int column, String path, String pointsAt,
      String problem, String suggestion) {
    return Arguments.of(file, line, column, path, pointsAt, problem, suggestion);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusedWithLocationPathAndMessage(String file, int line, int column, String path,
      String pointsAt, String problem, String suggestion) throws Exception {
    Path input = resource(file);

    FormulationReadException e = assertThrows(FormulationReadException.class,
        () -> FormulationReader.standard().read(input));

    String where = file + " -> " + e.getMessage();
    assertEquals(input.toString(), e.source(), where);
    assertEquals(line, e.line(), where);
    assertEquals(column, e.column(), where);
    assertEquals(path, e.path(), where);
    assertTrue(e.problem().contains(problem),
        () -> where + "\n  expected the problem to contain: " + problem);
    assertEquals(Optional.ofNullable(suggestion), e.suggestion(), where);

    String prefix = line > 0 ? input + ":" + line + ":" + column + ": " : input + ": ";
    assertTrue(e.getMessage().startsWith(prefix), () -> where + "\n  expected prefix " + prefix);
    String rest = e.getMessage().substring(prefix.length());
    assertTrue(rest.startsWith(path.isEmpty() ? e.problem() : path + ": " + e.problem()), where);
    if (suggestion != null) {
      assertTrue(e.getMessage().endsWith("; did you mean \"" + suggestion + "\"?"), where);
    }

    if (line > 0) {
      List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
      String from = lines.get(line - 1).substring(column - 1);
      if (pointsAt.isEmpty()) {
        assertTrue(from.isBlank(), () -> where + "\n  expected to point past the text, at: " + from);
      } else {
        assertTrue(from.startsWith(pointsAt),
            () -> where + "\n  expected to point at: " + pointsAt + "\n  but points at: " + from);
      }
    }
  }

  @Test
  void textWhereNumberExpectedGetsNoHintAboutQuotes() throws Exception {
    FormulationReadException e = assertThrows(FormulationReadException.class,
        () -> FormulationReader.standard().read(resource("text-where-number-expected.yaml")));

    assertEquals("expected a whole number, found text \"seven\"", e.problem());
  }

  @Test
  void everyMalformedFileIsInTheTable() throws Exception {
    Set<String> inTable = cases().map(a -> (String) a.get()[0])
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> onDisk;
    try (Stream<Path> files = Files.list(resource("empty.yaml").getParent())) {
      onDisk = files.map(p -> p.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }

    assertEquals(onDisk, inTable);
    assertTrue(inTable.size() >= 22);
    assertTrue(inTable.stream().filter(f -> f.endsWith(".json")).count() >= 5);
  }

  private static Path resource(String file) throws URISyntaxException, IOException {
    URL url = MalformedInputTest.class.getResource("/malformed/" + file);
    if (url == null) {
      throw new IOException("no test resource malformed/" + file);
    }
    return Path.of(url.toURI());
  }
}
