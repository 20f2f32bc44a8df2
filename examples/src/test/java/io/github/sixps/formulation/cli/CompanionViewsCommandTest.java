package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.cli.CommandLineTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --view chronology} and {@code --view genogram} write the companion on its own,
 * named for the view beside the full document, and say so when the formulation records none.
 */
class CompanionViewsCommandTest {
  static final Path KOWALSKI = CommandLineTest.WORKED.resolve("young-carer-kowalski.yaml");

  @TempDir
  Path dir;

  @Test
  void eachViewIsWrittenBesideTheFullDocument() throws IOException {
    Result tree = run("render", KOWALSKI.toString(), "--view", "genogram", "--to", "html",
        "--out", dir.toString());
    assertEquals(0, tree.code(), tree.err());
    Path html = dir.resolve("young-carer-kowalski-genogram.html");
    assertTrue(tree.out().contains(html.toString()), tree.out());
    Document doc = Jsoup.parse(html.toFile());
    assertEquals("Family tree", doc.selectFirst("h2").text());
    Result events = run("render", KOWALSKI.toString(), "--view", "chronology", "--to", "md",
        "--out", dir.toString());
    assertEquals(0, events.code(), events.err());
    String md = Files.readString(dir.resolve("young-carer-kowalski-chronology.md"));
    assertTrue(md.contains("## Chronology of significant events"), md);
  }

  @Test
  void anUnknownViewNamesTheChoices() {
    Result r = run("render", KOWALSKI.toString(), "--view", "family-tree", "--to", "md",
        "--out", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("genogram") && r.err().contains("chronology"), r.err());
  }
}
