package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.cli.CommandLineTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blaming words do not reach a family unmarked: the flawed teaching example's family version is
 * refused, with each word to change, unless --allow-findings is given, and then the document
 * says at the top that it is not ready to give.
 */
class FamilyWordsCommandTest {
  private static final String FLAWED =
      Path.of("src/main/resources/teaching/flawed-thornton.yaml").toString();

  @TempDir
  Path dir;

  @Test
  void aFamilysVersionWithBlamingWordsIsRefusedAndNothingIsWritten() throws IOException {
    Result r = run("render", FLAWED, "--to", "html", "--audience", "family", "--out",
        dir.toString());
    assertEquals(ExitCode.FINDINGS, r.code(), r.err());
    assertTrue(r.err().contains("chaotic"), r.err());
    assertTrue(r.err().contains("--allow-findings"), r.err());
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "nothing written");
    }
  }

  @Test
  void allowFindingsWritesItWithABannerForThePractitioner() throws IOException {
    Result r = run("render", FLAWED, "--to", "html", "--audience", "family", "--allow-findings",
        "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    String html = Files.readString(dir.resolve("flawed-thornton-family.html"));
    assertTrue(html.contains("For the practitioner: some words in this version can read as"
        + " blaming or labelling."), html);
  }

  @Test
  void thePractitionersRecordIsNotRefused() {
    Result r = run("render", FLAWED, "--to", "md", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertFalse(r.err().contains("--allow-findings"), r.err());
  }
}
