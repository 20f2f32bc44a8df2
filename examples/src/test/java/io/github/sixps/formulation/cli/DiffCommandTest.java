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
import io.github.sixps.formulation.model.Review;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code formulation diff}, run as a user would run it. */
class DiffCommandTest {
  static final Path AHMED = CommandLineTest.AHMED;

  @TempDir
  Path dir;

  Path later;

  /** The Ahmed example after the next supervision: A1 done, a new review, a later review date. */
  @BeforeEach
  void writeALaterVersion() throws IOException {
    Formulation f = FormulationReader.standard().read(AHMED);
    Plan plan = f.plan();
    Formulation next = f.toBuilder()
        .plan(new Plan(plan.goals(), plan.actions().stream()
            .map(a -> a.id().equals("A1") ? a.toBuilder().status(ActionStatus.DONE).build() : a)
            .collect(ImmutableList.toImmutableList()), java.util.Optional.of(
                LocalDate.of(2027, 1, 11))))
        .addReview(Review.builder().on(LocalDate.of(2026, 12, 7)).by("tm")
            .scale(Map.of("G1", 7)).actions(Map.of("A1", ActionStatus.DONE)).build())
        .build();
    later = dir.resolve("ahmed-december.yaml");
    Files.writeString(later, FormulationWriter.standard().write(next, FileFormat.YAML));
  }

  @Test
  void saysWhatChangedSinceTheLastReviewGroupedUnderHeadings() {
    Result r = run("diff", AHMED.toString(), later.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("What changed since 23 November 2026\n\nPlan\n"), r.out());
    assertTrue(r.out().contains("\n- Action A1 is now done (was in progress).\n"), r.out());
    assertTrue(r.out().contains("\n- The next review date is now 11 January 2027 (was 7 December "
        + "2026).\n"), r.out());
    assertTrue(r.out().contains("\nReviews\n- A review on 7 December 2026 was added, led by "
        + "Priya Shah. Goal scales: G1 up from 5 to 7. Actions: A1 done.\n"), r.out());
  }

  @Test
  void noChangesStillExitsZero() {
    Result r = run("diff", AHMED.toString(), AHMED.toString(), "--since", "2026-11-30");
    assertEquals(0, r.code(), r.err());
    assertEquals("What changed since 30 November 2026\n\nNothing has changed.\n", r.out());
  }

  @Test
  void writesToAFileWithOut() throws IOException {
    Path target = dir.resolve("changes.txt");
    Result r = run("diff", AHMED.toString(), later.toString(), "--out", target.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals(run("diff", AHMED.toString(), later.toString()).out(),
        Files.readString(target));
  }

  @Test
  void anUnreadableFileExits3() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "schema: sixps/1\nformulatedOn: 2026-13-01\n");
    Result r = run("diff", bad.toString(), later.toString());
    assertEquals(3, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith(bad + ":2:15: "), r.err());
    Result missing = run("diff", AHMED.toString(), dir.resolve("missing.yaml").toString());
    assertEquals(3, missing.code());
    assertTrue(missing.err().contains("no such file or folder"), missing.err());
  }

  @Test
  void anUnwritableOutputExits4() throws IOException {
    Path blocker = Files.writeString(dir.resolve("blocker"), "x");
    Path target = blocker.resolve("changes.txt");
    Result r = run("diff", AHMED.toString(), later.toString(), "--out", target.toString());
    assertEquals(4, r.code());
    assertEquals(target + ": could not write: " + blocker + " is a file, not a folder\n",
        r.err());
    assertFalse(Files.exists(target));
  }

  @Test
  void aMissingFolderForTheOutputIsMade() throws IOException {
    Path target = dir.resolve("supervision").resolve("december").resolve("changes.txt");
    Result r = run("diff", AHMED.toString(), later.toString(), "--out", target.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(target).startsWith("What changed since"),
        Files.readString(target));
  }

  @Test
  void neverWritesOverEitherVersion() throws IOException {
    String before = Files.readString(later);
    Result r = run("diff", AHMED.toString(), later.toString(), "--out", later.toString());
    assertEquals(4, r.code());
    assertEquals(later + ": not written, because it is one of the files this command reads, "
        + "and it would be lost; give --out another name\n", r.err());
    assertEquals(before, Files.readString(later));
  }

  @Test
  void isListedInTheHelp() {
    Result r = run("--help");
    assertTrue(r.out().contains("diff"), r.out());
    Result help = run("help", "diff");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("--since"), help.out());
  }
}
