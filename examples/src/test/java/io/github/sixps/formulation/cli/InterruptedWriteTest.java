package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.AHMED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real run of the command line stopped during its final write, when the whole document is in
 * its temporary file and not yet in place ({@link HoldingWrite} holds it there): by Ctrl-C, by a
 * termination signal, and by a kill that leaves no chance to clean up, after which the next run
 * cleans up instead.
 */
class InterruptedWriteTest {
  @TempDir
  Path dir;

  /** A run held at its final write, and the temporary file it holds. */
  private record Held(Process process, Path temp, BufferedReader err) {
    String rest() throws IOException {
      return err.lines().collect(Collectors.joining("\n"));
    }
  }

  private Held renderAndHold(Path out, String format) throws IOException {
    Process p = ChildJvm.start(List.of("-XX:TieredStopAtLevel=1"), HoldingWrite.class, dir,
        "render", AHMED.toAbsolutePath().toString(), "--to", format, "--out", out.toString());
    p.getOutputStream().close();
    BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(),
        StandardCharsets.UTF_8));
    String line;
    StringBuilder before = new StringBuilder();
    while ((line = err.readLine()) != null) {
      if (line.startsWith("holding ")) {
        return new Held(p, Path.of(line.substring("holding ".length())), err);
      }
      before.append(line).append('\n');
    }
    throw new AssertionError("the run ended before its final write: " + before);
  }

  private void stoppedBy(String signal, int code) throws Exception {
    Path out = dir.resolve("handouts");
    Held held = renderAndHold(out, "pdf");
    assertTrue(Files.size(held.temp()) > 10_000, "the whole PDF is in the temporary file");
    assertTrue(held.temp().getFileName().toString().startsWith(".school-avoidance-ahmed.pdf."),
        held.temp().toString());
    ChildJvm.signal(held.process(), signal);
    assertTrue(held.process().waitFor(60, TimeUnit.SECONDS), "it stops");
    assertEquals(code, held.process().exitValue());
    assertEquals("formulation: stopped before it had finished; no half-written file is left "
        + "behind.", held.rest());
    assertFalse(Files.exists(held.temp()), "the temporary file is removed");
    assertFalse(Files.exists(out), "and so is the folder it made for it");
    assertEquals(List.of(), NothingLostTest.filesIn(dir));
  }

  @Test
  void ctrlCRemovesTheTemporaryFileAndTheFolderItMade() throws Exception {
    stoppedBy("INT", 130);
  }

  @Test
  void terminationRemovesTheTemporaryFileAndTheFolderItMade() throws Exception {
    stoppedBy("TERM", 143);
  }

  @Test
  void theNextRunRemovesWhatAKilledRunLeft() throws Exception {
    Path out = Files.createDirectory(dir.resolve("out"));
    Held held = renderAndHold(out, "md");
    held.process().destroyForcibly();
    assertTrue(held.process().waitFor(60, TimeUnit.SECONDS));
    assertTrue(Files.exists(held.temp()), "a killed process cleans up nothing");

    CommandLineTest.Result again = CommandLineTest.run("render", AHMED.toString(), "--to", "md",
        "--out", out.toString());
    assertEquals(0, again.code(), again.err());
    assertEquals(List.of(OwnOutputs.NAME, "school-avoidance-ahmed.md"),
        NothingLostTest.filesIn(out), "the document, and the list that says it is render's");
  }
}
