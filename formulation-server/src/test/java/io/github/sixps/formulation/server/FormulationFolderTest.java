package io.github.sixps.formulation.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.PresentingIssue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormulationFolderTest {
  @TempDir Path dir;

  static Formulation sample(String title) {
    return Formulation.builder().id("F-1").title(title)
        .addPresenting(PresentingIssue.of("P1", "Amira says she feels sick most mornings."))
        .build();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void listsEveryFormulationFileWithBrokenOnesAndTheirLocatedProblems() throws Exception {
    write("ahmed.yaml", FormulationWriter.standard().write(sample("Ahmed"), FileFormat.YAML));
    write("begum.json", FormulationWriter.standard().write(sample("Begum"), FileFormat.JSON));
    write("broken.yml", "schema: sixps/1\ntitle: Broken\nnmae: x\n");
    write("notes.txt", "not a formulation");
    write(".hidden.yaml", "schema: sixps/1\n");
    Files.createDirectory(dir.resolve("sub.yaml"));

    List<StoredFormulation> all = FormulationFolder.open(dir).list();

    assertEquals(List.of("ahmed", "begum", "broken"), all.stream().map(StoredFormulation::id)
        .toList());
    assertEquals("Begum", all.get(1).formulation().orElseThrow().title());
    StoredFormulation broken = all.get(2);
    assertTrue(broken.formulation().isEmpty());
    assertEquals("broken.yml", broken.problems().get(0).source());
    assertEquals(3, broken.problems().get(0).line());
    assertTrue(broken.problems().get(0).message().contains("nmae"), broken.problems().toString());
    assertTrue(broken.text().contains("nmae: x"));
  }

  @Test
  void getsByFileNameStemWithAStrongDigestEtag() throws Exception {
    Path file = write("ahmed.yaml", FormulationWriter.standard().write(sample("A"),
        FileFormat.YAML));
    StoredFormulation s = FormulationFolder.open(dir).get("ahmed");
    assertEquals("ahmed.yaml", s.fileName());
    assertEquals(Files.readString(file), s.text());
    assertTrue(s.etag().matches("\"sha256-[A-Za-z0-9_-]{43}\""), s.etag());
    assertEquals(s.etag(), FormulationFolder.open(dir).get("ahmed").etag());
    assertEquals(Files.getLastModifiedTime(file).toInstant(), s.lastModified());
  }

  @Test
  void anUnknownIdSuggestsTheNearestOne() throws Exception {
    write("school-avoidance-ahmed.yaml", "schema: sixps/1\n");
    NoSuchElementException e = assertThrows(NoSuchElementException.class,
        () -> FormulationFolder.open(dir).get("school-avoidence-ahmed"));
    assertEquals("id: no formulation called school-avoidence-ahmed in the folder; did you mean"
        + " school-avoidance-ahmed?", e.getMessage());
  }

  @Test
  void putWritesAtomicallyInTheFilesOwnFormatWhenTheEtagMatches() throws Exception {
    write("begum.json", FormulationWriter.standard().write(sample("Begum"), FileFormat.JSON));
    FormulationFolder folder = FormulationFolder.open(dir);
    StoredFormulation before = folder.get("begum");

    StoredFormulation after = folder.put("begum", sample("Begum, revised"), before.etag());

    assertNotEquals(before.etag(), after.etag());
    assertEquals("Begum, revised", FormulationReader.standard().read(dir.resolve("begum.json"))
        .title());
    assertTrue(Files.readString(dir.resolve("begum.json")).startsWith("{"));
    try (var files = Files.list(dir)) {
      assertEquals(List.of("begum.json"), files.map(f -> f.getFileName().toString())
          .filter(n -> !n.equals(".formulation.lock")).toList(),
          "no temporary file left behind, only the folder's lock file");
    }
  }

  @Test
  void aNamedPipeIsListedWithAProblemAndNeverWritten() throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is missing");
    FormulationFolder folder = FormulationFolder.open(dir);
    StoredFormulation pipe = folder.get("pipe");
    assertTrue(pipe.problems().get(0).message().contains("not a plain file"));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> folder.put("pipe", sample("x"), pipe.etag()));
    assertTrue(e.getMessage().contains("not a plain file"), e.getMessage());
    assertFalse(Files.isRegularFile(fifo), "still a pipe");
  }

  @Test
  void aHardLinkIsTreatedAsASymbolicLinkIs(@TempDir Path outside) throws Exception {
    Path secret = Files.writeString(outside.resolve("secret.yaml"),
        "schema: sixps/1\ntitle: Outside the folder\n");
    try {
      Files.createLink(dir.resolve("linked.yaml"), secret);
    } catch (IOException | UnsupportedOperationException e) {
      // Two temporary folders on different file systems, or one without hard links.
      org.junit.jupiter.api.Assumptions.abort("no hard link here: " + e);
    }
    FormulationFolder folder = FormulationFolder.open(dir);
    StoredFormulation linked = folder.get("linked");
    assertTrue(linked.formulation().isEmpty());
    assertEquals("", linked.text());
    assertTrue(linked.problems().get(0).message().contains("hard link"));
    assertThrows(IllegalStateException.class,
        () -> folder.put("linked", sample("x"), linked.etag()));
    assertEquals("schema: sixps/1\ntitle: Outside the folder\n", Files.readString(secret));
  }

  @Test
  void anyVersionIsWhatIfMatchStarMeans() throws Exception {
    FormulationFolder folder = FormulationFolder.open(dir);
    folder.put("ahmed", sample("First"), null);
    assertEquals("Second", folder.put("ahmed", sample("Second"), FormulationFolder.ANY_VERSION)
        .formulation().orElseThrow().title());
    assertThrows(EditConflictException.class,
        () -> folder.put("nobody", sample("x"), FormulationFolder.ANY_VERSION));
  }

  @Test
  void putRefusesAStaleEtagAndCarriesTheVersionOnDisk() throws Exception {
    FormulationFolder folder = FormulationFolder.open(dir);
    StoredFormulation first = folder.put("ahmed", sample("Mine"), null);
    Files.writeString(dir.resolve("ahmed.yaml"), FormulationWriter.standard()
        .write(sample("Theirs"), FileFormat.YAML));
    byte[] onDisk = Files.readAllBytes(dir.resolve("ahmed.yaml"));

    EditConflictException e = assertThrows(EditConflictException.class,
        () -> folder.put("ahmed", sample("Mine again"), first.etag()));

    assertEquals("Theirs", e.current().orElseThrow().formulation().orElseThrow().title());
    assertArrayEquals(onDisk, Files.readAllBytes(dir.resolve("ahmed.yaml")), "nothing written");
  }

  @Test
  void putWithoutEtagOnlyCreates() throws Exception {
    FormulationFolder folder = FormulationFolder.open(dir);
    folder.put("ahmed", sample("First"), null);
    EditConflictException e = assertThrows(EditConflictException.class,
        () -> folder.put("ahmed", sample("Second"), null));
    assertEquals("First", e.current().orElseThrow().formulation().orElseThrow().title());
    assertThrows(EditConflictException.class,
        () -> folder.put("gone", sample("x"), "\"sha256-x\""));
  }

  @Test
  void createNamesTheFileForTheFormulationIdOrNumbersIt() throws Exception {
    FormulationFolder folder = FormulationFolder.open(dir);
    assertEquals("F-1.yaml", folder.create(sample("a")).fileName());
    assertEquals("formulation-1.yaml", folder.create(sample("b")).fileName());
    assertEquals("formulation-2.yaml", folder.create(
        sample("c").toBuilder().id("../../etc/passwd").build()).fileName());
  }

  @Test
  void refusesIdsThatCouldLeaveTheFolder() throws Exception {
    FormulationFolder folder = FormulationFolder.open(dir);
    for (String id : List.of("..", "../x", "a/b", "/etc/passwd", "a\\b", ".hidden", "a..b", "",
        "x.", "a\u0000b", "a b", "x".repeat(101))) {
      assertThrows(IllegalArgumentException.class, () -> folder.get(id), id);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> folder.put(id, sample("x"), null), id);
      assertTrue(e.getMessage().startsWith("id: "), e.getMessage());
    }
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
    for (String escaped : List.of("x.yaml", "passwd.yaml", "b.yaml")) {
      assertFalse(Files.exists(dir.getParent().resolve(escaped)), escaped);
    }
  }

  @Test
  void symbolicLinksAreListedWithAProblemButNeverReadOrWrittenThrough(@TempDir Path outside)
      throws Exception {
    Path secret = Files.writeString(outside.resolve("secret.yaml"),
        "schema: sixps/1\ntitle: Outside the folder\n");
    Files.createSymbolicLink(dir.resolve("link.yaml"), secret);
    Files.createSymbolicLink(dir.resolve("elsewhere.yaml"), outside);
    FormulationFolder folder = FormulationFolder.open(dir);

    StoredFormulation link = folder.get("link");
    assertTrue(link.formulation().isEmpty());
    assertEquals("", link.text());
    assertTrue(link.problems().get(0).message().contains("symbolic link"));
    assertEquals(1, folder.list().stream().filter(s -> s.id().equals("link")).count());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> folder.put("link", sample("x"), link.etag()));
    assertTrue(e.getMessage().contains("symbolic link"));
    assertEquals("schema: sixps/1\ntitle: Outside the folder\n", Files.readString(secret));
    assertTrue(Files.isSymbolicLink(dir.resolve("link.yaml")));
  }

  @Test
  void twoFilesWithOneStemAreBothListedAndNotGuessedBetween() throws Exception {
    write("ahmed.yaml", "schema: sixps/1\n");
    write("ahmed.json", "{\"schema\": \"sixps/1\"}");
    FormulationFolder folder = FormulationFolder.open(dir);
    List<StoredFormulation> all = folder.list();
    assertEquals(2, all.size());
    assertTrue(all.get(0).problems().get(0).message().contains("ahmed.json, ahmed.yaml"));
    assertThrows(IllegalStateException.class, () -> folder.get("ahmed"));
  }

  @Test
  void filesPastTheReadersSizeLimitAreNotRead() throws Exception {
    FormulationReader small = FormulationReader.builder()
        .limits(FormulationReader.standard().limits().withMaxBytes(100)).build();
    write("big.yaml", "schema: sixps/1\ntitle: " + "x".repeat(200) + "\n");
    StoredFormulation big = FormulationFolder.open(dir, small).get("big");
    assertTrue(big.problems().get(0).message().contains("larger than the 100 bytes"));
  }

  @Test
  void aFileNameThatCannotBeAnIdIsListedWithHowToRenameIt() throws Exception {
    write("my notes.yaml", "schema: sixps/1\n");
    StoredFormulation s = FormulationFolder.open(dir).list().get(0);
    assertTrue(s.problems().get(0).message().contains("rename it"));
    assertTrue(s.formulation().isEmpty());
  }

  @Test
  void openRefusesWhatIsNotAFolder() throws Exception {
    assertThrows(NoSuchFileException.class, () -> FormulationFolder.open(dir.resolve("none")));
    Path file = write("a.yaml", "x");
    assertThrows(NotDirectoryException.class, () -> FormulationFolder.open(file));
  }

  @Test
  void anUnreadableEncodingIsAProblemNotAnException() throws Exception {
    Files.write(dir.resolve("word.yaml"), "\u00ff\u00fe t\u0000i".getBytes(
        StandardCharsets.UTF_16LE));
    StoredFormulation s = FormulationFolder.open(dir).get("word");
    assertFalse(s.problems().isEmpty());
  }
}
