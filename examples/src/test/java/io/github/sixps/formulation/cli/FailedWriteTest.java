package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.WORKED;
import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.cli.CommandLineTest.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails is reported against the file the user asked for, never the hidden
 * temporary file beside it, with the reason in words, and said once: a run whose every file
 * fails for one reason gives one line naming the first file and one line counting the rest.
 * The failure is made by taking each temporary file away just before it is moved into place.
 */
class FailedWriteTest {
  @TempDir
  Path dir;

  @AfterEach
  void writeNormallyAgain() {
    Outputs.beforeMove = temp -> { };
  }

  private static void failEveryWrite() {
    Outputs.beforeMove = temp -> {
      try {
        Files.delete(temp);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  @Test
  void oneFileNamesTheFileAskedFor() {
    failEveryWrite();
    Path worksheet = dir.resolve("worksheet.pdf");
    Result r = run("blank", "--to", "pdf", "--out", worksheet.toString());
    assertEquals(4, r.code(), r.err());
    assertEquals(worksheet + ": could not write: no such file or folder\n", r.err());
  }

  @Test
  void manyFilesThatFailForOneReasonAreOneLineAndACount() throws IOException {
    List<Path> inputs = CommandLineTest.workedFiles();
    failEveryWrite();
    Path out = dir.resolve("handouts");
    Result r = run("render", WORKED.toString(), "--to", "md", "--out", out.toString());
    assertEquals(4, r.code(), r.err());
    List<String> lines = r.err().lines().filter(l -> !l.matches("^\\[[0-9]+/[0-9]+\\] .*"))
        .toList();
    assertEquals(2, lines.size(), r.err());
    assertTrue(lines.get(0).matches(java.util.regex.Pattern.quote(out.toString())
        + "/.*\\.md: could not write: no such file or folder"), lines.get(0));
    assertEquals("formulation: " + (inputs.size() - 1) + " more files could not be written for"
        + " the same reason: no such file or folder", lines.get(1));
    assertFalse(r.err().contains(".tmp"), r.err());
  }
}
