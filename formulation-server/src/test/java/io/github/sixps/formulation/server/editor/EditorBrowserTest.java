package io.github.sixps.formulation.server.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.testing.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor and caseload driven in headless Chromium with playwright-core
 * ({@code src/test/browser/editor-e2e.mjs}): a formulation made from the template with the
 * keyboard only, a finding appearing and going as the title is cleared and typed, saved, reloaded
 * and read back from disk the same; two tabs saving the same file; the caseload's late review
 * first. Screenshots in {@code target/e2e}. Skipped, saying why, without Chromium.
 */
class EditorBrowserTest {
  private static final Path SCRIPTS = Path.of("..", "accessibility");
  private static final Path OUT = Path.of("target", "e2e");

  @TempDir
  Path folder;

  @Test
  void theEditorAndCaseloadWorkInABrowser() throws Exception {
    Path chromium = ExternalTool.require(List.of("chromium", "chromium-browser"),
        "apt-get install chromium (Debian's package) to run the browser tests");
    if (!Files.exists(SCRIPTS.resolve("node_modules/playwright-core/package.json"))) {
      assertEquals(0, run(SCRIPTS, "npm", "ci", "--no-audit", "--no-fund"), "npm ci");
    }
    try (Stream<Path> files = Files.list(EditorPagesTest.WORKED)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, folder.resolve(f.getFileName()));
      }
    }
    try (PagesServer server = new PagesServer(folder,
        Clock.fixed(Instant.parse("2026-12-20T10:00:00Z"), ZoneOffset.UTC))) {
      assertEquals(0, run(Path.of("."), "node", "src/test/browser/editor-e2e.mjs", "--browser",
          chromium.toString(), "--base", server.base.toString(), "--out", OUT.toString()),
          "every step in the browser passed; see the output above");
    }
    // What the reloaded page holds is what the file on disk holds.
    JsonNode fields = new ObjectMapper().readTree(OUT.resolve("reloaded-form.json").toFile());
    FormFields.Builder b = FormFields.builder();
    fields.forEach(pair -> b.add(pair.get(0).asText(), pair.get(1).asText()));
    assertEquals(FormulationReader.standard().read(folder.resolve("formulation-1.yaml")),
        FormulationForm.decode(FormFields.posted(b.build().asMap().entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                e -> e.getValue().toArray(String[]::new), (x, y) -> x,
                java.util.LinkedHashMap::new)))).formulation());
  }

  private static int run(Path dir, String... command) throws Exception {
    Path log = Files.createTempFile("sixps-e2e-", ".log");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
    }
    System.out.println(String.join(" ", command) + ":\n" + Files.readString(log));
    Files.delete(log);
    return p.isAlive() ? -1 : p.exitValue();
  }
}
