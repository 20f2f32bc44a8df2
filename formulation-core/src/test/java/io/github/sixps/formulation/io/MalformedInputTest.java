package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
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
        // In YAML a plain 20417 in a text field is the text "20417"; JSON has types.
        row("number-where-text-expected.json", 2, 9, "id", "20417",
            "expected text, found a whole number; put it in quotes if it is meant as text:"
                + " \"20417\"", NONE),
        row("object-where-list-expected.json", 3, 13, "people", "{",
            "expected a list, found a set of keys and values", NONE),
        row("not-an-object.yaml", 1, 1, "", "- schema: sixps/1",
            "expected a formulation (a set of keys and values), found a list", NONE),
        // A leading zero: YAML 1.1 reads 010 as eight and 08 as text, YAML 1.2 both as decimal.
        row("number-leading-zero-octal.yaml", 4, 10, "people[0].age", "010",
            "a whole number with a leading zero (010) is read as another number by some YAML"
                + " readers; write it without the leading zero: 10", "10"),
        row("number-leading-zero.yaml", 4, 10, "people[0].age", "08",
            "a whole number with a leading zero (08) is read as another number by some YAML"
                + " readers; write it without the leading zero: 8", "8"),
        row("number-leading-zero-quoted.yaml", 4, 10, "people[0].age", "\"08\"",
            "expected a whole number, found text \"08\"; leave out the quotes and the leading"
                + " zero: 8", NONE),
        row("decimal-where-whole-number.yaml", 4, 10, "people[0].age", "7.5",
            "expected a whole number, found a decimal number (7.5)", NONE),
        row("number-too-large.json", 4, 28, "people[0].age", "7000000000",
            "the number 7000000000 is too large; the largest is 2147483647", NONE),
        // Enumerated values.
        row("bad-action-status.yaml", 9, 15, "plan.actions[1].status", "in progress",
            "\"in progress\" is not an action status; use one of not-started, in-progress, done,"
                + " dropped", "in-progress"),
        row("bad-person-role.json", 5, 27, "people[1].role", "\"parnet\"",
            "\"parnet\" is not a role; use one of child, young-person, parent,", "parent"),
        // Dates: what exactly is wrong, and the date meant where it is clear.
        row("bad-date-month.yaml", 7, 12, "plan.actions[1].due", "2026-13-01",
            "\"2026-13-01\" is not a date: the month is 13, and months go from 01 to 12", NONE),
        row("bad-date-leap-year.yaml", 2, 15, "formulatedOn", "2026-02-29",
            "\"2026-02-29\" is not a date: 2026 is not a leap year, so February has 28 days",
            NONE),
        row("bad-date-day.yaml", 3, 15, "plan.nextReview", "2026-04-31",
            "\"2026-04-31\" is not a date: April has 30 days", NONE),
        row("bad-date-short-parts.yaml", 3, 15, "plan.nextReview", "2026-4-3",
            "\"2026-4-3\" needs two digits for the month and for the day", "2026-04-03"),
        row("bad-date-with-time.yaml", 3, 15, "plan.nextReview", "2026-12-07T10:00",
            "\"2026-12-07T10:00\" has a time as well as a date; write only the date",
            "2026-12-07"),
        row("bad-date-slashes.yaml", 3, 15, "formulatedOn", "02/11/2026",
            "\"02/11/2026\" is not written YYYY-MM-DD; if it means 2 November 2026, write"
                + " 2026-11-02", NONE),
        // The schema key.
        row("missing-schema.yaml", 1, 1, "", "id: case-0417",
            "missing the required key \"schema\" in a formulation", NONE),
        row("schema-major-2.yaml", 1, 9, "schema", "sixps/2",
            "this file is in format sixps/2, which this version of SixPs cannot read; it reads"
                + " sixps/1.1 and earlier", NONE),
        // A newer minor version is refused by name alone: its keys are not judged.
        row("schema-minor-newer.yaml", 1, 9, "schema", "sixps/1.2",
            "this file is in format sixps/1.2, which is newer than this version of SixPs reads"
                + " (sixps/1.1 and earlier); update SixPs to read it", NONE),
        row("later-key-in-version-1-0.yaml", 3, 1, "events", "events:",
            "\"events\" is part of sixps/1.1, but this file says schema: sixps/1; write schema:"
                + " sixps/1.1 at its top", NONE),
        // The chronology and the family tree (sixps/1.1).
        row("bad-event-date-day.yaml", 4, 11, "events[0].date", "2019-03-32",
            "\"2019-03-32\" is not a date: March has 31 days", NONE),
        row("bad-event-date-words.yaml", 4, 11, "events[0].date", "March 2019",
            "\"March 2019\" is not written as a file holds a date; write 2019-03", "2019-03"),
        row("unknown-event-key.yaml", 5, 5, "events[0].wat", "wat:",
            "unknown key \"wat\" in an event", "what"),
        row("bad-language.yaml", 5, 15, "people[0].language", "Polish",
            "\"Polish\" is not a language tag", "pl"),
        row("bad-parent-kind.yaml", 4, 43, "family.parents[0].kind", "mum",
            "\"mum\" is not a kind of parent; use one of birth, adoptive, step, foster, kinship",
            NONE),
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
        // The anchor is reported first, then the alias (see everyProblemIsReported).
        row("yaml-alias.yaml", 4, 13, "contributors[0].agency", "&council",
            "YAML anchors such as \"&council\" are not accepted; if it is text, put it in"
                + " quotes: agency: \"&council Northshire Council\"", NONE),
        row("yaml-tag.yaml", 4, 16, "protective[0].statement", "!important",
            "YAML tags such as \"!important\" are not accepted; if it is text, put it in quotes:"
                + " statement: \"!important Amira loves her swimming club\"", NONE),
        row("two-documents.yaml", 4, 1, "", "schema: sixps/1",
            "found more after the end of the formulation; a file holds one formulation (remove"
                + " the second YAML document)", NONE),
        // Syntax errors, explained with the fix, in words with nothing of the parser's own.
        row("yaml-bad-indentation.yaml", 5, 4, "people", "role: child",
            "this line is not lined up with the lines above it; check its indentation", NONE),
        row("yaml-unclosed-quote.yaml", 2, 8, "title", "\"Ahmed and family",
            "this quotation mark (\") is never closed; end the text with \" as well", NONE),
        row("yaml-colon-in-text.yaml", 4, 24, "presenting[0]", ": he hits",
            "this text has a colon and a space in it, which YAML reads as the start of a key;"
                + " put the whole text in quotes: statement: \"Mum said: he hits the wall when"
                + " he is cross\"", NONE),
        row("yaml-colon-in-list-text.yaml", 5, 9, "childsVoice[0].worries[0]", "Mum said",
            "expected text, found a set of keys and values; if it is text with a colon and a"
                + " space in it, put the whole text in quotes: - \"Mum said: it will be fine\"",
            NONE),
        row("yaml-key-indented-under-text.yaml", 3, 9, "", ": draft",
            "this line looks like a key, but it is indented further than the keys above it, so"
                + " YAML reads it as more of the text before it", NONE),
        row("yaml-quotes-in-quotes.yaml", 4, 29, "presenting[0]", "no\"",
            "the text in quotes ends before this, and more follows it; to put a \" inside text"
                + " in double quotes, write \\\", or put the whole text in single quotes:"
                + " statement: 'Amira said \"no\" to school on Monday'", NONE),
        row("yaml-apostrophe-in-single-quotes.yaml", 4, 17, "people[0]", "s mum'",
            "the text in quotes ends before this, and more follows it; to put a ' inside text in"
                + " single quotes, write it twice (''), or put the whole text in double quotes:"
                + " name: \"Sara's mum\"", NONE),
        row("yaml-at-sign.yaml", 4, 13, "contributors[0].agency", "@Riverside",
            "text cannot start with @ unless it is in quotes: agency: \"@RiversideSchool on"
                + " social media\"", NONE),
        row("yaml-backquote.yaml", 5, 9, "childsVoice[0].worries", "`Maths`",
            "text cannot start with ` unless it is in quotes: - \"`Maths` tests\"", NONE),
        row("yaml-tab-indent.yaml", 4, 1, "people[0]", "\tname",
            "this line has a tab where YAML needs spaces; replace the tab with spaces", NONE),
        row("yaml-backslash-in-double-quotes.yaml", 4, 34, "protective[0].evidence", "\\Users",
            "in double quotes, a backslash starts a special character such as \\n (a new line);"
                + " to write a backslash itself, write two (\\\\), or put the text in single"
                + " quotes", NONE),
        row("yaml-complex-key.yaml", 2, 2, "", "people, contributors]",
            "a key must be a word or text, but this one is a list or a set of keys", NONE),
        // Jackson stops at the "]" after the comma, where it expected another value.
        row("json-trailing-comma.json", 6, 3, "people", "]",
            "this is not valid JSON: a comma comes before this closing bracket with nothing after"
                + " it; remove the last comma", NONE),
        row("json-single-quotes.json", 1, 2, "", "'schema'",
            "this is not valid JSON: text and keys go in double quotes (\"), not single ones",
            NONE),
        row("json-missing-brace.json", 5, 3, "people[0]", "]",
            "this is not valid JSON: Unexpected close marker ']': expected '}' (for Object"
                + " starting at line 4, column 5)", NONE),
        // Files that are not UTF-8 text: what they are, and how to get the text out.
        row("word-document.yaml", 0, 0, "", "",
            "this is a Word document (.docx) renamed, not a text file; to get the text out, open"
                + " it in Word and use Save As, choosing Plain Text (.txt) and the encoding UTF-8",
            NONE),
        row("pdf-renamed.yaml", 0, 0, "", "",
            "this is a PDF, not a text file; SixPs can make a PDF from a formulation but cannot"
                + " read one back", NONE),
        row("utf16-with-bom.yaml", 0, 0, "", "",
            "this file is saved as UTF-16 text (it starts with a UTF-16 byte-order mark); save it"
                + " again as UTF-8", NONE),
        row("utf16-without-bom.yaml", 0, 0, "", "",
            "this file is saved as UTF-16 text (little-endian, without a byte-order mark); save"
                + " it again as UTF-8", NONE),
        row("utf16-big-endian.yaml", 0, 0, "", "",
            "this file is saved as UTF-16 text (big-endian, without a byte-order mark)", NONE),
        row("windows-1252.yaml", 4, 15, "", "\u2019s mum",
            "this is not UTF-8 text (the byte 0x92 cannot be read as UTF-8); the file may be"
                + " saved in another encoding, such as Windows-1252 (\"ANSI\") or Latin-1: save"
                + " it again as UTF-8", NONE),
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
      // A file in another encoding is read in that one, to check what the place points at.
      List<String> lines = Files.readAllLines(input, file.startsWith("windows-1252")
          ? Charset.forName("windows-1252") : StandardCharsets.UTF_8);
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
    assertTrue(inTable.size() >= 29);
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
