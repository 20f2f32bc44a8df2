package io.github.sixps.formulation.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Theme;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Approved pages: each worked example for each audience, compared with the page a person has
 * read and approved, in {@code src/test/resources/snapshots/html/<example>-<audience>.html}.
 *
 * <p>When a change to the renderer is meant to change the pages, write the new ones, open them
 * in a browser, read the difference, and commit them with the change:
 *
 * <pre>
 * ./mvnw -pl formulation-render test -Dtest=HtmlSnapshotTest -Dsnapshots.update=true
 * </pre>
 *
 * <p>Every run also writes previews of other forms (a themed page with teaching notes, a
 * fragment, blank worksheets) to {@code target/html-preview/} for looking at; those are not
 * compared.
 */
class HtmlSnapshotTest {
  private static final Path SNAPSHOTS = Path.of("src", "test", "resources", "snapshots", "html");
  private static final Path PREVIEWS = Path.of("target", "html-preview");
  private static final boolean UPDATE = Boolean.getBoolean("snapshots.update");

  static Stream<Arguments> pages() {
    List<Arguments> all = new ArrayList<>();
    for (String name : WorkedExamples.names()) {
      for (Audience audience : Audience.values()) {
        all.add(Arguments.of(name, audience));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("pages")
  void matchesApprovedPage(String name, Audience audience) throws IOException {
    String html = HtmlRenderer.builder().audience(audience).build()
        .render(WorkedExamples.read(name));
    Path file = SNAPSHOTS.resolve(name + "-" + audience.name().toLowerCase(Locale.ROOT)
        + ".html");
    if (UPDATE) {
      Files.createDirectories(SNAPSHOTS);
      Files.writeString(file, html, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(file), () -> "no approved page " + file + "; write it with"
        + " -Dsnapshots.update=true, then read it");
    String approved = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    assertEquals(approved, html, () -> "the page for " + name + " (" + audience + ") differs"
        + " from " + file + "; if the change is meant, rewrite it with"
        + " -Dsnapshots.update=true and review the difference");
  }

  @Test
  void writePreviews() throws IOException {
    Files.createDirectories(PREVIEWS);
    Theme theme = Theme.plain().withOrganisation("Riverside Council").withAccent("#00695c");
    String example = WorkedExamples.names().get(0);
    preview("themed-teaching.html", HtmlRenderer.builder().theme(theme).teaching(true).build()
        .render(WorkedExamples.read(example)));
    preview("fragment.html", "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Host page</title></head><body><h1>A host page</h1><p>Its own text.</p>\n"
        + HtmlRenderer.builder().fragment(true).build().render(WorkedExamples.read(example))
        + "</body></html>\n");
    preview("blank-practitioner.html", HtmlRenderer.builder().teaching(true).build()
        .renderBlank());
    preview("blank-family.html", HtmlRenderer.builder().audience(Audience.FAMILY).build()
        .renderBlank());
  }

  private static void preview(String name, String html) throws IOException {
    Files.writeString(PREVIEWS.resolve(name), html, StandardCharsets.UTF_8);
  }
}
