package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One read reports every problem a file has, like a compiler: each with its line, column and
 * path, in the order of the file, one line each; up to a limit, and up to the first problem the
 * reader cannot read past.
 */
class EveryProblemTest {
  private static final FormulationReader READER = FormulationReader.standard();

  private static FormulationReadException refused(String yaml) {
    return assertThrows(FormulationReadException.class,
        () -> READER.read(yaml, FileFormat.YAML, "typo.yaml"));
  }

  /** Each problem as LINE:COLUMN PATH: MESSAGE, to compare in one go. */
  private static List<String> summary(FormulationReadException e) {
    return e.problems().stream()
        .map(p -> p.line() + ":" + p.column() + " " + p.path() + ": " + p.message()
            + p.suggestion().map(s -> " [" + s + "]").orElse(""))
        .collect(Collectors.toList());
  }

  /** A file with three mistyped keys, shared with the command line's tests. */
  static final String TYPOS = "/several-problems/typos.yaml";

  @Test
  void threeMistypedKeysAreThreeProblemsInOneRead() throws Exception {
    String yaml;
    try (InputStream in = EveryProblemTest.class.getResourceAsStream(TYPOS)) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    FormulationReadException e = refused(yaml);

    assertEquals(List.of(
        "2:1 tittle: unknown key \"tittle\" in a formulation [title]",
        "5:5 presenting[0].statment: unknown key \"statment\" in a presenting issue [statement]",
        "9:7 plan.actions[0].ower: unknown key \"ower\" in an action [owner]"), summary(e));
    assertEquals("typo.yaml:2:1: tittle: unknown key \"tittle\" in a formulation; did you mean"
        + " \"title\"?\n"
        + "typo.yaml:5:5: presenting[0].statment: unknown key \"statment\" in a presenting issue;"
        + " did you mean \"statement\"?\n"
        + "typo.yaml:9:7: plan.actions[0].ower: unknown key \"ower\" in an action; did you mean"
        + " \"owner\"?", e.getMessage());
    assertFalse(e.stoppedEarly());
    // The accessors of the exception describe the first problem.
    assertEquals(2, e.line());
    assertEquals("tittle", e.path());
    assertEquals(Optional.of("title"), e.suggestion());
  }

  @Test
  void keyTypeValueAndDateProblemsAreAllReportedInFileOrder() {
    String yaml = "schema: sixps/1\n"
        + "status: agred\n"
        + "formulatedOn: 2026-02-29\n"
        + "title: Ahmed family\n"
        + "title: Again\n"
        + "people:\n"
        + "  - name: Amira\n"
        + "    age: nine\n"
        + "  - id: sara\n"
        + "    role: [parent]\n"
        + "plan:\n"
        + "  goals:\n"
        + "    - id: G1\n"
        + "      scale: { now: 3, target: high }\n"
        + "  nextReview: 2026-13-01\n";

    FormulationReadException e = refused(yaml);

    assertEquals(List.of(
        "2:9 status: \"agred\" is not a formulation status; use one of draft, agreed, closed"
            + " [agreed]",
        "3:15 formulatedOn: \"2026-02-29\" is not a date: 2026 is not a leap year, so February"
            + " has 28 days",
        "5:1 title: the key \"title\" is given twice; it was first given on line 4, column 1",
        "7:5 people[0]: missing the required key \"id\" in a person",
        "8:10 people[0].age: expected a whole number, found text \"nine\"",
        "10:11 people[1].role: expected a role, found a list",
        "14:32 plan.goals[0].scale.target: expected a whole number, found text \"high\"",
        "15:15 plan.nextReview: \"2026-13-01\" is not a date: the month is 13, and months go from"
            + " 01 to 12"), summary(e));
  }

  @Test
  void problemsBeforeBrokenYamlAreKeptAndTheBrokenYamlEndsTheRead() {
    String yaml = "schema: sixps/1\n"
        + "tittle: Ahmed family\n"
        + "presenting:\n"
        + "  - id: P1\n"
        + "    statement: Mum said: he hits\n"
        + "  - id: P2\n"
        + "    statment: never read\n";

    FormulationReadException e = refused(yaml);

    assertEquals(2, e.problems().size(), e.getMessage());
    assertEquals("tittle", e.problems().get(0).path());
    assertEquals(5, e.problems().get(1).line());
    assertTrue(e.problems().get(1).message().startsWith("this text has a colon and a space in"
        + " it"), e.getMessage());
  }

  @Test
  void readingStopsAtTheLimitOnProblemsAndSaysSo() {
    StringBuilder yaml = new StringBuilder("schema: sixps/1\npeople:\n");
    for (int i = 0; i < 250; i++) {
      yaml.append("  - id: p").append(i).append("\n    nmae: Someone\n");
    }

    FormulationReadException e = refused(yaml.toString());

    assertEquals(ReadLimits.defaults().maxProblems(), e.problems().size());
    assertTrue(e.stoppedEarly());
    List<String> lines = e.getMessage().lines().collect(Collectors.toList());
    assertEquals(101, lines.size());
    assertEquals("typo.yaml: stopped after 100 problems; fix these and read the file again to"
        + " see any more", lines.get(100));

    FormulationReader firstOnly = FormulationReader.builder()
        .limits(ReadLimits.defaults().withMaxProblems(1)).build();
    FormulationReadException one = assertThrows(FormulationReadException.class,
        () -> firstOnly.read(yaml.toString(), FileFormat.YAML, "typo.yaml"));
    assertEquals(1, one.problems().size());
    assertEquals(4, one.line());
  }

  @Test
  void everyProblemIsOneLineWhateverTheFileHoldsInIt() {
    String yaml = "schema: sixps/1\n"
        + "status: \"agreed\\nby all\"\n"
        + "\"ti\\ntle\": x\n"
        + "reviews:\n"
        + "  - scale: { \"G\\r1\": many }\n";

    FormulationReadException e = refused(yaml);

    assertEquals(3, e.problems().size(), e.getMessage());
    assertEquals(3, e.getMessage().lines().count(), e.getMessage());
    assertEquals("\"agreed\\nby all\" is not a formulation status; use one of draft, agreed,"
        + " closed", e.problems().get(0).message());
    assertEquals("ti\\ntle", e.problems().get(1).path());
    assertEquals("reviews[0].scale.G\\r1", e.problems().get(2).path());
  }

  @Test
  void textFromTheFileIsCutShortInAMessage() {
    String status = "agreed with the family and with the school and with the health visitor too";

    FormulationReadException e = refused("schema: sixps/1\nstatus: " + status + "\n");

    assertTrue(e.problem().startsWith("\"agreed with the family and with the school and with the"
        + " hea…\" is not a formulation status"), e.problem());
  }

  @Test
  void anAnchorAndItsAliasAreBothReported() {
    String yaml = "schema: sixps/1\n"
        + "contributors:\n"
        + "  - id: sw1\n"
        + "    agency: &council Northshire Council\n"
        + "  - id: sw2\n"
        + "    agency: *council\n";

    FormulationReadException e = refused(yaml);

    assertEquals(List.of(
        "4:13 contributors[0].agency: YAML anchors such as \"&council\" are not accepted; if it"
            + " is text, put it in quotes: agency: \"&council Northshire Council\"",
        "6:13 contributors[1].agency: YAML aliases such as \"*council\" are not accepted; write"
            + " the value out in full; if it is text, put it in quotes: agency: \"*council\""),
        summary(e));
  }

  @Test
  void jsonFilesGetEveryProblemToo() {
    String json = "{\"schema\": \"sixps/1\",\n"
        + " \"tittle\": \"x\",\n"
        + " \"people\": [{\"id\": 7, \"age\": \"7\"}]}\n";

    FormulationReadException e = assertThrows(FormulationReadException.class,
        () -> READER.read(json, FileFormat.JSON, "case.json"));

    assertEquals(List.of(
        "2:2 tittle: unknown key \"tittle\" in a formulation [title]",
        "3:20 people[0].id: expected text, found a whole number; put it in quotes if it is meant"
            + " as text: \"7\"",
        "3:30 people[0].age: expected a whole number, found text \"7\"; leave out the quotes"),
        summary(e));
  }

  @Test
  void aRequiredKeyGivenNoValueIsToldSo() {
    FormulationReadException e = refused("schema: sixps/1\npeople:\n  - id:\n    name: Amira\n");

    assertEquals(List.of("3:5 people[0]: the required key \"id\" has no value in a person; fill"
        + " it in"), summary(e));
  }
}
