package io.github.sixps.formulation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.validate.Finding;
import io.github.sixps.formulation.validate.ValidationReport;
import io.github.sixps.formulation.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The deliberately flawed teaching example shows exactly the findings its header promises: no
 * more, so a trainer is not surprised in front of a room, and no fewer.
 */
class TeachingExampleTest {
  static final Path FLAWED = WorkedExamplesTest.TEACHING.resolve("flawed-thornton.yaml");
  /** The date its header says to check it on. */
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  static final Set<String> MEANT_TO_SHOW = Set.of(
      "unexplained-presenting-issue", "no-childs-voice", "focus-differs-from-ranking",
      "unrated-factor", "single-perspective", "focus-not-addressed", "top-factor-not-addressed",
      "goal-unlinked", "goal-without-scale", "no-family-owned-action", "action-without-owner",
      "action-without-due-date", "action-without-measure", "vague-action", "action-unlinked",
      "action-overdue", "review-overdue", "no-review-yet", "jargon", "acronym",
      "deficit-language", "hard-to-read");

  /** An entry of the header's list: "#   rule-code   why it matters". */
  private static final Pattern LISTED = Pattern.compile("^#   ([a-z]+(?:-[a-z]+)*)  +\\S");

  @Test
  void showsExactlyTheFindingsItIsMeantToShow() throws Exception {
    ValidationReport report = Validator.standard()
        .validate(WorkedExamplesTest.read(FLAWED), AS_OF);
    Set<String> shown = report.findings().stream().map(Finding::code)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(MEANT_TO_SHOW), shown, report.findings().toString());
    // Everything wrong is practice, not structure: the file still reads and renders.
    assertEquals(0, report.errors().size(), report.errors().toString());
  }

  @Test
  void itsHeaderListsEachOfThoseFindingsAndWhyItMatters() throws Exception {
    Set<String> listed = new TreeSet<>();
    for (String line : Files.readAllLines(FLAWED)) {
      if (!line.startsWith("#")) {
        break;
      }
      Matcher m = LISTED.matcher(line);
      if (m.find()) {
        listed.add(m.group(1));
      }
    }
    assertEquals(new TreeSet<>(MEANT_TO_SHOW), listed);
    assertTrue(Files.readString(FLAWED).contains("--as-of 2026-12-01"),
        "the header gives the date it is checked on");
  }
}
