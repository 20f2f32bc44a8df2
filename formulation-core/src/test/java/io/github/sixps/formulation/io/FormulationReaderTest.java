package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the reader accepts: drafts, minor format versions, the usual file names, YAML text as it
 * is written and numbers however they are written; and that a fault in a parser still comes out
 * as a located problem.
 */
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
    for (String schema : new String[] {"sixps/1", "sixps/1.0", "sixps/1.1", "\"sixps/1.1\""}) {
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

  @Test
  void plainYamlScalarsInTextFieldsAreTheTextAsWritten() throws IOException {
    String yaml = "schema: sixps/1\n"
        + "id: 0417\n"
        + "title: no\n"
        + "framework: Yes\n"
        + "people:\n"
        + "  - id: on\n"
        + "    name: true\n"
        + "presenting:\n"
        + "  - id: P1\n"
        + "    statement: 12:30\n"
        + "  - id: P2\n"
        + "    statement: 1e3\n"
        + "  - id: P3\n"
        + "    statement: .inf\n"
        + "  - id: P4\n"
        + "    statement: 1_000\n"
        + "childsVoice:\n"
        + "  - child: y\n"
        + "    worries: [off, 0x1F, 3.50, -7, 2026-11-02]\n";

    Formulation f = READER.read(yaml, FileFormat.YAML, "x.yaml");

    assertEquals("0417", f.id());
    assertEquals("no", f.title());
    assertEquals(Optional.of("Yes"), f.framework());
    assertEquals("on", f.people().get(0).id());
    assertEquals("true", f.people().get(0).name());
    assertEquals(List.of("12:30", "1e3", ".inf", "1_000"), f.presenting().stream()
        .map(p -> p.statement()).collect(Collectors.toList()));
    assertEquals("y", f.childsVoice().get(0).child());
    assertEquals(List.of("off", "0x1F", "3.50", "-7", "2026-11-02"),
        f.childsVoice().get(0).worries());
  }

  @Test
  void nothingInYamlIsStillNothing() throws IOException {
    for (String nothing : new String[] {"", "~", "null", "Null", "NULL"}) {
      Formulation f = READER.read("schema: sixps/1\ntitle: " + nothing + "\n", FileFormat.YAML,
          "x.yaml");

      assertEquals("", f.title(), nothing);
    }
  }

  @Test
  void wholeNumbersMayBeWrittenWithADecimalPointOrAnExponent() throws IOException {
    String yaml = "schema: sixps/1\npeople:\n  - { id: a, age: 7.0 }\n  - { id: b, age: 7e0 }\n"
        + "  - { id: c, age: -0.0 }\n";
    String json = "{\"schema\": \"sixps/1\", \"people\": [{\"id\": \"a\", \"age\": 7.0},"
        + " {\"id\": \"b\", \"age\": 1e2}, {\"id\": \"c\", \"age\": 2147483647.000}]}";

    assertEquals(List.of(7, 7, 0), ages(READER.read(yaml, FileFormat.YAML, "x.yaml")));
    assertEquals(List.of(7, 100, Integer.MAX_VALUE),
        ages(READER.read(json, FileFormat.JSON, "x.json")));
  }

  private static List<Integer> ages(Formulation f) {
    return f.people().stream().map(p -> p.age().orElseThrow()).collect(Collectors.toList());
  }

  @Test
  void aNumberThatIsNotWholeOrDoesNotFitIsRefused() {
    String[][] cases = {
        {"7.5", "expected a whole number, found a decimal number (7.5)"},
        {"2147483648", "the number 2147483648 is too large; the largest is 2147483647"},
        {"-2147483649", "the number -2147483649 is too small; the smallest is -2147483648"},
        {"1e10", "the number 1e10 is too large; the largest is 2147483647"},
        {".inf", "expected a whole number, found \".inf\""},
        {"yes", "expected a whole number, found text \"yes\""}};
    for (String[] c : cases) {
      FormulationReadException e = assertThrows(FormulationReadException.class, () -> READER.read(
          "schema: sixps/1\npeople:\n  - id: a\n    age: " + c[0] + "\n", FileFormat.YAML,
          "x.yaml"));

      assertEquals(c[1], e.problem(), c[0]);
      assertEquals("people[0].age", e.path());
    }
  }

  @Test
  void theReviewDateKeyReadsTheSameQuotedOrNot() throws IOException {
    String plain = "schema: sixps/1\nreviews:\n  - on: 2026-11-30\n    by: jo\n";
    String quoted = "schema: sixps/1\nreviews:\n  - \"on\": 2026-11-30\n    by: jo\n";

    Formulation fromPlain = READER.read(plain, FileFormat.YAML, "old.yaml");

    assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), fromPlain.reviews().get(0).on());
    assertEquals(fromPlain, READER.read(quoted, FileFormat.YAML, "new.yaml"));
  }

  @Test
  void theStringTagKeepsTextAsText() throws IOException {
    Formulation f = READER.read("schema: sixps/1\ntitle: !!str 2026\n", FileFormat.YAML,
        "x.yaml");

    assertEquals("2026", f.title());
  }

  @Test
  void aLongPlainScalarWithEmojiIsRead() throws Exception {
    // The file on which SnakeYAML 2.3's reader threw IndexOutOfBoundsException (issue 14).
    Path file = Path.of(FormulationReaderTest.class.getResource("/regression/long-plain-scalar.yaml")
        .toURI());

    Formulation f = READER.read(file);

    assertEquals("closed", f.status().name().toLowerCase(Locale.ROOT));
  }

  @Test
  void aFaultInTheParserComesOutAsALocatedProblem() throws IOException {
    String yaml = "schema: sixps/1\ntitle: Ahmed family\nstatus: draft\n";
    for (RuntimeException fault : new RuntimeException[] {
        new IndexOutOfBoundsException("Range [1024, 1024 + 1) out of bounds for length 1024"),
        new IllegalStateException("broken"), new NullPointerException()}) {
      JsonParser faulty = failingAtThirdValue(yaml, fault);

      FormulationReadException e = assertThrows(FormulationReadException.class, () -> READER.read(
          faulty, SourceText.of(yaml), FileFormat.YAML, "faulty.yaml"));

      assertEquals("faulty.yaml", e.source());
      assertEquals(2, e.line(), e.getMessage());
      assertEquals(8, e.column(), e.getMessage());
      assertEquals("the YAML parser failed while reading here (" + fault.getClass().getSimpleName()
          + "); this is a fault in the parser, not in the file: please report it, with the file"
          + " if you can", e.problem());
      assertEquals(fault, e.getCause());
    }
  }

  /**
   * A real YAML parser over the text, which throws the fault when asked for the token after the
   * second value, so that the cursor stands on that value when the fault comes.
   */
  private static JsonParser failingAtThirdValue(String yaml, RuntimeException fault)
      throws IOException {
    JsonParser real = new com.fasterxml.jackson.dataformat.yaml.YAMLFactory().createParser(yaml);
    return new JsonParserDelegate(real) {
      private int values;

      @Override
      public JsonToken nextToken() throws IOException {
        if (values == 2) {
          throw fault;
        }
        JsonToken token = super.nextToken();
        if (token != null && token.isScalarValue()) {
          values++;
        }
        return token;
      }
    };
  }
}
