package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.WORKED;
import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.cli.CommandLineTest.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --to brf}: Braille Ready Files from the command line, as a user makes them. */
class BrailleCommandTest {
  @TempDir
  Path dir;

  private static final String AHMED = WORKED.resolve("school-avoidance-ahmed.yaml").toString();

  /** Checks a file is Braille ASCII in pages of 25 lines of at most 40 cells. */
  private static void assertBrf(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (byte b : bytes) {
      assertTrue(b == '\r' || b == '\n' || b == '\f' || (b >= 0x20 && b <= 0x5F),
          "not Braille ASCII: " + b);
    }
    String text = new String(bytes, StandardCharsets.US_ASCII);
    for (String page : text.split("\f")) {
      String[] lines = page.split("\r\n", -1);
      assertEquals(26, lines.length, "25 lines, each ended by CR LF");
      for (String line : lines) {
        assertTrue(line.length() <= 40, line);
      }
    }
  }

  @Test
  void brailleIsForTheFamilyUnlessAskedForThePractitioner() throws IOException {
    Result r = run("render", AHMED, "--to", "brf", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err(), "nothing on standard error: no warnings, no logging");
    Path family = dir.resolve("school-avoidance-ahmed-family.brf");
    assertBrf(family);
    String brf = Files.readString(family, StandardCharsets.US_ASCII);
    assertTrue(brf.contains(",AMIRA"), "Amira, with its capital sign");
    assertFalse(brf.contains(",REF];E3"), "no reference number for the family");

    Result p = run("render", AHMED, "--to", "BRF", "--audience", "practitioner", "--out",
        dir.toString());
    assertEquals(0, p.code(), p.err());
    Path practitioner = dir.resolve("school-avoidance-ahmed.brf");
    assertBrf(practitioner);
    assertTrue(Files.readString(practitioner, StandardCharsets.US_ASCII).contains(",REF];E3"),
        "the practitioner's record has its reference");
  }

  @Test
  void writingBrailleHasNoSignsForIsWarnedOfAndTheFileStillWritten() throws IOException {
    Path input = dir.resolve("begum.yaml");
    Files.writeString(input, "schema: sixps/1\nid: F-1\ntitle: Begum\npresenting:\n"
        + "  - { id: P1, statement: \"Nani said \u0634\u06CC\u0631\u06CC\u06BA and \u4E2D.\" }\n");
    Path out = dir.resolve("out");
    Result r = run("render", input.toString(), "--to", "brf", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("Warning: presenting: 5 characters have no sign in Unified"
        + " English Braille"), r.err());
    assertTrue(r.err().contains("U+4E2D cjk unified ideographs 4e2d"), r.err());
    assertBrf(out.resolve("begum-family.brf"));
  }

  @Test
  void brailleChangesAndABrailleWorksheet() throws IOException {
    Path worksheet = dir.resolve("our-worksheet.brf");
    Result blank = run("blank", "--to", "brf", "--out", worksheet.toString());
    assertEquals(0, blank.code(), blank.err());
    assertBrf(worksheet);
    String brf = Files.readString(worksheet, StandardCharsets.US_ASCII);
    // The family's words, as the print worksheet has them: "House of worries", "What worries
    // you?", each once.
    assertEquals(1, brf.split(",H\\\\SE \\( WORRIES", -1).length - 1, brf);
    assertTrue(brf.contains(",:AT WORRIES Y8"), brf);

    Path changes = dir.resolve("changes.brf");
    Result diff = run("diff", WORKED.resolve("before-review/young-carer-kowalski.yaml")
        .toString(), WORKED.resolve("young-carer-kowalski.yaml").toString(), "--to", "brf",
        "--out", changes.toString());
    assertEquals(0, diff.code(), diff.err());
    assertBrf(changes);

    Result wrong = run("render", AHMED, "--to", "braille");
    assertEquals(2, wrong.code());
    assertTrue(wrong.err().contains("use md, html, pdf, docx or brf"), wrong.err());
  }
}
