package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.WORKED;
import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.cli.CommandLineTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render and blank commands, run as a user would. */
class RenderCommandTest {
  @TempDir
  Path dir;

  // Two examples by name rather than the whole folder: the folder holds more examples, and
  // versions from before a review under the same names, which would clash in one output folder.
  private static final String AHMED = WORKED.resolve("school-avoidance-ahmed.yaml").toString();
  private static final String KOWALSKI = WORKED.resolve("young-carer-kowalski.yaml").toString();

  private List<String> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      // The documents; not the list of them the command keeps (OwnOutputs).
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(OwnOutputs.NAME))
          .sorted().collect(Collectors.toList());
    }
  }

  @Test
  void rendersEveryWorkedExampleToHtmlNamedAfterItsInput() throws IOException {
    Result r = run("render", AHMED, KOWALSKI, "--to", "html", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("school-avoidance-ahmed.html", "young-carer-kowalski.html"), files(dir));
    String html = Files.readString(dir.resolve("school-avoidance-ahmed.html"));
    assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
    assertTrue(html.contains("OFFICIAL-SENSITIVE"));
    assertTrue(r.out().contains("-> " + dir.resolve("young-carer-kowalski.html")), r.out());
  }

  @Test
  void rendersPdfsAndABlankPdfWorksheet() throws IOException {
    Result r = run("render", AHMED, KOWALSKI, "--to", "pdf", "--audience", "family",
        "--archival", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("school-avoidance-ahmed-family.pdf", "young-carer-kowalski-family.pdf"),
        files(dir));
    byte[] pdf = Files.readAllBytes(dir.resolve("school-avoidance-ahmed-family.pdf"));
    assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
        .equals("%PDF-"));

    Path blank = dir.resolve("blank").resolve("worksheet.pdf");
    Files.createDirectories(blank.getParent());
    Result b = run("blank", "--to", "pdf", "--out", blank.toString());
    assertEquals(0, b.code(), b.err());
    assertTrue(Files.size(blank) > 1000);

    Result noFile = run("blank", "--to", "pdf");
    assertEquals(2, noFile.code());
    assertTrue(noFile.err().contains("--to pdf needs --out FILE"), noFile.err());

    Result archivalHtml = run("render", WORKED.toString(), "--to", "html", "--archival");
    assertEquals(2, archivalHtml.code());
    assertTrue(archivalHtml.err().contains("--archival works with --to pdf only"),
        archivalHtml.err());
  }

  @Test
  void charactersNoFontHasAreWarnedOfAndAFontThatIsNotOneIsRefused() throws IOException {
    Path input = dir.resolve("sinhala.yaml");
    // U+0D85 and U+0D86 are Sinhala, which the bundled fonts do not cover.
    Files.writeString(input, "schema: sixps/1\nid: F-1\ntitle: Sinhala\npresenting:\n"
        + "  - { id: P1, statement: \"Amma said \u0D85\u0D86.\" }\n");
    Path out = dir.resolve("out");
    Result r = run("render", input.toString(), "--to", "pdf", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("Warning: presenting: 2 characters have no glyph"), r.err());
    assertTrue(r.err().contains("U+0D85 sinhala letter ayanna"), r.err());
    assertTrue(Files.size(out.resolve("sinhala.pdf")) > 1000);

    Path notAFont = dir.resolve("not-a-font.ttf");
    Files.writeString(notAFont, "hello");
    Result bad = run("render", input.toString(), "--to", "pdf", "--font", notAFont.toString(),
        "--out", dir.resolve("bad").toString());
    assertEquals(2, bad.code(), bad.err());
    assertTrue(bad.err().contains("--font " + notAFont + ": font"), bad.err());
    Result html = run("render", input.toString(), "--to", "html", "--font", notAFont.toString());
    assertEquals(2, html.code());
    assertTrue(html.err().contains("--font works with --to pdf only"), html.err());
  }

  @Test
  void familyVersionsAndMarkdownSitBesideThePractitionerOnes() throws IOException {
    assertEquals(0, run("render", AHMED, KOWALSKI, "--to", "html", "--audience", "family",
        "--out", dir.toString()).code());
    assertEquals(0, run("render", AHMED, KOWALSKI, "--to", "md", "--out", dir.toString())
        .code());
    assertEquals(List.of("school-avoidance-ahmed-family.html", "school-avoidance-ahmed.md",
        "young-carer-kowalski-family.html", "young-carer-kowalski.md"), files(dir));
    String family = Files.readString(dir.resolve("school-avoidance-ahmed-family.html"));
    assertTrue(family.contains("What we are worried about"), "family words by default");
  }

  @Test
  void optionsReachTheRenderer() throws IOException {
    Path words = dir.resolve("words.properties");
    Files.writeString(words, "presenting=Our worries\n");
    Result missing = run("render", WORKED.toString(), "--to", "html", "--terminology",
        words.toString(), "--out", dir.resolve("a").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no text is given for predisposing"), missing.err());

    Result named = run("render", WORKED.resolve("young-carer-kowalski.yaml").toString(), "--to",
        "md", "--terminology", "clinical-5ps-plan", "--marking", "none", "--teaching", "--out",
        dir.toString());
    assertEquals(0, named.code(), named.err());
    String md = Files.readString(dir.resolve("young-carer-kowalski.md"));
    assertTrue(md.contains("## Presenting problem"), "clinical words");
    assertFalse(md.contains("OFFICIAL-SENSITIVE"), "no marking");
    assertTrue(md.contains("About this part"), "teaching notes");

    Path located = dir.resolve("urdu.yaml");
    Files.writeString(located, "base: family\nlanguage: ur\ndirection: rtl\nheadings:\n"
        + "  presentng: ہمیں کس بات کی فکر ہے\n");
    Result bad = run("render", WORKED.toString(), "--to", "html", "--terminology",
        located.toString(), "--out", dir.resolve("b").toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains(located + ":5:14: headings.presentng: unknown key; did you mean"
        + " \"headings.presenting\"?"), bad.err());
    assertFalse(Files.exists(dir.resolve("b")), "nothing is written");

    Path template = dir.resolve("our-words.yaml");
    assertEquals(0, run("terminology", "--base", "family", "--out", template.toString()).code());
    String yaml = Files.readString(template);
    assertTrue(yaml.contains("presenting: \"What we are worried about\""), yaml);
    assertEquals(0, run("terminology", "--out", template.toString()).code(),
        "its own file, unchanged, is replaced");
    Files.writeString(template, yaml.replace("What we are worried about", "Beth sy'n ein poeni"));
    assertEquals(4, run("terminology", "--out", template.toString()).code(),
        "a file changed since, such as a translation, is kept");
    Files.writeString(template, yaml.replace("\"What we are worried about\"", "\"Co nas martwi\"")
        .replace("language: \"en-GB\"", "language: \"pl\""));
    Result polish = run("render", WORKED.resolve("young-carer-kowalski.yaml").toString(), "--to",
        "html", "--audience", "family", "--terminology", template.toString(), "--out",
        dir.resolve("pl").toString());
    assertEquals(0, polish.code(), polish.err());
    String page = Files.readString(dir.resolve("pl").resolve("young-carer-kowalski-family.html"));
    assertTrue(page.contains("<html lang=\"pl\" dir=\"ltr\">"), page.substring(0, 200));
    assertTrue(page.contains("Co nas martwi"));

    Result typo = run("render", WORKED.toString(), "--to", "html", "--terminology", "leeds6ps");
    assertEquals(2, typo.code());
    assertTrue(typo.err().contains("did you mean \"leeds-6ps\"?"), typo.err());

    Result fragmentMd = run("render", WORKED.toString(), "--to", "md", "--fragment");
    assertEquals(2, fragmentMd.code());
    assertTrue(fragmentMd.err().contains("--fragment works with --to html only"),
        fragmentMd.err());

    Result fragment = run("render", WORKED.resolve("school-avoidance-ahmed.yaml").toString(),
        "--to", "html", "--fragment", "--out", dir.resolve("frag").toString());
    assertEquals(0, fragment.code(), fragment.err());
    String article = Files.readString(dir.resolve("frag").resolve("school-avoidance-ahmed.html"));
    assertTrue(article.startsWith("<article"), article.substring(0, 40));
  }

  @Test
  void goesOnPastABadFileAndExitsWithTheWorstCode() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "schema: sixps/1\ntitel: x\n");
    Path out = dir.resolve("out");
    Result r = run("render", bad.toString(), WORKED.resolve("school-avoidance-ahmed.yaml")
        .toString(), "--to", "html", "--out", out.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains(bad + ":2:1: titel: unknown key"), r.err());
    assertEquals(List.of("school-avoidance-ahmed.html"), files(out), "the good file is written");
  }

  @Test
  void anOutputFolderThatCannotBeMadeExits4() throws IOException {
    Path notAFolder = dir.resolve("file");
    Files.writeString(notAFolder, "x");
    Result r = run("render", AHMED, "--to", "html", "--out", notAFolder.toString());
    assertEquals(4, r.code());
    assertTrue(r.err().startsWith(notAFolder + ": could not write"), r.err());
  }

  @Test
  void blankWorksheets() throws IOException {
    Result html = run("blank", "--to", "html");
    assertEquals(0, html.code(), html.err());
    assertTrue(html.out().contains("6Ps formulation worksheet"), html.out());
    assertTrue(html.out().contains("What keeps the worries going? Which matter most to the"
        + " family?"), html.out());
    Path md = dir.resolve("worksheet.md");
    assertEquals(0, run("blank", "--to", "md", "--out", md.toString()).code());
    assertTrue(Files.readString(md).contains("### Protective factors\n"));
    Path family = dir.resolve("our-worksheet.md");
    assertEquals(0, run("blank", "--to", "md", "--audience", "family", "--out",
        family.toString()).code());
    String ours = Files.readString(family);
    assertTrue(ours.contains("What made things harder for you growing up?"), ours);
    assertTrue(ours.contains("### House of worries\n\nWhat worries you?\n"), ours);
    assertEquals(2, run("blank").code(), "--to is required");
  }
}
