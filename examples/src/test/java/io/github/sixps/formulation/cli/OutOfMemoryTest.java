package io.github.sixps.formulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory is one line saying what ran out and how to give more, and exit code 70:
 * the real command in a Java of its own given far too little memory for a large formulation.
 */
class OutOfMemoryTest {
  @TempDir
  static Path dir;

  private static Path large;

  /**
   * About 1,000 KB, inside the reader's 1 MiB limit: 480 perpetuating factors of four
   * hundred words each.
   */
  @BeforeAll
  static void writeALargeFormulation() throws IOException {
    StringBuilder s = new StringBuilder("schema: sixps/1\ntitle: A large formulation\n"
        + "people:\n  - { id: kim, name: Kim, role: child }\n"
        + "presenting:\n  - { id: P1, statement: Kim is often late to school., sources: [kim] }\n"
        + "perpetuating:\n");
    String words = "mornings are rushed and nobody is free to walk Kim to school ";
    for (int i = 0; i < 480; i++) {
      s.append("  - id: M").append(i).append("\n    statement: ")
          .append(words.repeat(34).strip()).append(' ').append(i).append("\n    explains: [P1]\n");
    }
    large = Files.writeString(dir.resolve("large.yaml"), s.toString());
  }

  private record Ran(int code, String out, String err) {}

  private static Ran run(String xmx, String... args) throws Exception {
    Process p = ChildJvm.start(List.of(xmx), FormulationCommand.class, dir, args);
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    return new Ran(p.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  private static void assertOneLine(Ran r, String source, String xmx, String more) {
    assertEquals(70, r.code(), r.err());
    assertEquals((source.isEmpty() ? "formulation: " : source + ": ") + "ran out of memory "
        + "(Java may use at most " + xmx + " here); give it more with "
        + "FORMULATION_JAVA_OPTIONS=-Xmx" + more + " and run again\n", r.err());
    assertFalse(r.err().contains("OutOfMemoryError"), "no Java words");
    assertFalse(r.err().contains("\tat "), "no stack trace");
  }

  @Test
  void validateSaysSoInOneLineAndExits70() throws Exception {
    Ran r = run("-Xmx12m", "validate", large.getFileName().toString());
    assertOneLine(r, "large.yaml", "12 MB", "24m");
    assertEquals("In all, 0 files checked: 0 errors, 0 warnings, 0 notes; 1 file could not be "
        + "checked\n", r.out());
  }

  @Test
  void renderSaysSoInOneLineAndLeavesNothingBehind() throws Exception {
    // Enough for the command and its fonts, not for laying out this file as a PDF.
    Ran r = run("-Xmx96m", "render", large.getFileName().toString(), "--to", "pdf", "--out",
        "handouts");
    assertOneLine(r, "large.yaml", "96 MB", "192m");
    assertFalse(Files.exists(dir.resolve("handouts")), "the folder it made is taken away");
  }

  @Test
  void theStackTraceIsThereWithDebug() throws Exception {
    Ran r = run("-Xmx12m", "validate", large.getFileName().toString(), "--debug");
    assertEquals(70, r.code());
    assertTrue(r.err().contains("java.lang.OutOfMemoryError"), r.err());
    assertTrue(r.err().contains("\tat "), r.err());
  }

  @Test
  void theSizesAreSaidAsPeopleSayThem() {
    assertEquals("16 MB", OutOfMemory.size(16L << 20));
    assertEquals("1 GB", OutOfMemory.size(1L << 30));
    assertEquals("1.5 GB", OutOfMemory.size(3L << 29));
    assertEquals("32m", OutOfMemory.option(16L << 20));
    assertEquals("2g", OutOfMemory.option(1L << 30));
    assertEquals("3g", OutOfMemory.option(3L << 29));
  }
}
