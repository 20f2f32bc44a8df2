package io.github.sixps.formulation.cli;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The practice rules help a draft along, through the real command line: a fresh template checks
 * clean under the draft profile with a list of what is left, a child not yet heard is said so
 * and never shown as an empty label, and one mistake gives one finding.
 */
class DraftAndPracticeTest {
  @TempDir
  Path dir;

  private Path template;

  @BeforeEach
  void writeTheTemplate() {
    template = dir.resolve("begum.yaml");
    Result r = run("new", "--out", template.toString());
    assertEquals(0, r.code(), r.err());
  }

  private static List<String> findings(Result r, Path file) {
    return r.out().lines().filter(l -> l.startsWith(file + ": ") && !l.matches(".*: [0-9]+ "
        + "errors?, .*")).map(l -> l.substring(file.toString().length() + 2))
        .collect(Collectors.toList());
  }

  @Test
  void theFreshTemplateIsACleanDraftWithAListOfWhatIsLeft() {
    Result r = run("validate", template.toString(), "--profile", "draft");
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals("", r.err());
    List<String> left = findings(r, template);
    assertEquals(List.of(
        "info blank-text title: The formulation has no title.",
        "info blank-text people[child].name: This person has no name.",
        "info blank-text people[parent].name: This person has no name.",
        "info blank-text contributors[worker].name: This contributor has no name.",
        "info blank-text presenting[P1].statement: This presenting issue is blank.",
        "info blank-text predisposing[D1].statement: This predisposing factor is blank.",
        "info blank-text precipitating[T1].statement: This precipitating factor is blank.",
        "info blank-text perpetuating[M1].statement: This perpetuating factor is blank.",
        "info blank-text protective[S1].statement: This protective factor is blank.",
        "info blank-text hypothesis.statement: The hypothesis is blank.",
        "info blank-text plan.goals[G1].outcome: This goal is blank.",
        "info blank-text plan.actions[A1].action: This action does not say what will be done."),
        left);
    assertTrue(r.out().endsWith("In all, 1 file checked: 0 errors, 0 warnings, 12 notes\n"),
        r.out());
  }

  @Test
  void aDraftStillHasErrorsForWhatIsBrokenRatherThanUnwritten() throws IOException {
    Files.writeString(template, Files.readString(template).replace("owner: parent",
        "owner: parnet"));
    Result r = run("validate", template.toString(), "--profile", "draft");
    assertEquals(1, r.code());
    assertTrue(findings(r, template).contains("error unknown-reference plan.actions[A1].owner: "
        + "\"parnet\" is not the id of anything in this formulation; it should be a person or "
        + "contributor. (Did you mean \"parent\"?)"), r.out());
  }

  @Test
  void aBlankChildsVoiceIsAChildNotYetHeard() {
    Result r = run("validate", template.toString());
    assertTrue(findings(r, template).contains("warning no-childs-voice childsVoice: The child's "
        + "own words are not recorded. (Ask the child about their worries, the good things in "
        + "their life and their dreams, and write them down in their words.)"), r.out());
  }

  @Test
  void aBlankChildsVoiceIsNeverRenderedAsAnEmptyLabel() throws IOException {
    Path out = dir.resolve("out");
    for (String format : List.of("md", "html")) {
      Result r = run("render", template.toString(), "--to", format, "--out", out.toString());
      assertEquals(0, r.code(), r.err());
      String document = Files.readString(out.resolve("begum." + format));
      for (String label : List.of("Worries", "Good things", "Dreams")) {
        assertFalse(document.contains(label), format + " shows " + label + " with nothing");
      }
      assertTrue(document.contains("Nothing is written down yet."), document);
    }
  }

  /** The Ahmed example, clean as of 25 November, with each change "from=>to" made. */
  private Path flawed(String... changes) throws IOException {
    String text = Files.readString(CommandLineTest.AHMED);
    for (String change : changes) {
      String[] fromTo = change.split("=>");
      assertTrue(text.contains(fromTo[0]), fromTo[0]);
      text = text.replace(fromTo[0], fromTo[1]);
    }
    return Files.writeString(dir.resolve("flawed.yaml"), text);
  }

  @Test
  void aMistypedOwnerIsOneFinding() throws IOException {
    // Every action a professional's but one, whose owner is mistyped: it may be the family's.
    Path file = flawed("owner: farida=>owner: okafor", "owner: imran=>owner: nurse",
        "owner: sara=>owner: sarra");
    Result r = run("validate", file.toString(), "--as-of", "2026-11-25");
    List<String> found = findings(r, file);
    assertEquals(List.of("error unknown-reference plan.actions[A5].owner: \"sarra\" is not the "
        + "id of anything in this formulation; it should be a person or contributor. (Did you "
        + "mean \"sara\"?)"), found, r.out());
  }

  @Test
  void aFocusOfTheWrongKindIsOneFinding() throws IOException {
    Path file = flawed("focus: [M1, M4, M3]=>focus: [M1, M4, P1]");
    Result r = run("validate", file.toString(), "--as-of", "2026-11-25");
    assertEquals(List.of("error wrong-reference-kind hypothesis.focus[2]: \"P1\" is a presenting "
        + "issue, but this should be a perpetuating factor."), findings(r, file), r.out());
  }

  @Test
  void aKeyGivenTwiceInAProfileIsAnError() throws IOException {
    Path profile = Files.writeString(dir.resolve("council.yaml"),
        "rules:\n  no-strengths: error\n  no-strengths: off\n");
    Result r = run("validate", CommandLineTest.AHMED.toString(), "--profile",
        profile.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("formulation: --profile: " + profile + ":3:3: the key "
        + "\"no-strengths\" is given twice; it was first given on line 2, column 3; keep one of "
        + "them\n"), r.err());
  }
}
