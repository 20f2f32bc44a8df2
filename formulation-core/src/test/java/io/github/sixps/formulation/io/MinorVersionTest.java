package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.EventDate;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The format's minor versions: version 1.1 (the chronology and the family tree) is read by this
 * reader and refused by name by the reader of 1.0; a file says the version it needs; the writer
 * writes the lowest version that holds what a formulation records.
 */
class MinorVersionTest {
  private static final FormulationReader READER = FormulationReader.standard();
  private static final FormulationReader READER_1_0 = FormulationReader.builder().readsUpTo(0)
      .build();
  private static final FormulationWriter WRITER = FormulationWriter.standard();

  private static final String VERSION_1_1 = """
      schema: sixps/1.1
      title: Ahmed and family
      people:
        - id: amira
          name: Amira
          born: 2017-05
          language: ur
      events:
        - id: E1
          date: about 2019
          what: Amira started at Riverside Primary.
      """;

  @Test
  void theReaderOf1_0RefusesA1_1FileByNameAndNothingElse() {
    FormulationReadException e = assertThrows(FormulationReadException.class,
        () -> READER_1_0.read(VERSION_1_1, FileFormat.YAML, "ahmed.yaml"));

    assertEquals(List.of("ahmed.yaml:1:9: schema: this file is in format sixps/1.1, which is"
        + " newer than this version of SixPs reads (sixps/1 (1.0)); update SixPs to read it"),
        e.problems().stream().map(ReadProblem::toString).toList());
  }

  @Test
  void theReaderOf1_0RefusesByNameWhereverTheSchemaKeyIs() {
    String json = "{\"events\": [{\"id\": \"E1\", \"date\": \"2019\"}], \"tittle\": \"x\","
        + " \"schema\": \"sixps/1.1\"}";

    FormulationReadException e = assertThrows(FormulationReadException.class,
        () -> READER_1_0.read(json, FileFormat.JSON, "ahmed.json"));

    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(e.problem().startsWith("this file is in format sixps/1.1, which is newer"),
        e.getMessage());
  }

  @Test
  void theReaderOf1_0KnowsNoKeyOf1_1() {
    FormulationReadException e = assertThrows(FormulationReadException.class,
        () -> READER_1_0.read("schema: sixps/1\nevents: []\n", FileFormat.YAML, "x.yaml"));

    assertTrue(e.problem().startsWith("unknown key \"events\" in a formulation; the keys are"
        + " schema,"), e.getMessage());
    assertTrue(!e.problem().contains("family"), e.getMessage());
  }

  @Test
  void thisReaderReads1_1() throws Exception {
    Formulation f = READER.read(VERSION_1_1, FileFormat.YAML, "ahmed.yaml");

    assertEquals(EventDate.year(2019).approximately(), f.events().get(0).date());
    assertEquals(EventDate.month(2017, 5), f.people().get(0).born().orElseThrow());
    assertEquals("ur", f.people().get(0).language().orElseThrow());
  }

  @Test
  void everyKeyOf1_1ThatAFile1_0GivesIsReportedWhereItIs() {
    String yaml = """
        schema: sixps/1
        people:
          - id: amira
            gender: female
        predisposing:
          - id: D1
            events: [E1]
        childsVoice:
          - child: amira
            language: ur
        """;

    FormulationReadException e = assertThrows(FormulationReadException.class,
        () -> READER.read(yaml, FileFormat.YAML, "x.yaml"));

    assertEquals(List.of("people[0].gender", "predisposing[0].events", "childsVoice[0].language"),
        e.problems().stream().map(ReadProblem::path).toList(), e.getMessage());
    assertEquals(List.of(4, 7, 10), e.problems().stream().map(ReadProblem::line).toList());
    assertTrue(e.problem().endsWith("write schema: sixps/1.1 at its top"), e.getMessage());
  }

  @Test
  void emptyKeysOf1_1NeedNo1_1() throws Exception {
    String yaml = "schema: sixps/1\nevents: []\nfamily: {}\npeople:\n  - id: a\n    born:\n";

    Formulation f = READER.read(yaml, FileFormat.YAML, "x.yaml");

    assertEquals("schema: sixps/1\nid: \"\"\nstatus: draft\npeople:\n  - id: a\n",
        WRITER.write(f, FileFormat.YAML));
  }

  @Test
  void theWriterWrites1_0UnlessAKeyOf1_1IsUsed() {
    Formulation plain = Formulation.builder().id("F1")
        .people(List.of(Person.of("amira", "Amira", PersonRole.CHILD).withAge(9))).build();
    Formulation withBirth = plain.toBuilder()
        .people(List.of(plain.people().get(0).withBorn(EventDate.year(2017)))).build();
    Formulation withEvent = plain.toBuilder().addEvent(Event.builder("E1",
        EventDate.day(LocalDate.of(2019, 3, 14))).what("Amira started school.").build()).build();

    assertTrue(WRITER.write(plain, FileFormat.YAML).startsWith("schema: sixps/1\n"));
    assertTrue(WRITER.write(withBirth, FileFormat.YAML).startsWith("schema: sixps/1.1\n"));
    assertTrue(WRITER.write(withEvent, FileFormat.JSON).startsWith("{\n  \"schema\": \"sixps/1.1\""));
  }

  @Test
  void datesAreWrittenAsPeopleSayThemAndInQuotesWhereYamlWouldReadAnotherType() throws Exception {
    Formulation f = Formulation.builder().id("F1")
        .events(List.of(
            Event.builder("E1", EventDate.year(2019)).build(),
            Event.builder("E2", EventDate.month(2019, 3)).build(),
            Event.builder("E3", EventDate.day(LocalDate.of(2019, 3, 14))).build(),
            Event.builder("E4", EventDate.month(2015, 9).approximately()).build()))
        .build();

    String yaml = WRITER.write(f, FileFormat.YAML);

    assertTrue(yaml.contains("date: \"2019\"\n"), yaml);
    assertTrue(yaml.contains("date: \"2019-03\"\n"), yaml);
    assertTrue(yaml.contains("date: \"2019-03-14\"\n"), yaml);
    assertTrue(yaml.contains("date: about 2015-09\n"), yaml);
    assertEquals(f, READER.read(yaml, FileFormat.YAML, "x.yaml"));
  }

  @Test
  void theWriterRefusesAnEventDateNoFileHolds() {
    Formulation f = Formulation.builder()
        .addEvent(Event.builder("E1", EventDate.year(12019)).build()).build();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WRITER.write(f, FileFormat.YAML));

    assertTrue(e.getMessage().contains("events[E1].date 12019"), e.getMessage());
  }
}
