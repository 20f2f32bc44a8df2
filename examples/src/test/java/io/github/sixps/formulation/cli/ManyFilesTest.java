package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.AHMED;
import static io.github.sixps.formulation.cli.CommandLineTest.WORKED;
import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sixps.formulation.cli.CommandLineTest.Result;
import io.github.sixps.formulation.io.FormulationReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that takes files, given many: a folder, several files, and one bad file among
 * good ones. The good ones are still done, every problem is listed at the end, the exit code is
 * the worst, and (off a terminal, as here) each finished file is one plain line on stderr.
 */
class ManyFilesTest {
  @TempDir
  Path dir;

  /** Three good copies of the Ahmed example and one that cannot be read, in a folder. */
  private Path cases;
  private Path bad;
  private List<Path> good;

  @BeforeEach
  void makeCases() throws IOException {
    cases = Files.createDirectory(dir.resolve("cases"));
    good = new ArrayList<>();
    for (String name : List.of("a-family.yaml", "b-family.yaml", "d-family.yaml")) {
      good.add(Files.copy(AHMED, cases.resolve(name)));
    }
    bad = Files.writeString(cases.resolve("c-family.yaml"), "schema: sixps/1\ntitel: x\n");
  }

  private static final String BAD_LINE = "c-family.yaml:2:1: titel: unknown key";

  /** The plain progress lines, without their counts, which follow the order work finishes. */
  private static List<String> progress(Result r) {
    return r.err().lines().filter(l -> l.matches("\\[\\d+/\\d+\\] .*"))
        .map(l -> l.substring(l.indexOf("] ") + 2)).sorted().collect(Collectors.toList());
  }

  private List<String> expectedProgress() {
    List<String> lines = new ArrayList<>();
    for (Path p : good) {
      lines.add(p + ": done");
    }
    lines.add(bad + ": could not be read (the problem is shown at the end)");
    return lines.stream().sorted().collect(Collectors.toList());
  }

  /** Problems come after every progress line, so they are all in one place at the end. */
  private static void assertProblemsAtTheEnd(Result r, String problem) {
    List<String> lines = r.err().lines().collect(Collectors.toList());
    int last = lines.size() - 1;
    assertTrue(lines.get(last).contains(problem), r.err());
    assertTrue(lines.subList(0, last).stream().allMatch(l -> l.startsWith("[")), r.err());
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      // The documents; not the list of them the command keeps (OwnOutputs).
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(OwnOutputs.NAME))
          .sorted().collect(Collectors.toList());
    }
  }

  @Test
  void validate() {
    Result r = run("validate", cases.toString(), "--as-of", "2026-11-25");
    assertEquals(3, r.code(), r.err());
    assertEquals(expectedProgress(), progress(r));
    assertProblemsAtTheEnd(r, BAD_LINE);
    // Each file's lines together and in name order, then the total.
    assertEquals(List.of(good.get(0) + ": 0 errors, 0 warnings, 0 notes",
            good.get(1) + ": 0 errors, 0 warnings, 0 notes",
            good.get(2) + ": 0 errors, 0 warnings, 0 notes",
            "In all, 3 files checked: 0 errors, 0 warnings, 0 notes; 1 file could not be read"),
        r.out().lines().collect(Collectors.toList()));
  }

  @Test
  void validateFindingsAndUnreadableFilesTogetherExit3() throws IOException {
    Path flawed = Files.writeString(dir.resolve("flawed.yaml"), CommandLineTest.FLAWED);
    Result findings = run("validate", flawed.toString(), AHMED.toString(), "--as-of",
        "2026-11-25");
    assertEquals(1, findings.code(), "an error finding, nothing worse");
    Result both = run("validate", flawed.toString(), bad.toString(), "--as-of", "2026-11-25");
    assertEquals(3, both.code(), "could not be read is worse than a finding");
    assertTrue(progress(both).contains(flawed + ": done, with findings at error severity"),
        both.err());
  }

  @Test
  void render() throws IOException {
    Path out = dir.resolve("out");
    Result r = run("render", cases.toString(), "--to", "md", "--out", out.toString());
    assertEquals(3, r.code(), r.err());
    assertEquals(expectedProgress(), progress(r));
    assertProblemsAtTheEnd(r, BAD_LINE);
    assertEquals(List.of("a-family.md", "b-family.md", "d-family.md"), files(out));
    assertEquals(List.of(good.get(0) + " -> " + out.resolve("a-family.md"),
            good.get(1) + " -> " + out.resolve("b-family.md"),
            good.get(2) + " -> " + out.resolve("d-family.md")),
        r.out().lines().collect(Collectors.toList()));
  }

  @Test
  void convert() throws IOException {
    Path out = dir.resolve("json");
    Result r = run("convert", cases.toString(), "--to", "json", "--out", out.toString());
    assertEquals(3, r.code(), r.err());
    assertEquals(expectedProgress(), progress(r));
    assertProblemsAtTheEnd(r, BAD_LINE);
    assertEquals(List.of("a-family.json", "b-family.json", "d-family.json"), files(out));
    FormulationReader reader = FormulationReader.standard();
    assertEquals(reader.read(AHMED), reader.read(out.resolve("b-family.json")));
  }

  @Test
  void redactNumbersItsResultsSoNoFileNameCarriesAFamilysName() throws IOException {
    Path out = dir.resolve("training");
    Result r = run("redact", cases.toString(), "--out", out.toString());
    assertEquals(3, r.code(), r.err());
    assertEquals(expectedProgress(), progress(r));
    assertProblemsAtTheEnd(r, BAD_LINE);
    // Numbered in input order: c-family.yaml, the bad one, was 3rd.
    assertEquals(List.of("example-1.yaml", "example-2.yaml", "example-4.yaml"), files(out));
    List<String> said = r.out().lines().filter(l -> l.contains(" -> "))
        .collect(Collectors.toList());
    assertEquals(List.of(good.get(0) + " -> " + out.resolve("example-1.yaml"),
        good.get(1) + " -> " + out.resolve("example-2.yaml"),
        good.get(2) + " -> " + out.resolve("example-4.yaml")), said);
    // Each file's list to check comes under it, before the next file.
    String text = r.out();
    int first = text.indexOf(" -> ");
    int second = text.indexOf(" -> ", first + 1);
    assertTrue(text.substring(first, second).contains("to check by hand."), text);
    assertFalse(Files.readString(out.resolve("example-1.yaml")).contains("Amira"));
  }

  @Test
  void prioritise() {
    Result r = run("prioritise", cases.toString());
    assertEquals(3, r.code(), r.err());
    assertEquals(expectedProgress(), progress(r));
    assertProblemsAtTheEnd(r, BAD_LINE);
    // Each table under its file's name.
    List<String> lines = r.out().lines().collect(Collectors.toList());
    assertEquals(good.get(0).toString(), lines.get(0));
    assertEquals(3, lines.stream().filter(l -> l.startsWith("Top 3 to focus the plan on"))
        .count());
    assertTrue(r.out().indexOf(good.get(1).toString()) < r.out().indexOf(good.get(2).toString()));
  }

  @Test
  void prioritiseGivesAJsonArrayForManyFiles() throws IOException {
    Result r = run("prioritise", good.get(0).toString(), good.get(2).toString(), "--format",
        "json");
    assertEquals(0, r.code(), r.err());
    JsonNode rankings = new ObjectMapper().readTree(r.out());
    assertTrue(rankings.isArray(), r.out());
    assertEquals(2, rankings.size());
    assertEquals("M1", rankings.get(1).get("top").get(0).asText());
    Result one = run("prioritise", good.get(0).toString(), "--format", "json");
    assertTrue(new ObjectMapper().readTree(one.out()).isObject(), "one file, one object");
  }

  @Test
  void theSameFileTwiceIsWorkedOnOnce() {
    Result r = run("validate", cases.toString(), good.get(0).toString(), "--as-of",
        "2026-11-25");
    assertEquals(1, r.out().lines().filter(l -> l.startsWith(good.get(0).toString())).count(),
        r.out());
  }

  @Test
  void severalFoldersAndFilesAreWorkedOnTogether() throws IOException {
    Result r = run("validate", WORKED.toString(), good.get(1).toString(), "--as-of",
        "2026-11-30");
    assertEquals(0, r.code(), r.err());
    int files = CommandLineTest.workedFiles().size() + 1;
    assertTrue(r.out().contains("In all, " + files + " files"), r.out());
    assertEquals(files, progress(r).size(), r.err());
  }

  @Test
  void aFolderWithNothingToReadIsAProblemAndTheRestGoOn() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path out = dir.resolve("out");
    Result r = run("render", empty.toString(), good.get(0).toString(), "--to", "md", "--out",
        out.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains(empty + ": this folder holds no formulation files: none of the "
        + "files in it ends in .yaml, .yml or .json"), r.err());
    assertEquals(List.of("a-family.md"), files(out));
  }

  @Test
  void manyFilesNeedAFolderToWriteInto() {
    Result convert = run("convert", cases.toString(), "--to", "json");
    assertEquals(2, convert.code());
    assertTrue(convert.err().contains("more than one file needs a folder for the results: add "
        + "--out DIR"), convert.err());
    Result redact = run("redact", good.get(0).toString(), good.get(1).toString());
    assertEquals(2, redact.code());
    assertTrue(redact.err().contains("add --out DIR"), redact.err());
  }

  @Test
  void outputsThatWouldShareANameAreRefusedBeforeAnythingIsWritten() throws IOException {
    Path other = Files.createDirectory(dir.resolve("other"));
    Path twin = Files.copy(AHMED, other.resolve("a-family.yaml"));
    Path out = dir.resolve("out");
    Result r = run("render", good.get(0).toString(), twin.toString(), "--to", "html", "--out",
        out.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(good.get(0) + " and " + twin + " would both be written to "
        + out.resolve("a-family.html")), r.err());
    assertFalse(Files.exists(out), "nothing is written");

    Files.writeString(cases.resolve("a-family.json"),
        run("convert", AHMED.toString(), "--to", "json").out());
    Result convert = run("convert", cases.toString(), "--to", "yaml", "--out",
        dir.resolve("yaml").toString());
    assertEquals(2, convert.code());
    assertTrue(convert.err().contains("would both be written to"), convert.err());
  }

  @Test
  void filesInSubfoldersKeepTheirSubfolderUnderOut() throws IOException {
    Files.delete(bad);
    Path earlier = Files.createDirectories(cases.resolve("before-review"));
    Files.copy(AHMED, earlier.resolve("a-family.yaml"));
    Path out = dir.resolve("out");
    Result r = run("render", cases.toString(), "--to", "md", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("a-family.md", "b-family.md", "before-review", "d-family.md"),
        files(out));
    assertEquals(List.of("a-family.md"), files(out.resolve("before-review")));

    Result convert = run("convert", cases.toString(), "--to", "json", "--out",
        dir.resolve("json").toString());
    assertEquals(0, convert.code(), convert.err());
    assertEquals(List.of("a-family.json"), files(dir.resolve("json").resolve("before-review")));
  }

  @Test
  void oneFileIntoAnExistingFolderIsNamedAfterItself() throws IOException {
    Path out = Files.createDirectory(dir.resolve("json"));
    Result r = run("convert", AHMED.toString(), "--to", "json", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("school-avoidance-ahmed.json"), files(out));
  }

  @Test
  void aFolderOfOneFileStillWritesIntoAFolder() throws IOException {
    Path one = Files.createDirectory(dir.resolve("one"));
    Files.copy(AHMED, one.resolve("ahmed.yaml"));
    Path out = dir.resolve("converted");
    Result r = run("convert", one.toString(), "--to", "json", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("ahmed.json"), files(out));
  }
}
