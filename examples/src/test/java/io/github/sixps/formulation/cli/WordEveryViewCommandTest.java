package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.sixps.formulation.cli.CommandLineTest.Result;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --to docx} makes every view for each audience, named as the other formats are,
 * and each Word document has the same headings, in the same order, as the HTML page of the same
 * view: the same outline, in Word's heading styles.
 */
class WordEveryViewCommandTest {
  @TempDir
  Path dir;

  @Test
  void everyViewForEachAudienceHasTheHtmlPagesHeadings() throws Exception {
    Path kowalski = CompanionViewsCommandTest.KOWALSKI;
    for (String audience : List.of("practitioner", "family")) {
      for (String view : List.of("full", "supervision", "chronology", "genogram")) {
        for (String format : List.of("docx", "html")) {
          List<String> args = new ArrayList<>(List.of("render", kowalski.toString(), "--to",
              format, "--view", view, "--audience", audience, "--out", dir.toString()));
          if (view.equals("supervision")) {
            args.addAll(List.of("--as-of", "2026-12-07"));
          }
          Result r = run(args.toArray(String[]::new));
          assertEquals(0, r.code(), view + " " + audience + " " + format + ": " + r.err());
        }
        String name = "young-carer-kowalski" + (view.equals("full") ? "" : "-" + view)
            + (audience.equals("family") ? "-family" : "");
        List<String> html = Jsoup.parse(dir.resolve(name + ".html").toFile(), "UTF-8")
            .select("h1, h2, h3, h4, h5, h6").stream()
            .map(Element::text).toList();
        List<String> word = headings(dir.resolve(name + ".docx"));
        assertFalse(word.isEmpty(), name);
        assertEquals(html, word, name + ".docx against " + name + ".html");
      }
    }
  }

  private static List<String> headings(Path docx) throws Exception {
    List<String> headings = new ArrayList<>();
    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
      for (XWPFParagraph p : doc.getParagraphs()) {
        if (p.getStyleID() != null && p.getStyleID().startsWith("Heading")) {
          headings.add(p.getText());
        }
      }
    }
    return headings;
  }
}
