package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading leniently, for a rolling upgrade: a file of a newer minor version is read, each key
 * this version does not know is a warning with its place, and the keys go back where they were,
 * under the file's own version, when the formulation is written again.
 */
class LenientReadTest {
  private static final FormulationReader READER = FormulationReader.standard();
  private static final FormulationWriter WRITER = FormulationWriter.standard();

  private static final String NEWER = """
      schema: sixps/1.3
      id: ahmed
      title: Ahmed and family
      consent: { given: true, on: 2027-03-01 }
      people:
        - id: amira
          name: Amira
          pronouns: she/her
      plan:
        actions:
          - id: A1
            action: Farida walks Amira to school.
          - id: A2
            action: School gives Amira a calm start.
            cost: 120
            tags: [school, mornings]
      """;

  @Test
  void aNewerMinorVersionIsReadWithAWarningForEachKeyItDoesNotKnow() throws Exception {
    LenientRead read = READER.readLeniently(NEWER, FileFormat.YAML, "ahmed.yaml");

    assertEquals("Ahmed and family", read.formulation().title());
    assertEquals(List.of("ahmed.yaml:1:9: schema: this file is in format sixps/1.3, newer than"
        + " this version of SixPs reads (sixps/1.1 and earlier); it was read leniently, and each"
        + " key this version does not know is kept as written (update SixPs to read it whole)",
        "ahmed.yaml:4:1: consent: \"consent\" in a formulation is not a key this version of"
        + " SixPs knows; it is kept as written",
        "ahmed.yaml:8:5: people[0].pronouns: \"pronouns\" in a person is not a key this version"
        + " of SixPs knows; it is kept as written",
        "ahmed.yaml:15:7: plan.actions[1].cost: \"cost\" in an action is not a key this version"
        + " of SixPs knows; it is kept as written",
        "ahmed.yaml:16:7: plan.actions[1].tags: \"tags\" in an action is not a key this version"
        + " of SixPs knows; it is kept as written"),
        read.warnings().stream().map(ReadProblem::toString).toList());
    assertEquals(List.of("consent", "people[0].pronouns", "plan.actions[1].cost",
        "plan.actions[1].tags"), List.copyOf(read.unknownKeys().values().keySet()));
    assertEquals(Map.of("given", true, "on", "2027-03-01"),
        read.unknownKeys().values().get("consent"));
    assertEquals(BigInteger.valueOf(120), read.unknownKeys().values().get("plan.actions[1].cost"));
  }

  @Test
  void theKeysGoBackWhereTheyWereUnderTheFilesOwnVersion() throws Exception {
    for (FileFormat format : FileFormat.values()) {
      LenientRead read = READER.readLeniently(NEWER, FileFormat.YAML, "ahmed.yaml");
      Formulation edited = read.formulation().toBuilder().title("Amira and family").build();

      String written = WRITER.write(edited, format, read.unknownKeys());
      LenientRead again = READER.readLeniently(written, format, "again." + format.extension());

      assertTrue(written.contains("sixps/1.3"), written);
      assertEquals(edited, again.formulation(), written);
      assertEquals(read.unknownKeys().values(), again.unknownKeys().values(), written);
      assertEquals(read.unknownKeys(), again.unknownKeys(), written);
      assertEquals(written, WRITER.write(again.formulation(), format, again.unknownKeys()));
    }
  }

  @Test
  void aNewerFileWithNoKeyOfItsOwnIsNotRelabelled() throws Exception {
    LenientRead read = READER.readLeniently("schema: sixps/1.2\ntitle: Ahmed\n", FileFormat.YAML,
        "ahmed.yaml");

    assertEquals(1, read.warnings().size(), read.warnings().toString());
    assertTrue(WRITER.write(read.formulation(), FileFormat.YAML, read.unknownKeys())
        .startsWith("schema: sixps/1.2\n"));
  }

  @Test
  void aKeyWhoseObjectIsTakenOutGoesWithIt() throws Exception {
    LenientRead read = READER.readLeniently(NEWER, FileFormat.YAML, "ahmed.yaml");
    io.github.sixps.formulation.model.Plan plan = read.formulation().plan();
    Formulation fewer = read.formulation().toBuilder().plan(new io.github.sixps.formulation.model
        .Plan(plan.goals(), com.google.common.collect.ImmutableList.of(plan.actions().get(0)),
        plan.nextReview())).build();

    String written = WRITER.write(fewer, FileFormat.YAML, read.unknownKeys());

    assertTrue(!written.contains("cost") && written.contains("pronouns"), written);
  }

  @Test
  void theStrictReaderStillRefusesTheNewerFileByName() {
    FormulationReadException e = assertThrows(FormulationReadException.class,
        () -> READER.read(NEWER, FileFormat.YAML, "ahmed.yaml"));

    assertTrue(e.problem().startsWith("this file is in format sixps/1.3, which is newer"),
        e.getMessage());
  }

  @Test
  void aFileOfThisVersionIsReadAsStrictlyAsEver() {
    String typo = "schema: sixps/1.1\ntitle: Ahmed\npeople:\n  - id: amira\n    nmae: Amira\n";

    FormulationReadException e = assertThrows(FormulationReadException.class,
        () -> READER.readLeniently(typo, FileFormat.YAML, "ahmed.yaml"));

    assertEquals(List.of("ahmed.yaml:5:5: people[0].nmae: unknown key \"nmae\" in a person;"
        + " did you mean \"name\"?"), e.problems().stream().map(ReadProblem::toString).toList());
  }

  @Test
  void aNewerMajorVersionIsRefusedEvenLeniently() {
    FormulationReadException e = assertThrows(FormulationReadException.class,
        () -> READER.readLeniently("schema: sixps/2\ntitle: x\n", FileFormat.YAML, "x.yaml"));

    assertTrue(e.problem().contains("cannot read"), e.getMessage());
  }
}
