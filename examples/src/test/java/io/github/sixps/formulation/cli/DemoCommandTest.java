package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.cli.CommandLineTest.Result;
import io.github.sixps.formulation.examples.BundledExamples;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.testing.ExternalTool;
import io.github.sixps.formulation.validate.ValidationReport;
import io.github.sixps.formulation.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo, run once for all these tests (rendering every example to PDF twice takes a while):
 * it writes exactly what its table says, and every file is what it claims to be, read back by
 * a real parser.
 */
class DemoCommandTest {
  @TempDir
  static Path dir;

  static Path out;
  static Result result;
  /** The table's rows: name to errors, warnings, notes and files, as printed. */
  static final Map<String, List<String>> TABLE = new LinkedHashMap<>();
  static final String MARKING = "Fictional example for training";

  @BeforeAll
  static void runTheDemoOnce() throws IOException {
    out = dir.resolve("handouts");
    Files.createDirectories(out);
    // Something of the trainer's own, which the demo must leave alone.
    Files.writeString(out.resolve("notes.txt"), "my notes\n");
    result = run("demo", "--out", out.toString());
    Pattern row = Pattern.compile("(\\S+) +(\\d+|-) +(\\d+|-) +(\\d+|-) +(\\d+)");
    boolean inTable = false;
    for (String line : result.out().lines().collect(Collectors.toList())) {
      if (line.startsWith("Example ")) {
        inTable = true;
      } else if (line.isEmpty()) {
        inTable = false;
      } else if (inTable) {
        Matcher m = row.matcher(line);
        assertTrue(m.matches(), "a row of the table: " + line);
        TABLE.put(m.group(1), List.of(m.group(2), m.group(3), m.group(4), m.group(5)));
      }
    }
  }

  /** The files a row of the table stands for, by the naming the demo's output explains. */
  private static List<String> filesOf(String name) {
    List<String> files = new ArrayList<>();
    for (String audience : List.of("", "-family")) {
      for (String ext : List.of("pdf", "docx", "html", "md")) {
        files.add(name + audience + "." + ext);
      }
    }
    if (!name.equals(DemoCommand.WORKSHEET)) {
      files.add(name + "-findings.txt");
    }
    return files;
  }

  private static Set<String> filesOnDisk() throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      // The handouts; not the list of them demo keeps (OwnOutputs).
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(OwnOutputs.NAME))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** An example's own date: its latest review, else the day it was formulated. */
  private static LocalDate asOf(Formulation f) {
    return f.reviews().stream().flatMap(r -> r.on().stream()).max(LocalDate::compareTo)
        .orElseGet(() -> f.formulatedOn().orElseThrow());
  }

  @Test
  void succeedsWithOneRowForEachBundledExampleAndTheWorksheet() {
    assertEquals(0, result.code(), result.err());
    List<String> expected = new ArrayList<>();
    BundledExamples.paths().forEach(p -> expected.add(DemoCommand.name(p)));
    expected.add(DemoCommand.WORKSHEET);
    assertEquals(expected, new ArrayList<>(TABLE.keySet()), result.out());
  }

  @Test
  void writesExactlyTheFilesItsTableSays() throws IOException {
    Set<String> promised = new TreeSet<>();
    int total = 0;
    for (Map.Entry<String, List<String>> row : TABLE.entrySet()) {
      List<String> files = filesOf(row.getKey());
      assertEquals(Integer.toString(files.size()), row.getValue().get(3), row.getKey());
      promised.addAll(files);
      total += files.size();
    }
    assertTrue(result.out().contains("\n" + total + " files written to " + out + ", and "
        + "index.html, a page that links to them all.\n"), result.out());
    assertTrue(result.out().contains("  " + out.resolve("index.html") + "\n"), result.out());
    // The summary names every kind of file the table counts, the Word documents too.
    assertTrue(result.out().contains("For each example NAME: NAME.pdf, NAME.docx (Word), NAME.html"
        + " and NAME.md for\npractitioners; NAME-family.pdf, .docx, .html and .md for the family;"),
        result.out());
    promised.add("index.html");
    promised.add("notes.txt");
    assertEquals(promised, filesOnDisk());
    assertEquals("my notes\n", Files.readString(out.resolve("notes.txt")), "left alone");
  }

  @Test
  void countsTheFindingsAsOfEachExamplesOwnDate() throws IOException {
    for (String path : BundledExamples.paths()) {
      Formulation f = BundledExamples.read(path);
      ValidationReport report = Validator.standard().validate(f, asOf(f));
      List<String> row = TABLE.get(DemoCommand.name(path));
      assertEquals(List.of(report.errors().size(), report.warnings().size(),
              report.infos().size()).toString(),
          row.subList(0, 3).stream().map(Integer::valueOf).collect(Collectors.toList())
              .toString(), path);
      String findings = Files.readString(out.resolve(DemoCommand.name(path) + "-findings.txt"));
      assertTrue(findings.contains("as of " + asOf(f)), findings);
      assertTrue(findings.contains(report.summary() + ".\n"), findings);
      report.findings().forEach(finding ->
          assertTrue(findings.contains(finding.code() + " "), finding + " in " + path));
    }
    assertEquals(List.of("-", "-", "-"), TABLE.get(DemoCommand.WORKSHEET).subList(0, 3));
  }

  @Test
  void reportsProgressOneLineAnExampleOffATerminal() {
    List<String> lines = result.err().lines().collect(Collectors.toList());
    assertEquals(TABLE.size(), lines.size(), result.err());
    for (String path : BundledExamples.paths()) {
      assertTrue(lines.stream().anyMatch(l -> l.matches("\\[\\d+/" + TABLE.size() + "\\] "
          + Pattern.quote(path) + ": done")), path + " in\n" + result.err());
    }
  }

  @Test
  void theIndexLinksEveryFileAndNothingElse() throws IOException {
    Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    assertEquals("en-GB", index.selectFirst("html").attr("lang"));
    assertFalse(index.title().isBlank());
    assertEquals(1, index.select("h1").size());
    assertTrue(index.text().contains("Every family, professional and service in these examples"
        + " is fictional."), index.text());
    assertTrue(index.select("script, link[rel=stylesheet], img[src^=http]").isEmpty(),
        "standalone: nothing fetched, nothing run");

    Set<String> linked = index.select("a[href]").stream().map(a -> a.attr("href"))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> written = filesOnDisk();
    written.remove("index.html");
    written.remove("notes.txt");
    assertEquals(written, linked);
    for (Element a : index.select("a[href]")) {
      assertFalse(a.text().isBlank(), "every link has words: " + a);
    }

    // The Word document beside each PDF, of the same name, for every example and the worksheet.
    List<Element> pdfs = index.select("a[href$=.pdf]");
    assertEquals(2 * (BundledExamples.paths().size() + 1), pdfs.size());
    for (Element pdf : pdfs) {
      Element next = pdf.nextElementSibling();
      String href = pdf.attr("href");
      assertEquals(href.substring(0, href.length() - ".pdf".length()) + ".docx",
          next == null ? null : next.attr("href"), "the Word document beside " + href);
      assertTrue(next.text().startsWith("Word"), next.outerHtml());
    }

    List<Element> rows = index.select("table tbody tr");
    assertEquals(BundledExamples.paths().size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      String path = BundledExamples.paths().get(i);
      Element header = rows.get(i).selectFirst("th[scope=row]");
      assertTrue(header.text().contains(path), header.text());
      assertTrue(header.text().contains(BundledExamples.read(path).title()), header.text());
    }
  }

  @Test
  void everyHtmlHandoutIsAWholePageMarkedAsFictional() throws IOException {
    for (String path : BundledExamples.paths()) {
      Formulation f = BundledExamples.read(path);
      for (String audience : List.of("", "-family")) {
        Path file = out.resolve(DemoCommand.name(path) + audience + ".html");
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        assertEquals("en-GB", page.selectFirst("html").attr("lang"), file.toString());
        assertTrue(page.title().contains(f.title()), file + ": " + page.title());
        assertTrue(page.selectFirst("body").text().contains(MARKING), file.toString());
        assertFalse(page.html().contains("OFFICIAL-SENSITIVE"), file.toString());
      }
    }
    Document worksheet = Jsoup.parse(out.resolve("blank-worksheet.html").toFile(), "UTF-8");
    assertTrue(worksheet.text().contains("OFFICIAL-SENSITIVE"),
        "once filled in, a worksheet may be a real record");
  }

  @Test
  void everyMarkdownHandoutParsesWithTheTitleAsItsHeading() throws IOException {
    Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    for (String path : BundledExamples.paths()) {
      Formulation f = BundledExamples.read(path);
      for (String audience : List.of("", "-family")) {
        Path file = out.resolve(DemoCommand.name(path) + audience + ".md");
        Node document = parser.parse(Files.readString(file));
        List<String> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            if (heading.getLevel() == 1) {
              StringBuilder text = new StringBuilder();
              for (Node n = heading.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Text) {
                  text.append(((Text) n).getLiteral());
                }
              }
              headings.add(text.toString());
            }
          }
        });
        assertEquals(List.of(f.title()), headings, file.toString());
        assertTrue(Files.readString(file).startsWith("**" + MARKING + "**"), file.toString());
      }
    }
  }

  @Test
  void everyPdfPassesQpdfsCheckWithNoWarning() throws Exception {
    Path qpdf = ExternalTool.require(List.of("qpdf"), "apt-get install qpdf");
    for (String name : TABLE.keySet()) {
      for (String audience : List.of("", "-family")) {
        Path file = out.resolve(name + audience + ".pdf");
        Process check = new ProcessBuilder(qpdf.toString(), "--check", file.toString())
            .redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // 0: no problem; 3: warnings only; 2: errors.
        assertEquals(0, check.waitFor(), file + ":\n" + said);
        assertFalse(said.contains("WARNING"), file + ":\n" + said);
      }
    }
  }

  @Test
  void everyPdfOpensAndSaysWhatItIs() throws IOException {
    for (String name : TABLE.keySet()) {
      for (String audience : List.of("", "-family")) {
        Path file = out.resolve(name + audience + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
          assertTrue(pdf.getNumberOfPages() >= 1, file.toString());
          String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
          String marking = name.equals(DemoCommand.WORKSHEET) ? "OFFICIAL-SENSITIVE" : MARKING;
          assertTrue(text.contains(marking), file + ": " + marking);
          if (!name.equals(DemoCommand.WORKSHEET)) {
            String source = BundledExamples.paths().stream()
                .filter(p -> DemoCommand.name(p).equals(name)).findFirst().orElseThrow();
            String title = BundledExamples.read(source).title();
            assertTrue(text.contains(title), file + ": " + title);
            assertEquals(title, pdf.getDocumentInformation().getTitle(), file.toString());
          }
        }
      }
    }
  }

  @Test
  void namesFilesAfterTheExamplesPath() {
    assertEquals("young-carer-kowalski", DemoCommand.name("worked/young-carer-kowalski.yaml"));
    assertEquals("before-review-young-carer-kowalski",
        DemoCommand.name("worked/before-review/young-carer-kowalski.yaml"));
    assertEquals("teaching-flawed-plan", DemoCommand.name("teaching/flawed-plan.yaml"));
  }

  @Test
  void anOutputThatIsAFileIsRefusedWithExitCode4() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Result r = run("demo", "--out", file.toString());
    assertEquals(4, r.code());
    assertTrue(r.err().startsWith(file + ": could not write: this is a file"), r.err());
    assertEquals("", r.out());
  }
}
