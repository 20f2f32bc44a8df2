package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A 500-action plan renders in a JVM whose heap is capped: the cap is the memory bound, and a
 * forked JVM measures it exactly, unlike heap readings in this shared test JVM.
 */
class PdfMemoryTest {
  /** Generous for one document; a layout that held every page's boxes many times would fail. */
  private static final String HEAP = "-Xmx192m";

  @Test
  void largePlanRendersWithinTheHeapBound() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, HEAP, "-XX:+ExitOnOutOfMemoryError",
        "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        LargePlan.class.getName()).redirectErrorStream(true);
    Process p = pb.start();
    byte[] output = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "timed out");
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), text);
    String last = List.of(text.strip().split("\n")).stream().filter(l -> l.startsWith("pages="))
        .findFirst().orElseThrow(() -> new AssertionError(text));
    int pages = Integer.parseInt(last.substring(6, last.indexOf(' ')));
    assertTrue(pages >= 20 && pages < 400, last);
  }
}
