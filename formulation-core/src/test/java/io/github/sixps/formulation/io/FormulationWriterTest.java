package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text that a YAML reader would quietly change, written so that it comes back as it was: the
 * cases the round-trip properties meet only now and then.
 */
class FormulationWriterTest {
  private static final FormulationWriter WRITER = FormulationWriter.standard();
  private static final FormulationReader READER = FormulationReader.standard();

  private static Formulation saying(String statement) {
    return Formulation.builder().id("F-1").title("Kim")
        .addFactor(Factor.of(FactorKind.PROTECTIVE, "S1", statement)).build();
  }

  private static String statementBack(String yaml) throws FormulationReadException {
    return READER.read(yaml, FileFormat.YAML, "t.yaml").find("S1", Factor.class).orElseThrow()
        .statement();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0007", "\u001B", "\u007F", "\u0085", "\u009F", "\u2028", "\u2029",
      "\uFEFF", "\r"})
  void aLineBreakBesideAControlCharacterComesBackFromYamlAsItWas(String odd) throws Exception {
    String statement = "Kim's aunt helps.\nShe visits" + odd + " on Tuesdays.";
    String yaml = WRITER.write(saying(statement), FileFormat.YAML);
    assertEquals(statement, statementBack(yaml), yaml);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kim's aunt helps.\nShe visits on Tuesdays.",
      "Two\nlines", "Zoë\nnaïve\n"})
  void ordinaryLinesStayAReadableBlock(String statement) throws Exception {
    String yaml = WRITER.write(saying(statement), FileFormat.YAML);
    assertEquals(statement, statementBack(yaml), yaml);
    assertFalse(yaml.contains("\\n"), "no escaped line breaks where a block will do:\n" + yaml);
  }

  @Test
  void jsonEndsWithOneLineBreakAndYamlWithNoBlankLine() {
    String json = WRITER.write(saying("Kim's aunt helps."), FileFormat.JSON);
    assertTrue(json.endsWith("}\n"), json);
    String yaml = WRITER.write(saying("Kim's aunt helps."), FileFormat.YAML);
    assertTrue(yaml.endsWith("\n") && !yaml.endsWith("\n\n"), yaml);
  }

  @Test
  void aFileIsWrittenInTheFormatItsNameSaysAndReplacedWhole(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("kim.json");
    WRITER.write(saying("Kim's aunt helps."), json);
    assertEquals(WRITER.write(saying("Kim's aunt helps."), FileFormat.JSON),
        Files.readString(json));
    WRITER.write(saying("Kim's aunt visits."), json);
    assertEquals(saying("Kim's aunt visits."), READER.read(json));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
    Path yaml = dir.resolve("kim.yaml");
    WRITER.write(saying("Kim's aunt helps."), yaml);
    assertEquals(saying("Kim's aunt helps."), READER.read(yaml));
  }

  @Test
  void aDateNoFileCouldGiveBackIsRefusedByName() throws Exception {
    Formulation f = saying("Kim's aunt helps.").toBuilder()
        .formulatedOn(java.time.LocalDate.of(10_000, 1, 1)).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WRITER.write(f, FileFormat.YAML));
    assertTrue(e.getMessage().contains("formulatedOn +10000-01-01"), e.getMessage());
    assertTrue(e.getMessage().contains("0000 to 9999"), e.getMessage());
    // The last year a file holds is written and read back.
    Formulation last = f.toBuilder().formulatedOn(java.time.LocalDate.of(9999, 12, 31)).build();
    assertEquals(last, READER.read(WRITER.write(last, FileFormat.YAML), FileFormat.YAML, "last"));
  }

  @Test
  void writeNewMakesANewFileAndNeverReplacesOne(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("kim.yaml");
    WRITER.writeNew(saying("Kim's aunt helps."), yaml);
    assertEquals(saying("Kim's aunt helps."), READER.read(yaml));
    assertThrows(FileAlreadyExistsException.class,
        () -> WRITER.writeNew(saying("Kim's aunt visits."), yaml));
    assertEquals(saying("Kim's aunt helps."), READER.read(yaml), "the file is as it was");
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void aNewFileIsReadableByOthersAndAReplacedOneKeepsItsPermissions(@TempDir Path dir)
      throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "this file system has no POSIX permissions to keep");
    Path fresh = dir.resolve("fresh.yaml");
    WRITER.write(saying("Kim's aunt helps."), fresh);
    assertEquals("rw-r--r--",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    Path kept = dir.resolve("kept.yaml");
    Files.writeString(kept, "old");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-------"));
    WRITER.write(saying("Kim's aunt helps."), kept);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
  }
}
