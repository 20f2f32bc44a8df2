package io.github.sixps.formulation.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.examples.SnippetProgram.Snippet;
import io.github.sixps.formulation.validate.Validator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation stays true: the Java in the README and the guides compiles and runs against
 * this build, the README's count of rules is the validator's, and every relative link in the
 * README and {@code docs/} points at a file, or a heading, that exists.
 */
class DocumentationTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** The documents whose Java blocks are compiled and run, in this order. */
  private static final List<String> RUNNABLE =
      List.of("README.md", "docs/developers-guide.md", "docs/ranking.md");

  /** The files the documents' code reads, at the paths they have in a clone. */
  private static final List<String> FIXTURES =
      List.of("examples/src/main/resources/worked/school-avoidance-ahmed.yaml");

  private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.*");

  @TempDir
  Path scratch;

  @Test
  void theJavaInTheReadmeAndGuidesCompilesAndRuns() throws Exception {
    List<Snippet> snippets = new ArrayList<>();
    for (String name : RUNNABLE) {
      List<MarkdownDocument.CodeBlock> blocks =
          MarkdownDocument.read(ROOT.resolve(name)).blocks("java");
      assertFalse(blocks.isEmpty(), name + " has no Java blocks to check");
      blocks.forEach(b -> snippets.add(new Snippet(name, b.line(), b.code())));
    }
    SnippetProgram program = new SnippetProgram(snippets);
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    Path classes = scratch.resolve("classes");

    // Compiled as an embedder compiles: Guava is inside the library, not part of its API, so
    // the documents' code must not need it (it is still there when the program runs).
    String withoutGuava = Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !entry.replace('\\', '/').contains("/com/google/guava/"))
        .collect(Collectors.joining(File.pathSeparator));
    assertNotEquals(classPath, withoutGuava, "Guava was found on the test class path");
    List<String> errors = program.compile(classes, withoutGuava);
    assertTrue(errors.isEmpty(),
        () -> "the documentation's Java does not compile:\n" + String.join("\n", errors));

    Path clone = scratch.resolve("clone");
    for (String fixture : FIXTURES) {
      Path target = clone.resolve(fixture);
      Files.createDirectories(target.getParent());
      Files.copy(ROOT.resolve(fixture), target);
    }
    String output = program.run(classes, classPath, clone, 300);

    long ran = output.lines().filter(l -> l.startsWith("--- ")).count();
    assertEquals(program.size(), ran, () -> "not every block ran:\n" + output);
    // The tour writes a PDF: check it is one.
    byte[] pdf = Files.readAllBytes(clone.resolve("ahmed.pdf"));
    assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(pdf, 5));
  }

  @Test
  void theReadmeAndGuidesCountTheRulesTheValidatorHas() throws IOException {
    for (String name : List.of("README.md", "docs/trainers-guide.md", "docs/developers-guide.md")) {
      String text = Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("(\\d+) rules").matcher(text);
      int mentions = 0;
      while (m.find()) {
        mentions++;
        assertEquals(Validator.standard().rules().size(), Integer.parseInt(m.group(1)),
            name + ": \"" + m.group() + "\"");
      }
      assertTrue(mentions > 0, name + " no longer says how many rules there are");
    }
  }

  @Test
  void everyRelativeLinkPointsAtAFileOrHeadingThatExists() throws IOException {
    List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    Map<Path, MarkdownDocument> parsed = new HashMap<>();
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path file : documents) {
      MarkdownDocument document = parsed.computeIfAbsent(file, DocumentationTest::parse);
      for (String link : document.links()) {
        if (SCHEME.matcher(link).matches()) {
          continue;
        }
        checked++;
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        Path target = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
        String where = ROOT.relativize(file) + ": " + link;
        if (!target.startsWith(ROOT) || !Files.exists(target)) {
          broken.add(where + ": no such file");
          continue;
        }
        if (hash >= 0) {
          String anchor = link.substring(hash + 1);
          if (!target.toString().endsWith(".md")) {
            broken.add(where + ": a heading in a file that is not Markdown");
          } else if (!parsed.computeIfAbsent(target, DocumentationTest::parse).anchors()
              .contains(anchor)) {
            broken.add(where + ": no heading with the anchor #" + anchor);
          }
        }
      }
    }
    assertTrue(checked > 0, "no relative links found: is the README still there?");
    assertTrue(broken.isEmpty(), () -> "broken links:\n" + String.join("\n", broken));
  }

  @Test
  void headingAnchorsAreGitHubs() {
    assertEquals("how-ranking-works", MarkdownDocument.slug("How ranking works"));
    assertEquals("the-sixps-file-format-sixps1",
        MarkdownDocument.slug("The SixPs file format, sixps/1"));
    assertEquals("3-check-it", MarkdownDocument.slug("3. Check it"));
  }

  private static MarkdownDocument parse(Path file) {
    try {
      return MarkdownDocument.read(file);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }
}
