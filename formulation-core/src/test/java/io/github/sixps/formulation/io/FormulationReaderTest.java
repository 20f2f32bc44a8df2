package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.FormulationStatus;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.Plan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader accepts: drafts, minor format versions and the usual file names. */
class FormulationReaderTest {
  private static final FormulationReader READER = FormulationReader.standard();

  @TempDir
  Path dir;

  @Test
  void keyGivenWithNoValueReadsAsAbsent() throws IOException {
    String yaml = "schema: sixps/1\n"
        + "title:\n"
        + "status:\n"
        + "framework:\n"
        + "people:\n"
        + "  - id: ahmed\n"
        + "    role:\n"
        + "    age:\n"
        + "plan:\n"
        + "  actions:\n"
        + "    - id: a1\n"
        + "      owner:\n"
        + "      due:\n"
        + "      measure:\n"
        + "      status: ~\n";

    Formulation f = READER.read(yaml, FileFormat.YAML, "draft.yaml");

    assertEquals("", f.title());
    assertEquals(FormulationStatus.DRAFT, f.status());
    assertEquals(Optional.empty(), f.framework());
    Person ahmed = f.people().get(0);
    assertEquals(Optional.empty(), ahmed.role());
    assertEquals(Optional.empty(), ahmed.age());
    Action a1 = f.plan().actions().get(0);
    assertEquals(Optional.empty(), a1.owner());
    assertEquals(Optional.empty(), a1.due());
    assertEquals(Optional.empty(), a1.measure());
    assertEquals(ActionStatus.NOT_STARTED, a1.status());
  }

  @Test
  void emptyObjectKeyReadsAsAbsent() throws IOException {
    Formulation f = READER.read("schema: sixps/1\nplan:\nhypothesis:\n", FileFormat.YAML, "x.yaml");

    assertEquals(Plan.empty(), f.plan());
    assertEquals(Optional.empty(), f.hypothesis());
  }

  @Test
  void quotedEmptyTextStaysText() throws IOException {
    String yaml = "schema: sixps/1\nplan:\n  actions:\n    - id: a1\n      measure: ''\n";

    Action a1 = READER.read(yaml, FileFormat.YAML, "x.yaml").plan().actions().get(0);

    assertEquals(Optional.of(""), a1.measure());
  }

  @Test
  void jsonNullReadsAsAbsent() throws IOException {
    String json = "{\"schema\": \"sixps/1\", \"title\": null, \"plan\": {\"actions\": ["
        + "{\"id\": \"a1\", \"due\": null, \"measure\": null}]}}";

    Formulation f = READER.read(json, FileFormat.JSON, "x.json");

    assertEquals("", f.title());
    assertEquals(Optional.empty(), f.plan().actions().get(0).due());
    assertEquals(Optional.empty(), f.plan().actions().get(0).measure());
  }

  @Test
  void minorVersionOfTheFormatIsAccepted() throws IOException {
    for (String schema : new String[] {"sixps/1", "sixps/1.0", "sixps/1.3", "\"sixps/1.12\""}) {
      Formulation f = READER.read("schema: " + schema + "\ntitle: Ahmed and family\n",
          FileFormat.YAML, "x.yaml");

      assertEquals("Ahmed and family", f.title(), schema);
    }
  }

  @Test
  void smallestFormulationIsTheSchemaAlone() throws IOException {
    Formulation f = READER.read("{\"schema\": \"sixps/1\"}", FileFormat.JSON, "x.json");

    assertEquals("", f.id());
    assertEquals(FormulationStatus.DRAFT, f.status());
    assertTrue(f.people().isEmpty());
    assertEquals(Plan.empty(), f.plan());
  }

  @Test
  void readsByFileNameEnding() throws IOException {
    String yaml = "schema: sixps/1\ntitle: Ahmed and family\nformulatedOn: 2026-11-02\n";
    String json = "{\"schema\": \"sixps/1\", \"title\": \"Ahmed and family\","
        + " \"formulatedOn\": \"2026-11-02\"}";
    for (String name : new String[] {"a.yaml", "b.yml", "C.YML", "d.json", "E.JSON"}) {
      Path file = Files.writeString(dir.resolve(name), name.toLowerCase(Locale.ROOT).endsWith("json")
          ? json : yaml);

      Formulation f = READER.read(file);

      assertEquals("Ahmed and family", f.title(), name);
      assertEquals(Optional.of(LocalDate.of(2026, 11, 2)), f.formulatedOn(), name);
    }
  }

  @Test
  void unknownFileNameEndingIsAnError() throws IOException {
    for (String name : new String[] {"ahmed.txt", "ahmed", "ahmed.yaml.bak"}) {
      Path file = Files.writeString(dir.resolve(name), "schema: sixps/1\n");

      FormulationReadException e =
          assertThrows(FormulationReadException.class, () -> READER.read(file));

      assertEquals(file.toString(), e.source());
      assertEquals(0, e.line());
      assertEquals(0, e.column());
      assertEquals("", e.path());
      assertEquals(file + ": cannot tell the format from the file name; name it .yaml, .yml or"
          + " .json", e.getMessage());
    }
  }

  @Test
  void readsFromAStreamWithoutClosingIt() throws IOException {
    byte[] yaml = "schema: sixps/1\ntitle: Ahmed and family\n".getBytes(StandardCharsets.UTF_8);
    boolean[] closed = {false};
    ByteArrayInputStream in = new ByteArrayInputStream(yaml) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    Formulation f = READER.read(in, FileFormat.YAML, "stdin");

    assertEquals("Ahmed and family", f.title());
    assertFalse(closed[0]);
  }
}
