package io.github.sixps.formulation.render.html;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sixps.formulation.testing.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The accessibility check in a real browser: the project's {@code accessibility/check.mjs} runs
 * axe-core over HTML pages in headless Chromium and takes a screenshot of each. This class finds
 * Chromium, installs axe-core from the project's lock file when it is missing, runs the script
 * and reads its results.
 *
 * <p>Without Chromium the check is skipped, with a message saying how to install it, except
 * where the environment variable {@code CI} is set: there it fails.
 */
final class AxeCheck {
  /** The script and its package files, from this module's directory (where Maven runs tests). */
  static final Path SCRIPTS = Path.of("..", "accessibility");
  /** The names Chromium goes by on the PATH: Debian's package's first. */
  private static final List<String> BROWSERS = List.of("chromium", "chromium-browser",
      "google-chrome");
  private static final long MINUTES = 10;

  private AxeCheck() {}

  /**
   * One page's outcome.
   *
   * @param problems each rule it failed, and each that axe could not decide, described with
   *     the elements concerned
   * @param title the page's title, as the browser has it
   * @param textLength how many characters of text the browser shows
   */
  record Result(String page, int passes, List<String> problems, String title, int textLength,
      Path screenshot) {}

  /**
   * Checks the pages, named by file name (without {@code .html}), in the browser {@link
   * #chromium()} found, writing them, their screenshots and {@code results.json} into {@code
   * dir}.
   */
  static Map<String, Result> run(Path browser, Map<String, String> pages, Path dir)
      throws IOException, InterruptedException {
    installAxe();
    Files.createDirectories(dir);
    List<String> command = new ArrayList<>(List.of("node", SCRIPTS.resolve("check.mjs").toString(),
        "--browser", browser.toString(), "--out", dir.toString()));
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = dir.resolve(page.getKey() + ".html");
      Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
      command.add(file.toString());
    }
    Output out = exec(command, Path.of("."));
    System.out.println("The accessibility check in Chromium:\n" + out.text());
    if (out.status() != 0 && out.status() != 1) {
      fail("the accessibility check could not run (exit " + out.status() + "):\n" + out.text());
    }
    Map<String, Result> results = new LinkedHashMap<>();
    for (JsonNode page : new ObjectMapper().readTree(dir.resolve("results.json").toFile())) {
      List<String> problems = new ArrayList<>();
      describe(page.get("violations"), "", problems);
      describe(page.get("review"), ", axe could not decide: check by hand", problems);
      String name = page.get("page").asText();
      results.put(name, new Result(name, page.get("passes").asInt(), problems,
          page.get("title").asText(), page.get("textLength").asInt(),
          Path.of(page.get("screenshot").asText())));
    }
    return results;
  }

  /** Each rule as its id, impact and help, then the selector of each element it failed on. */
  private static void describe(JsonNode rules, String note, List<String> into) {
    for (JsonNode rule : rules) {
      StringBuilder s = new StringBuilder(rule.get("id").asText() + " ("
          + rule.path("impact").asText("impact unknown") + note + "): " + rule.get("help").asText());
      for (JsonNode n : rule.get("nodes")) {
        s.append("\n    at ").append(n.get("target").asText());
      }
      into.add(s.toString());
    }
  }

  /**
   * Chromium's executable. Where there is none, the calling tests are skipped, saying why, or,
   * where the environment variable {@code CI} is set, they fail.
   */
  static Path chromium() {
    return ExternalTool.require(BROWSERS, "apt-get install chromium (Debian's package) to run"
        + " the accessibility check in a real browser");
  }

  /** Runs {@code npm ci} in the scripts' folder unless the locked axe-core is installed. */
  private static void installAxe() throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    String locked = json.readTree(SCRIPTS.resolve("package-lock.json").toFile())
        .path("packages").path("node_modules/axe-core").path("version").asText();
    Path installed = SCRIPTS.resolve("node_modules/axe-core/package.json");
    if (Files.exists(installed)
        && json.readTree(installed.toFile()).path("version").asText().equals(locked)) {
      return;
    }
    ExternalTool.require(List.of("npm"), "apt-get install nodejs npm to install axe-core for"
        + " the accessibility check");
    Output out = exec(List.of("npm", "ci", "--no-audit", "--no-fund"), SCRIPTS);
    if (out.status() != 0) {
      fail("could not install axe-core " + locked + " with npm ci in " + SCRIPTS.toAbsolutePath()
          + " (exit " + out.status() + "):\n" + out.text());
    }
  }

  private record Output(int status, String text) {}

  private static Output exec(List<String> command, Path dir)
      throws IOException, InterruptedException {
    // The output goes to a file, not a pipe, so that waiting with a time limit works.
    Path log = Files.createTempFile("sixps-accessibility-", ".log");
    try {
      Process process;
      try {
        process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
      } catch (IOException e) {
        return fail("could not start " + command.get(0) + " (is Node.js installed?): "
            + e.getMessage());
      }
      if (!process.waitFor(MINUTES, TimeUnit.MINUTES)) {
        // Chromium too, which the script started.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        fail(String.join(" ", command) + " took more than " + MINUTES + " minutes:\n"
            + Files.readString(log));
      }
      return new Output(process.exitValue(), Files.readString(log));
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
