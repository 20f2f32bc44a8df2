package io.github.sixps.formulation.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.testing.SupervisionCase;
import io.github.sixps.formulation.render.testing.WordsInUrdu;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import io.github.sixps.formulation.review.FormulationDiff;
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
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every kind of document in an Urdu terminology ({@code direction: rtl}) reads right to left,
 * in the PDF and in the HTML page as Chromium lays it out: the record and the family's version
 * (with a child's words in Urdu around English ones), the supervision summary, what changed, the
 * chronology, the family tree and the blank worksheet. Judged from where the words are drawn,
 * not from the markup: each heading at the right of its column with its words in the order the
 * bidirectional algorithm gives a right-to-left paragraph (an English title's words in their own
 * order among them), each page's number as "صفحہ 2 از 4" reads from the right, and (in the
 * browser) every word of a picture inside its picture; and every PDF is still PDF/UA-1 (the
 * archival record PDF/A-3a too), by veraPDF. The PDFs, Chromium's prints of the pages,
 * its screenshots and pictures of the PDFs' pages are left in {@code target/rtl} to look at.
 *
 * <p>The browser half needs Chromium and Node.js with the project's playwright-core; without
 * them it is skipped, saying so, except under {@code CI}.
 */
class RightToLeftDocumentsTest {
  private static final Path URDU = Path.of("../formulation-render/src/test/resources/"
      + "terminology/urdu-test.yaml");
  private static final Path OUT = Path.of("target", "rtl");
  private static final Path SCRIPTS = Path.of("..", "accessibility");

  /** One kind of document: how to make it as HTML and as PDF, with the same options. */
  private record Kind(Function<HtmlRenderer, String> html, Function<PdfRenderer, byte[]> pdf,
      View view, Audience audience) {}

  private static Map<String, Kind> kinds() {
    Formulation urduWords = WordsInUrdu.formulation();
    Formulation ahmed = WorkedExamples.read("school-avoidance-ahmed");
    FormulationDiff diff = FormulationDiff.between(SupervisionCase.before(),
        SupervisionCase.now());
    Map<String, Kind> kinds = new LinkedHashMap<>();
    kinds.put("record", new Kind(r -> r.render(urduWords), r -> r.render(urduWords), View.FULL,
        Audience.PRACTITIONER));
    kinds.put("family", new Kind(r -> r.render(urduWords), r -> r.render(urduWords), View.FULL,
        Audience.FAMILY));
    kinds.put("supervision", new Kind(r -> r.renderSince(SupervisionCase.before(),
        SupervisionCase.now()), r -> r.renderSince(SupervisionCase.before(), SupervisionCase.now()),
        View.SUPERVISION, Audience.PRACTITIONER));
    kinds.put("changes", new Kind(r -> r.renderChanges(diff), r -> r.renderChanges(diff),
        View.FULL, Audience.PRACTITIONER));
    kinds.put("chronology", new Kind(r -> r.render(ahmed), r -> r.render(ahmed),
        View.CHRONOLOGY, Audience.PRACTITIONER));
    kinds.put("family-tree", new Kind(r -> r.render(ahmed), r -> r.render(ahmed),
        View.GENOGRAM, Audience.FAMILY));
    kinds.put("worksheet", new Kind(HtmlRenderer::renderBlank, PdfRenderer::renderBlank,
        View.FULL, Audience.PRACTITIONER));
    return kinds;
  }

  private static Terminology urdu;
  private static final Map<String, String> HTML = new LinkedHashMap<>();
  private static final Map<String, byte[]> PDF = new LinkedHashMap<>();

  @BeforeAll
  static void render() throws IOException {
    urdu = Terminology.load(URDU);
    Files.createDirectories(OUT);
    for (Map.Entry<String, Kind> e : kinds().entrySet()) {
      Kind k = e.getValue();
      HTML.put(e.getKey(), k.html().apply(HtmlRenderer.builder().terminology(urdu)
          .view(k.view()).audience(k.audience()).build()));
      byte[] pdf = k.pdf().apply(PdfRenderer.builder().terminology(urdu).view(k.view())
          .audience(k.audience()).build());
      PDF.put(e.getKey(), pdf);
      Files.write(OUT.resolve(e.getKey() + ".pdf"), pdf);
    }
  }

  /** Whether a heading's words are one isolated run of user text (a title). */
  private static boolean isolated(Element h) {
    return h.children().size() == 1 && h.child(0).attr("dir").equals("auto")
        && h.child(0).text().equals(h.text());
  }

  @Test
  void everyPdfsHeadingsReadFromTheRightAtTheRightOfTheColumn() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String kind : HTML.keySet()) {
      List<PageLines.Line> lines = PageLines.of(PDF.get(kind));
      int found = 0;
      for (Element h : Jsoup.parse(HTML.get(kind)).select("h1, h2, h3")) {
        String heading = h.text().strip();
        List<String> expected = PageLines.expectedKeys(heading, isolated(h));
        // A heading is its line, or (the worksheet's boxes side by side) a part of one.
        PageLines.Line line = lines.stream()
            .filter(l -> java.util.Collections.indexOfSubList(l.keys(), expected) >= 0)
            .findFirst().orElse(null);
        if (line == null) {
          // A heading longer than its line wraps; it is then judged in the browser only.
          if (heading.length() < 40) {
            problems.add(kind + ": no line reads \"" + heading + "\" from the right, as "
                + expected + "; lines with its words: " + lines.stream()
                    .filter(l -> l.keys().containsAll(expected)).map(PageLines.Line::words)
                    .toList());
          }
          continue;
        }
        found++;
        // A page's heading ends where the column does: the furthest right any line on that
        // page ends (a box's heading is inside the box's padding).
        float right = (float) lines.stream().filter(l -> l.page() == line.page())
            .mapToDouble(PageLines.Line::right).max().orElseThrow();
        if (!h.tagName().equals("h3") && line.keys().equals(expected)
            && right - line.right() > 3) {
          problems.add(kind + ": \"" + heading + "\" ends " + (right - line.right())
              + " pt short of the right edge of its column on page " + line.page());
        }
      }
      if (found == 0) {
        problems.add(kind + ": not one heading found");
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void everyPdfIsStillPdfUaAndTheArchivalRecordPdfA() {
    for (Map.Entry<String, byte[]> pdf : PDF.entrySet()) {
      PdfChecks.assertConforms(pdf.getValue(), PDFAFlavour.PDFUA_1, pdf.getKey());
    }
    byte[] archival = PdfRenderer.builder().terminology(urdu).archival(true).build()
        .render(WordsInUrdu.formulation());
    PdfChecks.assertConforms(archival, PDFAFlavour.PDFA_3_A, "the archival record");
  }

  @Test
  void everyPdfsPageNumberReadsFromTheRight() throws IOException {
    for (String kind : HTML.keySet()) {
      List<String> footers = RightToLeftPdfTest.footers(PDF.get(kind));
      for (int page = 1; page <= footers.size(); page++) {
        assertPageNumber(kind + " (PDF)", footers.get(page - 1), page, footers.size(),
            kind.equals("supervision"));
      }
    }
  }

  /**
   * "صفحہ 2 از 4" drawn from the right: left to right on the page the count, از, the page and
   * صفحہ. The supervision summary is one sheet with no page number.
   */
  private static void assertPageNumber(String what, String footer, int page, int pages,
      boolean none) {
    if (none && footer.isEmpty()) {
      return;
    }
    assertEquals(List.of(String.valueOf(pages), "از", String.valueOf(page), "صفحہ").stream()
        .map(PageLines::key).toList(),
        java.util.Arrays.stream(footer.split(" ")).map(PageLines::key).toList(),
        what + ", page " + page + ": " + footer);
  }

  @Test
  void inChromiumEveryHeadingReadsFromTheRightAndEveryPicturesWordIsInsideIt()
      throws Exception {
    Path chromium = ExternalTool.require(List.of("chromium", "chromium-browser"),
        "apt-get install chromium (Debian's package) to lay out the pages in a browser");
    Path node = ExternalTool.require(List.of("node"), "apt-get install nodejs npm");
    if (!Files.exists(SCRIPTS.resolve("node_modules/playwright-core/package.json"))) {
      ExternalTool.require(List.of("npm"), "apt-get install nodejs npm");
      assertEquals(0, run(SCRIPTS, "npm", "ci", "--no-audit", "--no-fund"), "npm ci");
    }
    Path dir = Files.createDirectories(OUT.resolve("chromium"));
    List<String> command = new ArrayList<>(List.of(node.toString(),
        "src/test/browser/rtl-layout.mjs", "--browser", chromium.toString(), "--out",
        dir.toString()));
    for (Map.Entry<String, String> page : HTML.entrySet()) {
      Path file = dir.resolve(page.getKey() + ".html");
      Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
      command.add(file.toString());
    }
    assertEquals(0, run(Path.of("."), command.toArray(String[]::new)), "the pages were laid out");
    List<String> problems = new ArrayList<>();
    JsonNode layout = new ObjectMapper().readTree(dir.resolve("layout.json").toFile());
    assertEquals(HTML.size(), layout.size());
    for (JsonNode page : layout) {
      String kind = page.get("page").asText();
      assertEquals("rtl", page.get("dir").asText(), kind);
      assertFalse(page.get("headings").isEmpty(), kind + ": no heading");
      for (JsonNode h : page.get("headings")) {
        headingProblems(kind, h, problems);
      }
      for (JsonNode picture : page.get("pictures")) {
        for (JsonNode word : picture.get("words")) {
          if (word.get("left").asDouble() < picture.get("left").asDouble() - 1
              || word.get("right").asDouble() > picture.get("right").asDouble() + 1) {
            problems.add(kind + ": in " + picture.get("name").asText() + ", \""
                + word.get("text").asText() + "\" runs out of the picture");
          }
        }
      }
      // Chromium's print of the page: its page numbers, from the same @page rules.
      List<String> footers = printedFooters(Files.readAllBytes(dir.resolve(kind + ".pdf")));
      for (int n = 1; n <= footers.size(); n++) {
        assertPageNumber(kind + " (Chromium's print)", footers.get(n - 1), n, footers.size(),
            kind.equals("supervision"));
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /**
   * The page numbers of Chromium's print: the words of each page's last line but the marking,
   * which shares it (the number sits in a corner of the foot, the marking in its middle).
   */
  private static List<String> printedFooters(byte[] pdf) throws IOException {
    Map<Integer, PageLines.Line> last = new LinkedHashMap<>();
    for (PageLines.Line l : PageLines.of(pdf)) {
      last.put(l.page(), l);
    }
    return last.values().stream().map(l -> String.join(" ", l.words().stream()
        .filter(w -> !w.equals("OFFICIAL-SENSITIVE")).toList())).toList();
  }

  /** A heading in the browser: right to left, at the right of its box, its words in order. */
  private static void headingProblems(String kind, JsonNode h, List<String> problems) {
    String text = h.get("text").asText();
    if (!h.get("direction").asText().equals("rtl")) {
      problems.add(kind + ": \"" + text + "\" is laid out " + h.get("direction").asText());
    }
    List<JsonNode> words = new ArrayList<>();
    h.get("words").forEach(words::add);
    if (words.isEmpty()) {
      return;
    }
    double right = words.stream().mapToDouble(w -> w.get("right").asDouble()).max()
        .orElseThrow();
    if (h.get("contentRight").asDouble() - right > 2) {
      problems.add(kind + ": \"" + text + "\" ends " + (h.get("contentRight").asDouble() - right)
          + " px short of its box's right edge");
    }
    // Line by line (a long heading wraps), each line's words left to right.
    words.sort((a, b) -> a.get("top").asDouble() + 2 < b.get("top").asDouble() ? -1
        : b.get("top").asDouble() + 2 < a.get("top").asDouble() ? 1
        : Double.compare(a.get("left").asDouble(), b.get("left").asDouble()));
    List<List<String>> shown = new ArrayList<>();
    double top = Double.NaN;
    for (JsonNode w : words) {
      if (Double.isNaN(top) || w.get("top").asDouble() > top + 2) {
        shown.add(new ArrayList<>());
        top = w.get("top").asDouble();
      }
      shown.get(shown.size() - 1).add(w.get("text").asText());
    }
    List<String> expected = PageLines.expectedKeys(text, h.get("isolated").asBoolean());
    if (shown.size() == 1 && !PageLines.keys(shown.get(0)).equals(expected)) {
      problems.add(kind + ": \"" + text + "\" is shown as " + shown.get(0) + " where "
          + expected + " is its order from the right (as keys)");
    }
  }

  private static int run(Path dir, String... command) throws Exception {
    Path log = Files.createTempFile("sixps-rtl-", ".log");
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor();
      }
      System.out.println(String.join(" ", command) + ":\n" + Files.readString(log));
      return p.isAlive() ? -1 : p.exitValue();
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
