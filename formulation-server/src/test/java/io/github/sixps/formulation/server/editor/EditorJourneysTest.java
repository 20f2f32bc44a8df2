package io.github.sixps.formulation.server.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.server.FormulationServer;
import io.github.sixps.formulation.testing.ExternalTool;
import io.github.sixps.formulation.testing.PyYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A practitioner's journeys through the editor, in the Chromium the machine has installed,
 * against the whole server as {@code formulation serve} runs it (its security filter, Host
 * check and CSRF token included): {@code src/test/browser/editor-journeys.mjs}, with
 * JavaScript on and off. Each save is looked for in the file on disk, read back by PyYAML;
 * screenshots of each step at 1280 and 390 pixels wide are left in {@code target/journeys}.
 * Skipped, saying why, without Chromium, Node.js or PyYAML; failing under CI.
 */
class EditorJourneysTest {
  private static final Path SCRIPTS = Path.of("..", "accessibility");
  private static final Path OUT = Path.of("target", "journeys");

  @TempDir
  Path folder;

  @Test
  void practitionersJourneysSaveToTheFile() throws Exception {
    Path chromium = ExternalTool.require(List.of("chromium", "chromium-browser"),
        "apt-get install chromium (Debian's package) to run the browser tests");
    Path node = ExternalTool.require(List.of("node"), "apt-get install nodejs npm");
    PyYaml.requireInstalled();
    if (!Files.exists(SCRIPTS.resolve("node_modules/playwright-core/package.json"))) {
      ExternalTool.require(List.of("npm"), "apt-get install nodejs npm");
      assertEquals(0, run(SCRIPTS, "npm", "ci", "--no-audit", "--no-fund"), "npm ci");
    }
    try (Stream<Path> files = Files.list(EditorPagesTest.WORKED)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, folder.resolve(f.getFileName()));
      }
    }
    // One copy for the journeys with JavaScript, one for those without.
    Path ahmed = EditorPagesTest.WORKED.resolve("school-avoidance-ahmed.yaml");
    Files.copy(ahmed, folder.resolve("ahmed-js.yaml"));
    Files.copy(ahmed, folder.resolve("ahmed-nojs.yaml"));
    try (FormulationServer server = FormulationServer.builder().folder(folder).port(0)
        .clock(Clock.fixed(Instant.parse("2026-12-20T10:00:00Z"), ZoneOffset.UTC))
        .build().start()) {
      assertEquals(0, run(Path.of("."), node.toString(), "src/test/browser/editor-journeys.mjs",
          "--browser", chromium.toString(), "--base", server.address().toString(),
          "--folder", folder.toString(), "--out", OUT.toString()),
          "every journey in the browser passed; see the output above");
    }
    // What the reloaded page of a new formulation holds is what the file on disk holds.
    JsonNode reloaded = new ObjectMapper().readTree(OUT.resolve("reloaded-form.json").toFile());
    FormFields.Builder b = FormFields.builder();
    reloaded.get("fields").forEach(pair -> b.add(pair.get(0).asText(), pair.get(1).asText()));
    Map<String, String[]> posted = b.build().asMap().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toArray(String[]::new),
            (x, y) -> x, LinkedHashMap::new));
    assertEquals(FormulationReader.standard().read(
            folder.resolve(reloaded.get("file").asText() + ".yaml")),
        FormulationForm.decode(FormFields.posted(posted)).formulation());
  }

  private static int run(Path dir, String... command) throws Exception {
    Path log = Files.createTempFile("sixps-journeys-", ".log");
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
