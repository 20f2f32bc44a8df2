package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.AHMED;
import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.cli.CommandLineTest.Result;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Mistakes on the command line are told in formulation's own words: what was wrong, what is
 * allowed, and an example, with a "did you mean" where one fits; never picocli's words or
 * Java's, and a stack trace only with {@code --debug}.
 */
class UsageMistakesTest {
  private static final String GOOD = AHMED.toString();

  /** Words that belong to Java or picocli, not to a user's command line. */
  private static final Pattern NOT_OURS = Pattern.compile("java\\.|Exception|picocli|"
      + "Unmatched|Invalid value|cannot convert|is not an int|expected one of|"
      + "case-insensitive|Missing required|\\[[A-Z]+, [A-Z]+\\]|\tat ");

  private static void assertMistake(String expected, String... args) {
    Result r = run(args);
    assertEquals(2, r.code(), r.err());
    assertEquals("formulation: " + expected + "\nRun 'formulation"
        + (args.length > 0 && !args[0].startsWith("-") && !args[0].equals("valdate")
            && !args[0].equals("help") ? " " + args[0] : "")
        + " --help' to see how to use it.\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void aDateThatIsNotYyyyMmDd() {
    assertMistake("--as-of 2026/12/01: that is not a date; write dates as YYYY-MM-DD, such as"
        + " 2026-11-02.\nFor example: --as-of 2026-12-01", "validate", GOOD, "--as-of",
        "2026/12/01");
  }

  @Test
  void aDateIsJudgedAsTheFileReaderJudgesIt() {
    // Written as YYYY-MM-DD, but February has no 30th: said as a file's date would be.
    assertMistake("--as-of 2026-02-30: that is not a date: February has 28 days.\n"
        + "For example: --as-of 2026-12-01", "validate", GOOD, "--as-of", "2026-02-30");
    assertMistake("--as-of 2026-2-3: that needs two digits for the month and for the day;"
        + " write 2026-02-03.\nFor example: --as-of 2026-12-01", "validate", GOOD, "--as-of",
        "2026-2-3");
  }

  @Test
  void aMistypedOptionIsNamedFirstAndNeverEchoedInTheExample() {
    // --to is missing too, but the typo is the mistake to put right.
    assertMistake("'--too' is not an option of render; did you mean --to?\n"
        + "For example: formulation render x.yaml --to pdf", "render", "x.yaml", "--too", "pdf");
    assertMistake("'--too' is not an option of render; did you mean --to?\n"
        + "For example: formulation render x.yaml --to=pdf", "render", "x.yaml", "--too=pdf");
  }

  @Test
  void aNumberThatIsNotOne() {
    assertMistake("--top abc: that is not a whole number.\nFor example: --top 2",
        "prioritise", GOOD, "--top", "abc");
  }

  @Test
  void aChoiceThatIsNotOneOfTheChoices() {
    assertMistake("--audience parent: that is not one of the choices; use practitioner or "
        + "family.\nFor example: --audience family",
        "render", GOOD, "--audience", "parent", "--to", "pdf");
    assertMistake("--audience famly: that is not one of the choices; use practitioner or "
        + "family; did you mean family?\nFor example: --audience family",
        "render", GOOD, "--audience", "famly", "--to", "pdf");
    assertMistake("--view summary: that is not one of the choices; use full or supervision.\n"
        + "For example: --view supervision", "render", GOOD, "--view", "summary", "--to", "pdf");
    assertMistake("--to doc: that is not one of the choices; use md, html, pdf, docx or brf;"
        + " did you mean docx?\nFor example: --to html", "render", GOOD, "--to", "doc");
  }

  @Test
  void aMissingOptionIsNamedWithAnExampleBuiltFromTheCommandGiven() {
    assertMistake("render needs --to FORMAT (md, html, pdf, docx (Word) or brf (Braille)).\n"
        + "For example: formulation render good.yaml --to html", "render", "good.yaml");
    assertMistake("blank needs --to FORMAT (md, html, pdf, docx (Word) or brf (Braille)).\n"
        + "For example: formulation blank --audience family --to pdf", "blank", "--audience",
        "family");
  }

  @Test
  void anOptionWithoutItsValue() {
    assertMistake("--to needs a value after it: FORMAT (md, html, pdf, docx (Word) or brf"
        + " (Braille)).\n"
        + "For example: --to html", "render", GOOD, "--to");
  }

  @Test
  void aMissingFile() {
    assertMistake("validate needs FILE (formulation files or folders).\n"
        + "For example: formulation validate family.yaml", "validate");
  }

  @Test
  void aMistypedCommand() {
    assertMistake("'valdate' is not a command; did you mean 'validate'? The commands are demo, "
        + "new, validate, prioritise, diff, render, blank, terminology, convert, redact, schema,"
        + " serve and help.",
        "valdate");
    assertMistake("'rendr' is not a command; did you mean 'render'? The commands are demo, "
        + "new, validate, prioritise, diff, render, blank, terminology, convert, redact, schema,"
        + " serve and help.",
        "help", "rendr");
  }

  @Test
  void aMistypedOption() {
    assertMistake("'--proflie' is not an option of validate; did you mean --profile?",
        "validate", GOOD, "--proflie", "draft");
    assertMistake("'--colour' is not an option of render.", "render", GOOD, "--to", "md",
        "--colour=red");
  }

  @Test
  void moreThanTheCommandTakes() {
    assertMistake("diff takes OLD and NEW, and was given more: 'c.yaml'.", "diff", GOOD, GOOD,
        "c.yaml");
    assertMistake("schema takes no files or other words, but was given 'extra'; its options "
        + "each start with --.", "schema", "extra");
  }

  @Test
  void anOptionGivenTwice() {
    assertMistake("--to is given more than once; give it once, with the value you mean.",
        "render", GOOD, "--to", "md", "--to", "pdf");
  }

  /** Every mistake above and more: none of them in Java's or picocli's words. */
  @TestFactory
  Stream<DynamicTest> noMistakeIsToldInJavasWords() {
    List<String[]> mistakes = new ArrayList<>(List.of(
        new String[] {"validate", GOOD, "--as-of", "tomorrow"},
        new String[] {"validate", GOOD, "--format", "xml"},
        new String[] {"prioritise", GOOD, "--format", "csv"},
        new String[] {"prioritise", GOOD, "--weights", "impct=3"},
        new String[] {"redact", GOOD, "--shift-dates", "soon"},
        new String[] {"convert", GOOD, "--to", "xml"},
        new String[] {"convert", GOOD},
        new String[] {"render", GOOD, "--to", "md", "--as-of", "1/2/2026", "--view",
            "supervision"},
        new String[] {"diff", GOOD, GOOD, "--since", "last week"},
        new String[] {"diff", GOOD},
        new String[] {"new", "--out"},
        new String[] {"demo", "--bogus"},
        new String[] {"--bogus"},
        new String[] {"blank", "--to", "md", "--view", "supervision"}));
    return mistakes.stream().map(args -> DynamicTest.dynamicTest(String.join(" ", args), () -> {
      Result r = run(args);
      assertEquals(2, r.code(), r.err());
      assertFalse(NOT_OURS.matcher(r.err()).find(), r.err());
      assertTrue(r.err().startsWith("formulation: "), r.err());
    }));
  }

  @Test
  void blankHasNoUseForTheDocumentOptions() {
    assertMistake("'--view' is not an option of blank, only of render.", "blank", "--to",
        "md", "--view", "supervision");
  }

  @Test
  void debugAddsTheStackTrace() {
    Result r = run("validate", GOOD, "--as-of", "2026/12/01", "--debug");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("\tat "), r.err());
  }

  @Test
  void aDateExampleIsTodayWhenTheHelpHasNone() {
    Result r = run("render", GOOD, "--to", "md", "--view", "supervision", "--as-of", "soon");
    assertTrue(r.err().contains("For example: --as-of " + LocalDate.now() + "\n"), r.err());
  }
}
