package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.cli.CommandLineTest.Result;
import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --view supervision --previous} and {@code diff --to}: what a supervisor runs
 * before a supervision session.
 */
class SupervisionCommandTest {
  static final Path KOWALSKI = CommandLineTest.WORKED.resolve("young-carer-kowalski.yaml");

  @TempDir
  Path dir;

  Path older;

  /** The Kowalski example as it was before its November review. */
  @BeforeEach
  void writeTheEarlierVersion() throws IOException {
    Formulation now = FormulationReader.standard().read(KOWALSKI);
    Formulation before = now.toBuilder().reviews(List.of())
        .plan(new Plan(now.plan().goals(), now.plan().actions().stream()
            .map(a -> a.id().equals("A2") ? a.toBuilder().status(ActionStatus.IN_PROGRESS).build()
                : a)
            .collect(ImmutableList.toImmutableList()), Optional.of(LocalDate.of(2026, 11, 30))))
        .build();
    older = dir.resolve("kowalski-october.yaml");
    Files.writeString(older, FormulationWriter.standard().write(before, FileFormat.YAML));
  }

  @Test
  void aShortPdfThatSaysWhatIsLateWhereThingsStandAndWhatChanged() throws IOException {
    Result r = run("render", "--view", "supervision", "--previous", older.toString(),
        KOWALSKI.toString(), "--to", "pdf", "--as-of", "2026-12-20", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    Path pdf = dir.resolve("young-carer-kowalski-supervision.pdf");
    assertTrue(r.out().contains(pdf.toString()), r.out());
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      assertTrue(doc.getNumberOfPages() <= 4, doc.getNumberOfPages() + " pages");
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      for (String expected : List.of("Where things stand", "What is late",
          "9 days ago", "What changed since 19 October 2026", "Action A2 is now done")) {
        assertTrue(text.contains(expected), expected + " in " + text);
      }
    }
  }

  @Test
  void theSupervisionViewAsHtmlAndTheFullViewBesideIt() throws IOException {
    assertEquals(0, run("render", "--view", "SUPERVISION", KOWALSKI.toString(), "--to", "html",
        "--out", dir.toString()).code());
    assertEquals(0, run("render", KOWALSKI.toString(), "--to", "html", "--out",
        dir.toString()).code());
    Document summary = Jsoup.parse(dir.resolve("young-carer-kowalski-supervision.html")
        .toFile());
    Document full = Jsoup.parse(dir.resolve("young-carer-kowalski.html").toFile());
    assertEquals("Supervision: Formulation with the Kowalski family",
        summary.selectFirst("h1").text());
    assertEquals("Formulation with the Kowalski family", full.selectFirst("h1").text());
    assertTrue(summary.select("h2").eachText().contains("What is late"));
  }

  @Test
  void previousNeedsExactlyOneFileAndAReadableEarlierVersion() {
    Result many = run("render", "--previous", older.toString(), CommandLineTest.WORKED
        .toString(), "--to", "md", "--out", dir.toString());
    assertEquals(ExitCode.USAGE, many.code(), many.err());
    assertTrue(many.err().contains("--previous compares two versions of one formulation"),
        many.err());

    Result missing = run("render", "--previous", dir.resolve("nowhere.yaml").toString(),
        KOWALSKI.toString(), "--to", "md", "--out", dir.toString());
    assertEquals(ExitCode.UNREADABLE, missing.code(), missing.err());
    assertTrue(missing.err().contains("nowhere.yaml"), missing.err());
    assertFalse(Files.exists(dir.resolve("young-carer-kowalski.md")), "nothing written");
  }

  @Test
  void asOfBelongsToTheSupervisionView() {
    Result r = run("render", KOWALSKI.toString(), "--to", "md", "--as-of", "2026-12-20",
        "--out", dir.toString());
    assertEquals(ExitCode.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("--as-of works with --view supervision only"), r.err());
    Result view = run("render", KOWALSKI.toString(), "--to", "md", "--view", "weekly");
    assertEquals(ExitCode.USAGE, view.code(), view.err());
    assertTrue(view.err().contains("use full, supervision, chronology or genogram"), view.err());
  }

  @Test
  void diffAsMarkdownHtmlAndPdf() throws IOException {
    Result md = run("diff", older.toString(), KOWALSKI.toString(), "--to", "md");
    assertEquals(0, md.code(), md.err());
    assertTrue(md.out().contains("# What changed since 19 October 2026"), md.out());
    assertTrue(md.out().contains("\n## Plan\n"), md.out());

    Path html = dir.resolve("changes.html");
    assertEquals(0, run("diff", older.toString(), KOWALSKI.toString(), "--to", "html",
        "--since", "2026-10-20", "--out", html.toString()).code());
    Document page = Jsoup.parse(html.toFile());
    assertEquals("What changed since 20 October 2026", page.selectFirst("h1").text());

    Path pdf = dir.resolve("changes.pdf");
    assertEquals(0, run("diff", older.toString(), KOWALSKI.toString(), "--to", "pdf",
        "--out", pdf.toString()).code());
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      assertTrue(new PDFTextStripper().getText(doc).contains("What changed since"));
    }
  }

  @Test
  void diffRefusesAPdfOnTheTerminalAndUnknownFormats() {
    Result pdf = run("diff", older.toString(), KOWALSKI.toString(), "--to", "pdf");
    assertEquals(ExitCode.USAGE, pdf.code(), pdf.err());
    assertTrue(pdf.err().contains("--to pdf needs --out FILE"), pdf.err());
    Result docx = run("diff", older.toString(), KOWALSKI.toString(), "--to", "docx");
    assertEquals(ExitCode.USAGE, docx.code(), docx.err());
    assertTrue(docx.err().contains("--to docx needs --out FILE"), docx.err());
    Result odt = run("diff", older.toString(), KOWALSKI.toString(), "--to", "odt");
    assertEquals(ExitCode.USAGE, odt.code(), odt.err());
    assertTrue(odt.err().contains("use text, md, html, pdf, docx or brf"), odt.err());
  }
}
