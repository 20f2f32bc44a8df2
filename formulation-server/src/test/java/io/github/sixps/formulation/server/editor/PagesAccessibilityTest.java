package io.github.sixps.formulation.server.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.testing.ExternalTool;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of editor and caseload page, as served, checked with axe-core at WCAG 2.2 AA in
 * headless Chromium by the project's own browser check (formulation-render's {@code AxeCheck}
 * and {@code accessibility/check.mjs}), with a screenshot of each in
 * {@code target/accessibility}. The pages are saved with their stylesheets beside them, so the
 * browser sees them styled as served. Skipped, saying why, where Chromium is not installed.
 */
class PagesAccessibilityTest {
  private static final Path OUT = Path.of("target", "accessibility");

  @TempDir
  Path folder;

  @Test
  void everyPageMeetsWcag22Aa() throws Exception {
    Class<?> axe = Class.forName("io.github.sixps.formulation.render.html.AxeCheck");
    Path browser = (Path) call(axe, "chromium");
    Map<String, String> pages = servedPages();
    @SuppressWarnings("unchecked")
    Map<String, ?> results = (Map<String, ?>) call(axe, "run", browser, pages, OUT);
    assertEquals(pages.keySet(), results.keySet(), "the pages axe checked");
    StringBuilder problems = new StringBuilder();
    for (Map.Entry<String, ?> r : results.entrySet()) {
      @SuppressWarnings("unchecked")
      List<String> found = (List<String>) call(r.getValue(), "problems");
      int passes = (Integer) call(r.getValue(), "passes");
      assertTrue(passes > 10, r.getKey() + ": axe ran its rules (" + passes + " passed)");
      found.forEach(p -> problems.append(r.getKey()).append(": ").append(p).append('\n'));
    }
    assertEquals("", problems.toString(), "WCAG 2.2 AA violations");
  }

  /** Every kind of page, as served: the caseload, the editor in each state, the rest. */
  private Map<String, String> servedPages() throws Exception {
    Map<String, String> pages = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(EditorPagesTest.WORKED)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, folder.resolve(f.getFileName()));
      }
    }
    Files.writeString(folder.resolve("broken.yaml"), "schema: sixps/1\ntitel: Oops\n");
    try (PagesServer server = new PagesServer(folder,
        Clock.fixed(Instant.parse("2026-12-20T10:00:00Z"), ZoneOffset.UTC))) {
      pages.put("caseload", server.get("/").body());
      pages.put("new", server.get("/new").body());
      String ahmed = server.get("/formulations/school-avoidance-ahmed").body();
      pages.put("editor", ahmed);
      Document page = Jsoup.parse(ahmed);
      pages.put("editor-error", server.post("/formulations/school-avoidance-ahmed",
          EditorPagesTest.with(EditorPagesTest.submit(page, "save"), "plan.actions[0].due",
              "soon")).body());
      pages.put("editor-preview", server.post("/formulations/school-avoidance-ahmed",
          EditorPagesTest.submit(page, "preview")).body());
      Files.writeString(folder.resolve("school-avoidance-ahmed.yaml"),
          Files.readString(folder.resolve("school-avoidance-ahmed.yaml"))
              .replaceFirst("title: .*", "title: Changed in another tab"));
      pages.put("editor-conflict", server.post("/formulations/school-avoidance-ahmed",
          EditorPagesTest.submit(page, "save")).body());
      pages.put("supervision", server.get("/formulations/young-carer-kowalski/supervision")
          .body());
      pages.put("broken-file", server.get("/formulations/broken").body());
      pages.put("not-found", server.get("/formulations/nobody").body());
      Files.createDirectories(OUT.resolve("assets"));
      for (String asset : List.of("sixps.css", "editor.js", "preview-practitioner.css",
          "preview-family.css")) {
        Files.write(OUT.resolve("assets").resolve(asset),
            server.get("/assets/" + asset).bytes());
      }
    }
    // Saved as files, the pages find their assets beside them.
    pages.replaceAll((name, html) -> html.replace("\"/assets/", "\"assets/"));
    return pages;
  }

  @Test
  void everyPageIsValidHtmlToTheNuHtmlChecker() throws Exception {
    Path vnu = Path.of("..", "accessibility", "node_modules", "vnu-jar", "build", "dist",
        "vnu.jar");
    if (!Files.exists(vnu)) {
      // A machine with only a JDK skips this check, saying so, as every other tool check does.
      Path npmProgram = ExternalTool.require(List.of("npm"), "apt-get install nodejs npm to"
          + " check every page with the Nu Html Checker");
      Process npm = new ProcessBuilder(npmProgram.toString(), "ci", "--no-audit", "--no-fund")
          .directory(vnu.getParent().getParent().getParent().getParent().getParent().toFile())
          .inheritIO().start();
      assertEquals(0, npm.waitFor(), "npm ci in accessibility/ installs the Nu Html Checker");
    }
    Path dir = Files.createDirectories(Path.of("target", "nu-html-checker"));
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        vnu.toString(), "--errors-only", "--format", "text"));
    for (Map.Entry<String, String> page : servedPages().entrySet()) {
      Path file = dir.resolve(page.getKey() + ".html");
      Files.writeString(file, page.getValue());
      command.add(file.toString());
    }
    Path log = dir.resolve("vnu.txt");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
    int status = p.waitFor();
    String out = Files.readString(log);
    assertEquals(0, status, "the Nu Html Checker found errors:\n" + out);
    assertTrue(out.contains("No errors found"), out);
  }

  // AxeCheck is the render module's test fixture, package-private in its test jar; it is used
  // as it is rather than copied, so both modules' pages are judged by one check.
  private static Object call(Object target, String method, Object... args) throws Exception {
    Class<?> type = target instanceof Class<?> c ? c : target.getClass();
    for (Method m : type.getDeclaredMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == args.length) {
        m.setAccessible(true);
        try {
          return m.invoke(target instanceof Class<?> ? null : target, args);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof Exception x) {
            throw x;
          }
          throw e;
        }
      }
    }
    throw new NoSuchMethodException(type + "." + method);
  }
}
