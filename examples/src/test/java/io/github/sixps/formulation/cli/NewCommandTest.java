package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.cli.CommandLineTest.Result;
import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.FormulationStatus;
import io.github.sixps.formulation.validate.Finding;
import io.github.sixps.formulation.validate.Profile;
import io.github.sixps.formulation.validate.Severity;
import io.github.sixps.formulation.validate.ValidationReport;
import io.github.sixps.formulation.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
  @TempDir
  Path dir;

  private static Formulation read(String yaml) throws IOException {
    return FormulationReader.standard().read(yaml, FileFormat.YAML, "new.yaml");
  }

  @Test
  void theTemplateReadsBackAsADraftDatedToday() throws IOException {
    LocalDate before = LocalDate.now();
    Result r = run("new");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    Formulation f = read(r.out());
    assertEquals(FormulationStatus.DRAFT, f.status());
    LocalDate dated = f.formulatedOn().orElseThrow();
    assertTrue(!dated.isBefore(before) && !dated.isAfter(LocalDate.now()), dated.toString());
    // An item under every heading, ready to be filled in.
    assertEquals(Set.of("child", "parent", "worker", "P1", "D1", "T1", "M1", "S1", "G1", "A1"),
        f.items().stream().map(i -> i.id()).collect(Collectors.toSet()));
    assertEquals(1, f.childsVoice().size());
    assertTrue(f.hypothesis().isPresent());
  }

  @Test
  void aDraftCheckListsOnlyWhatIsStillBlank() throws IOException {
    Formulation f = read(run("new").out());
    ValidationReport report = Validator.builder().profile(Profile.draft()).build().validate(f);
    assertFalse(report.isEmpty(), "the blanks are listed as what is left to do");
    assertEquals(Set.of("blank-text"),
        report.findings().stream().map(Finding::code).collect(Collectors.toSet()),
        "every reference, kind and date in the template is right: " + report.findings());
  }

  @Test
  void filledInItPassesTheStandardChecksWithNoErrors() throws IOException {
    String filled = run("new").out()
        .replace("title: \"\"", "title: Formulation with the Begum family")
        .replaceAll("(?m)^(\\s*(-|\\w+:)) \"\"", "$1 Written in plain words with the family.");
    Formulation f = read(filled);
    List<Finding> errors = Validator.standard().validate(f, f.formulatedOn().orElseThrow())
        .errors();
    assertEquals(List.of(), errors, filled);
  }

  @Test
  void everyPartHasAPlainPrompt() {
    String text = run("new").out();
    for (String prompt : List.of("PRESENTING: what are we worried about",
        "PREDISPOSING: what made the family vulnerable", "PRECIPITATING: why now?",
        "PERPETUATING: what keeps it going", "PROTECTIVE: what is helping?",
        "THE CHILD'S VOICE", "HYPOTHESIS:", "PLAN:", "REVIEWS:")) {
      assertTrue(text.contains("# " + prompt), prompt);
    }
    assertTrue(text.contains("SMART: specific, measurable, achievable, realistic and with a "
        + "date"), "SMART actions explained");
    assertTrue(text.lines().allMatch(l -> l.length() <= 100), "lines fit an editor");
  }

  @Test
  void writesAFileAndWillNotReplaceOneUnlessForced() throws IOException {
    Path file = dir.resolve("begum.yaml");
    Result first = run("new", "--out", file.toString());
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().contains("formulation validate " + file + " --profile draft"),
        first.out());
    assertEquals(run("new").out(), Files.readString(file));

    Files.writeString(file, "my work so far\n");
    Result again = run("new", "--out", file.toString());
    assertEquals(4, again.code());
    assertEquals(file + ": not written, because it exists already; add --force to replace "
        + "it\n", again.err());
    assertEquals("my work so far\n", Files.readString(file), "left as it was");

    assertEquals(0, run("new", "--out", file.toString(), "--force").code());
    assertEquals(Optional.of(LocalDate.now()), read(Files.readString(file)).formulatedOn());
  }

  @Test
  void jsonCannotHoldThePrompts() {
    Result r = run("new", "--out", dir.resolve("begum.json").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("name it .yaml"), r.err());
    assertFalse(Files.exists(dir.resolve("begum.json")));
  }

  @Test
  void unfilledTheOnlyErrorsAreTheBlanks() throws IOException {
    // Unfilled, the standard profile finds blanks (errors) and gaps in practice, but nothing
    // about the template's own shape.
    Formulation f = read(run("new").out());
    List<Finding> errors = Validator.standard().validate(f, f.formulatedOn().orElseThrow())
        .findings(Severity.ERROR);
    assertTrue(errors.stream().allMatch(e -> e.code().equals("blank-text")), errors.toString());
  }
}
