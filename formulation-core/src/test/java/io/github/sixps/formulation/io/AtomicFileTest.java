package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every writer that goes through {@link AtomicFile} counts on: the hidden, marked name the
 * command line sweeps by, nothing left behind when a write fails, and no temporary file made
 * again once it has been deleted.
 */
class AtomicFileTest {
  @TempDir
  Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void theTemporaryFileIsHiddenBesideTheTargetAndCarriesTheMark() throws IOException {
    Path target = dir.resolve("ahmed.yaml");
    try (AtomicFile file = AtomicFile.beside(target, ".mine-7-")) {
      String name = file.temporary().getFileName().toString();
      assertTrue(name.matches("\\.ahmed\\.yaml\\.mine-7-[0-9]+\\.tmp"), name);
      assertEquals(dir.toAbsolutePath(), file.temporary().getParent());
      assertEquals(target.toAbsolutePath(), file.target());
      file.write("new".getBytes(StandardCharsets.UTF_8));
      assertFalse(Files.exists(target), "nothing is in place before the move");
      file.moveIntoPlace();
    }
    assertEquals("new", Files.readString(target));
    assertEquals(List.of("ahmed.yaml"), names());
  }

  @Test
  void aMoveThatFailsLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
    Path target = Files.createDirectory(dir.resolve("ahmed.yaml"));
    Files.writeString(target.resolve("inside"), "kept");
    AtomicFile file = AtomicFile.beside(target, "");
    try (file) {
      file.write("new".getBytes(StandardCharsets.UTF_8));
      assertThrows(IOException.class, file::moveIntoPlace);
    }
    assertFalse(Files.exists(file.temporary()));
    assertEquals("kept", Files.readString(target.resolve("inside")));
    assertEquals(List.of("ahmed.yaml"), names());
  }

  @Test
  void aTemporaryFileDeletedMeanwhileIsNotMadeAgain() throws IOException {
    try (AtomicFile file = AtomicFile.beside(dir.resolve("ahmed.yaml"), "")) {
      Files.delete(file.temporary());
      assertThrows(NoSuchFileException.class,
          () -> file.write("new".getBytes(StandardCharsets.UTF_8)));
    }
    assertEquals(List.of(), names());
  }

  @Test
  void aMarkThatIsAPathIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> AtomicFile.beside(dir.resolve("ahmed.yaml"), "/../elsewhere-"));
    assertThrows(NullPointerException.class, () -> AtomicFile.beside(null, ""));
  }

  @Test
  void ifAbsentAFileMadeMeanwhileIsKeptAndTheWriteRefused() throws IOException {
    Path target = dir.resolve("ahmed.yaml");
    AtomicFile file = AtomicFile.beside(target, "");
    try (file) {
      file.write("new".getBytes(StandardCharsets.UTF_8));
      // Another program makes the file after the caller looked and before the move.
      Files.writeString(target, "theirs");
      assertThrows(FileAlreadyExistsException.class, file::moveIntoPlaceIfAbsent);
    }
    assertEquals("theirs", Files.readString(target));
    assertEquals(List.of("ahmed.yaml"), names(), "no temporary file is left");
  }

  @Test
  void ifAbsentANewFileIsMadeWholeWithNothingLeftBehind() throws IOException {
    Path target = dir.resolve("ahmed.yaml");
    try (AtomicFile file = AtomicFile.beside(target, "")) {
      file.write("new".getBytes(StandardCharsets.UTF_8));
      file.moveIntoPlaceIfAbsent();
    }
    assertEquals("new", Files.readString(target));
    assertEquals(List.of("ahmed.yaml"), names());
    assertEquals(1, Files.getAttribute(target, "unix:nlink"), "the new file's only name");
  }

  @Test
  void aFailedWriteNamesTheFileAskedForNeverTheTemporaryOne() throws IOException {
    Path missing = dir.resolve("no-such-folder").resolve("ahmed.yaml");
    NoSuchFileException noFolder = assertThrows(NoSuchFileException.class,
        () -> AtomicFile.beside(missing, ""));
    assertEquals(missing.toString(), noFolder.getFile());

    Path target = dir.resolve("ahmed.yaml");
    try (AtomicFile file = AtomicFile.beside(target, ".mine-")) {
      Files.delete(file.temporary());
      NoSuchFileException gone = assertThrows(NoSuchFileException.class,
          () -> file.write(new byte[] {1}));
      assertEquals(target.toString(), gone.getFile());
      assertFalse(gone.getMessage().contains(".tmp"), gone.getMessage());
      java.nio.file.FileSystemException move = assertThrows(
          java.nio.file.FileSystemException.class, file::moveIntoPlace);
      assertEquals(target.toString(), move.getFile());
      assertFalse(move.getMessage().contains(".tmp"), move.getMessage());
    }
  }

  @Test
  void theFormulationWriterNamesTheFileAskedFor() {
    Path missing = dir.resolve("gone").resolve("ahmed.yaml");
    NoSuchFileException e = assertThrows(NoSuchFileException.class,
        () -> FormulationWriter.standard().write(
            io.github.sixps.formulation.model.Formulation.builder().build(), missing));
    assertEquals(missing.toString(), e.getFile());
  }
}
