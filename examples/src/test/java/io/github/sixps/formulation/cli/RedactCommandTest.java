package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.AHMED;
import static io.github.sixps.formulation.cli.CommandLineTest.WORKED;
import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.cli.CommandLineTest.Result;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.redact.Pseudonymiser;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Renderer;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactCommandTest {
  @TempDir
  Path dir;

  static List<Path> workedExamples() throws IOException {
    try (Stream<Path> files = Files.list(WORKED)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted()
          .collect(Collectors.toList());
    }
  }

  /** Each name whole, and each word of it that is not a title. */
  static Set<String> names(Formulation f) {
    Set<String> names = new LinkedHashSet<>();
    List<String> whole = new ArrayList<>();
    f.people().forEach(p -> whole.add(p.name()));
    f.contributors().forEach(c -> whole.add(c.name()));
    for (String name : whole) {
      names.add(name);
      for (String word : name.split("\\s+")) {
        if (!word.matches("(?i)mr|mrs|ms|miss|dr\\.?")) {
          names.add(word);
        }
      }
    }
    return names;
  }

  static void assertNoName(Set<String> names, String output, String what) {
    for (String name : names) {
      Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name)
          + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      assertFalse(word.matcher(output).find(), what + " still names " + name);
    }
  }

  @Test
  void renderingThePseudonymisedWorkedExamplesNamesNobody() throws IOException {
    List<Path> examples = workedExamples();
    assertFalse(examples.isEmpty());
    for (Path example : examples) {
      Formulation original = FormulationReader.standard().read(example);
      Set<String> names = names(original);
      assertTrue(names.size() > 4, example.toString());
      Formulation redacted = Pseudonymiser.standard().redact(original).formulation();
      for (Audience audience : Audience.values()) {
        List<Renderer> renderers = List.of(
            MarkdownRenderer.builder().audience(audience).build(),
            MarkdownRenderer.builder().audience(audience).teaching(true).build(),
            HtmlRenderer.builder().audience(audience).build(),
            HtmlRenderer.builder().audience(audience).teaching(true).build());
        for (Renderer renderer : renderers) {
          assertNoName(names, renderer.render(redacted), example + " rendered by " + renderer);
        }
      }
    }
  }

  @Test
  void writesTheFileAndPrintsTheReport() throws IOException {
    Path out = dir.resolve("training.yaml");
    Result r = run("redact", AHMED.toString(), "--out", out.toString(), "--shift-dates", "-30");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    String written = Files.readString(out);
    assertNoName(names(FormulationReader.standard().read(AHMED)), written, out.toString());
    assertTrue(written.contains("formulatedOn: 2026-10-03"), written);
    assertTrue(r.out().lines().reduce((a, b) -> b).orElseThrow()
        .matches("([0-9]+ things?|Nothing flagged) to check by hand.*"), r.out());
    assertTrue(r.out().lines().filter(l -> !l.contains("check by hand")
            && !l.startsWith("Replaced "))
        .allMatch(l -> l.matches("[^:]+: [a-z-]+: .+")), r.out());
    assertTrue(r.out().contains("people[child-a].name: replaced: now Child A (name)\n"), r.out());
    Formulation back = FormulationReader.standard().read(out);
    assertEquals("Child A", back.people().get(0).name());
  }

  @Test
  void withoutOutTheFormulationGoesToStdoutAndTheReportToStderr() throws IOException {
    Path phone = dir.resolve("phone.yaml");
    Files.writeString(phone, "schema: sixps/1\ntitle: The Ng family\n"
        + "people:\n  - { id: kim, name: Kim Ng, role: parent }\n"
        + "presenting:\n  - { id: P1, statement: 'Kim rang from 07700 900123, LS1 4AP.' }\n");
    Result r = run("redact", phone.toString(), "--keep-agencies");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Parent 1 rang from 07700 900123, LS1 4AP."), r.out());
    assertTrue(r.out().contains("title: The family"), r.out());
    assertTrue(r.out().contains("id: parent-1"), r.out());
    assertTrue(r.err().contains("presenting[P1].statement: phone-number: 07700 900123 ("),
        r.err());
    assertTrue(r.err().contains("presenting[P1].statement: postcode: LS1 4AP ("), r.err());
    assertTrue(r.err().contains("presenting[P1].statement: replaced: now Parent 1 (name)\n"),
        r.err());
    assertTrue(r.err().endsWith("2 things to check by hand. Read each one, and then the whole"
        + " file, before you share it.\n"), r.err());
  }

  @Test
  void whatTheTrainerSawIsPutRight() throws IOException {
    Path real = dir.resolve("greens.yaml");
    Files.writeString(real, "schema: sixps/1\nid: F-2026-0099\nformulatedOn: 2026-11-02\n"
        + "people:\n  - { id: amy, name: Amy Green, role: child }\n"
        + "contributors:\n"
        + "  - { id: liwei, name: Li Wei, role: Social worker }\n"
        + "  - { id: hp, name: Helen Park, role: Team manager }\n"
        + "presenting:\n  - id: P1\n    statement: 'Amy plays in the park after school and walks"
        + " home past the green. Amy''s nan says \"امی is lovely\". Review again on 7 December.'\n"
        + "    sources: [liwei, amy]\n");
    Path out = dir.resolve("training.yaml");
    Result r = run("redact", real.toString(), "--shift-dates", "-90", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    String written = Files.readString(out);
    assertTrue(written.contains("Child A plays in the park after school and walks home past the"
        + " green. Child A's nan says \"امی is lovely\". Review again on 8 September."), written);
    assertFalse(written.contains("liwei"), written);
    assertTrue(written.contains("sources:\n      - social-worker\n      - child-a\n"), written);
    assertTrue(r.out().contains("presenting[P1].statement: other-script: امی ("), r.out());
    assertTrue(r.out().contains("presenting[P1].statement: replaced: now Child A (name) x2,"
        + " 8 September (date)\n"), r.out());
    assertFalse(r.out().contains("Nothing"), r.out());
    assertTrue(r.out().contains("1 thing to check by hand."), r.out());
  }

  @Test
  void exitCodes() throws IOException {
    assertEquals(3, run("redact", dir.resolve("missing.yaml").toString()).code());
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "schema: sixps/1\nnonsense: [\n");
    assertEquals(3, run("redact", bad.toString()).code());
    Path blocked = dir.resolve("not-a-folder");
    Files.writeString(blocked, "");
    Result unwritable = run("redact", AHMED.toString(), "--out",
        blocked.resolve("out.yaml").toString());
    assertEquals(4, unwritable.code(), unwritable.err());
    assertEquals(2, run("redact", AHMED.toString(), "--out", dir.resolve("x.txt").toString())
        .code());
    assertEquals(2, run("redact", AHMED.toString(), "--shift-dates", "99999999").code());
    assertEquals(2, run("redact").code());
  }

  @Test
  void jsonByExtension() throws IOException {
    Path out = dir.resolve("training.json");
    assertEquals(0, run("redact", AHMED.toString(), "--out", out.toString()).code());
    assertTrue(Files.readString(out).startsWith("{"));
  }
}
