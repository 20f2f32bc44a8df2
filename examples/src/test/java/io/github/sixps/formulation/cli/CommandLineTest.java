package io.github.sixps.formulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line through picocli with captured output, as a user would see it. */
class CommandLineTest {
  static final Path WORKED = Path.of("src/main/resources/worked");
  static final Path AHMED = WORKED.resolve("school-avoidance-ahmed.yaml");

  @TempDir
  Path dir;

  /**
   * Every example a command finds in the worked examples folder: the folder and the folders
   * under it, so the versions from before a review too.
   */
  static List<Path> workedFiles() throws IOException {
    try (Stream<Path> all = Files.walk(WORKED)) {
      return all.filter(p -> p.toString().endsWith(".yaml")).sorted()
          .collect(Collectors.toList());
    }
  }

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FormulationCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void validateAcceptsTheWorkedExamplesFolder() throws IOException {
    Result r = run("validate", WORKED.toString(), "--as-of", "2026-11-25");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains(AHMED + ": 0 errors, 0 warnings, 0 notes"), r.out());
    List<String> files = workedFiles().stream().map(p -> p + ": done").sorted()
        .collect(Collectors.toList());
    assertTrue(r.out().contains("In all, " + files.size() + " files checked: 0 errors"),
        r.out());
    // Off a terminal, progress is one plain line a file, in the order they finish.
    assertEquals(files, r.err().lines().map(l -> l.replaceFirst("^\\[[0-9]+/[0-9]+\\] ", ""))
        .sorted().collect(Collectors.toList()));
  }

  static final String FLAWED = "schema: sixps/1\n"
      + "title: Flawed\n"
      + "formulatedOn: 2026-11-01\n"
      + "people:\n"
      + "  - { id: ben, name: Ben, role: child }\n"
      + "  - { id: kim, name: Kim, role: parent }\n"
      + "presenting:\n"
      + "  - { id: P1, statement: Ben is often late to school., sources: [kim] }\n"
      + "plan:\n"
      + "  actions:\n"
      + "    - { id: A1, action: Kim sets an alarm., owner: kimm, due: 2026-11-10 }\n";

  @Test
  void validateReportsFindingsOneALineAndExits1OnErrors() throws IOException {
    Path flawed = write("flawed.yaml", FLAWED);
    Result r = run("validate", flawed.toString(), "--as-of", "2026-11-25");
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains(flawed + ": error unknown-reference plan.actions[A1].owner: "
        + "\"kimm\" is not the id of anything in this formulation; it should be a person or "
        + "contributor. (Did you mean \"kim\"?)\n"), r.out());
    assertTrue(r.out().contains(flawed + ": warning action-overdue plan.actions[A1].due: "),
        r.out());
    assertTrue(r.out().contains(flawed + ": warning no-strengths protective: "), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches(
        ".*flawed.yaml: [0-9]+ errors?, [0-9]+ warnings?, [0-9]+ notes?")), r.out());
    assertEquals("", r.err());
  }

  @Test
  void validateProfilesAndDates() throws IOException {
    Path flawed = write("flawed.yaml", FLAWED);
    Result draft = run("validate", flawed.toString(), "--profile", "draft", "--as-of",
        "2026-11-25");
    assertEquals(1, draft.code());
    assertFalse(draft.out().contains("no-strengths"), "draft runs structure rules only");
    assertFalse(draft.out().contains("action-overdue"), draft.out());

    Result early = run("validate", flawed.toString(), "--as-of", "2026-11-05");
    assertFalse(early.out().contains("action-overdue"), "not yet due on 5 November");

    Path profile = write("council.yaml", "extends: standard\nrules:\n  unknown-reference: off\n"
        + "  no-strengths: error\n");
    Result custom = run("validate", flawed.toString(), "--profile", profile.toString(),
        "--as-of", "2026-11-25");
    assertFalse(custom.out().contains("unknown-reference"), custom.out());
    assertTrue(custom.out().contains("error no-strengths protective"), custom.out());

    Result badProfile = run("validate", flawed.toString(), "--profile", "strcit");
    assertEquals(2, badProfile.code());
    assertTrue(badProfile.err().contains("did you mean \"strict\"?"), badProfile.err());

    Result badDate = run("validate", flawed.toString(), "--as-of", "25/11/2026");
    assertEquals(2, badDate.code());
  }

  @Test
  void validateWritesJsonForPrograms() throws IOException {
    Path flawed = write("flawed.yaml", FLAWED);
    Path bad = write("bad.yaml", "schema: sixps/1\npeople:\n  - id: a\n    nmae: A\n");
    Result r = run("validate", flawed.toString(), bad.toString(), "--format", "json",
        "--as-of", "2026-11-25");
    assertEquals(3, r.code(), "an unreadable file is the worst outcome");
    com.fasterxml.jackson.databind.JsonNode findings =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertTrue(findings.isArray() && findings.size() > 3, r.out());
    com.fasterxml.jackson.databind.JsonNode first = findings.get(0);
    for (String field : List.of("file", "severity", "code", "path", "message")) {
      assertTrue(first.has(field), field + " in " + first);
    }
    com.fasterxml.jackson.databind.JsonNode last = findings.get(findings.size() - 1);
    assertEquals("unreadable", last.get("code").asText());
    assertEquals(4, last.get("line").asInt());
    assertEquals("people[0].nmae", last.get("path").asText());
  }

  @Test
  void validateReportsAMalformedFileOnOneLocatedLineAndExits3() throws IOException {
    Path bad = write("bad.yaml", "schema: sixps/1\npeople:\n  - id: a\n    nmae: Amira\n");
    Result r = run("validate", bad.toString());
    assertEquals(3, r.code());
    assertEquals(bad + ":4:5: people[0].nmae: unknown key \"nmae\" in a person; did you mean"
        + " \"name\"?\n", r.err());
    assertFalse(r.err().contains("Exception"), "no stack trace without --debug");
  }

  @Test
  void validateGoesOnPastABadFileAndReportsBoth() throws IOException {
    Path bad = write("bad.json", "{\"schema\": \"sixps/1\", \"status\": \"agred\"}");
    Result r = run("validate", bad.toString(), AHMED.toString(), dir.resolve("missing.yaml")
        .toString(), "--as-of", "2026-11-25");
    assertEquals(3, r.code());
    assertTrue(r.out().contains(AHMED + ": 0 errors, 0 warnings, 0 notes"), r.out());
    assertTrue(r.err().contains(bad + ":1:33: status: \"agred\" is not a formulation status"),
        r.err());
    assertTrue(r.err().contains("did you mean \"agreed\"?"), r.err());
    assertTrue(r.err().contains("missing.yaml: there is no file or folder called "
        + "\"missing.yaml\" in " + dir), r.err());
    // A file that is not there is said so, not counted as a file.
    assertTrue(r.out().endsWith("In all, 1 file checked: 0 errors, 0 warnings, 0 notes; 1 file "
        + "could not be read; " + dir.resolve("missing.yaml") + " is not there\n"), r.out());
  }

  @Test
  void theSummaryComesAfterTheProblems() throws IOException {
    // Standard output and standard error into one stream, as on a terminal.
    Path bad = write("bad.yaml", "schema: sixps/1\ntitel: x\n");
    StringWriter both = new StringWriter();
    PrintWriter terminal = new PrintWriter(both, true);
    int code = FormulationCommand.run(new String[] {"validate", bad.toString(),
        AHMED.toString(), dir.resolve("gone.yaml").toString(), "--as-of", "2026-11-25"},
        terminal, terminal);
    assertEquals(3, code);
    List<String> lines = both.toString().lines().collect(Collectors.toList());
    assertEquals("In all, 1 file checked: 0 errors, 0 warnings, 0 notes; 1 file could not be "
        + "read; " + dir.resolve("gone.yaml") + " is not there", lines.get(lines.size() - 1));
    // The problems, paths that gave no files first, just before it.
    assertTrue(lines.get(lines.size() - 3).startsWith(dir.resolve("gone.yaml") + ": "),
        both.toString());
    assertTrue(lines.get(lines.size() - 2).startsWith(bad + ":2:1: "), both.toString());
  }

  @Test
  void validateSaysSoWhenAFolderHoldsNoFormulations() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Result r = run("validate", empty.toString());
    assertEquals(3, r.code());
    assertEquals(empty + ": this folder holds no formulation files: none of the files in it "
        + "ends in .yaml, .yml or .json\n", r.err());
    assertEquals("Nothing was checked: " + empty + " holds no formulation files.\n", r.out());

    Result missing = run("validate", dir.resolve("nowhere").resolve("a.yaml").toString());
    assertEquals(3, missing.code());
    assertEquals(dir.resolve("nowhere").resolve("a.yaml") + ": there is no such file or folder: "
        + "the folder " + dir.resolve("nowhere") + " is not there\n", missing.err());
    assertEquals("Nothing was checked: " + dir.resolve("nowhere").resolve("a.yaml")
        + " is not there.\n", missing.out());
  }

  @Test
  void debugAddsAStackTrace() throws IOException {
    Path bad = write("bad.yaml", "schema: sixps/1\ntitle: [x]\n");
    Result r = run("validate", "--debug", bad.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("FormulationReadException"), r.err());
    assertTrue(r.err().contains("\tat "), r.err());
  }

  @Test
  void convertRoundTripsAWorkedExampleWithNoLoss() throws IOException {
    Path json = dir.resolve("ahmed.json");
    Path yaml = dir.resolve("ahmed.yaml");
    assertEquals(0, run("convert", AHMED.toString(), "--to", "json", "--out", json.toString())
        .code());
    assertEquals(0, run("convert", json.toString(), "--to", "yaml", "--out", yaml.toString())
        .code());
    FormulationReader reader = FormulationReader.standard();
    Formulation original = reader.read(AHMED);
    assertEquals(original, reader.read(json));
    assertEquals(original, reader.read(yaml));
    // The example has a chronology and a family tree: version 1.1, which the file says.
    assertTrue(Files.readString(json).startsWith("{\n  \"schema\": \"sixps/1.1\""));
  }

  @Test
  void convertWritesToStandardOutputWithoutOut() throws IOException {
    Result r = run("convert", AHMED.toString(), "--to", "JSON");
    assertEquals(0, r.code(), r.err());
    Formulation back = FormulationReader.standard().read(r.out(), FileFormat.JSON, "stdout");
    assertEquals(FormulationReader.standard().read(AHMED), back);
  }

  @Test
  void aFailedConversionLeavesNoFileBehind() throws IOException {
    Path bad = write("bad.yaml", "schema: sixps/1\nformulatedOn: 2026-13-01\n");
    Path target = dir.resolve("out.json");
    Result r = run("convert", bad.toString(), "--to", "json", "--out", target.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().startsWith(bad + ":2:15: formulatedOn: \"2026-13-01\" is not a date"),
        r.err());
    assertFalse(Files.exists(target));
    assertEquals(List.of("bad.yaml"), filesIn(dir));
  }

  @Test
  void aMissingFolderForTheOutputIsMade() throws IOException {
    Path target = dir.resolve("no-such-folder").resolve("deeper").resolve("out.json");
    Result r = run("convert", AHMED.toString(), "--to", "json", "--out", target.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(FormulationReader.standard().read(AHMED),
        FormulationReader.standard().read(target));
  }

  @Test
  void anUnwritableOutputExits4SaysWhichPartIsWrongAndLeavesNothing() throws IOException {
    Path blocker = write("blocker", "x");
    Path target = blocker.resolve("deeper").resolve("out.json");
    Result r = run("convert", AHMED.toString(), "--to", "json", "--out", target.toString());
    assertEquals(4, r.code());
    assertEquals(target + ": could not write: " + blocker + " is a file, not a folder\n",
        r.err());
    assertEquals(List.of("blocker"), filesIn(dir));
  }

  @Test
  void anExistingOutputIsReplacedWholeWhenForced() throws IOException {
    Path target = write("out.yaml", "old content that is longer than nothing\n".repeat(500));
    Result refused = run("convert", AHMED.toString(), "--to", "yaml", "--out",
        target.toString());
    assertEquals(4, refused.code());
    assertEquals(target + ": not written, because it exists already; add --force to replace "
        + "it\n", refused.err());
    assertEquals("old content that is longer than nothing\n".repeat(500),
        Files.readString(target));
    assertEquals(0, run("convert", AHMED.toString(), "--to", "yaml", "--out", target.toString(),
        "--force").code());
    assertEquals(FormulationReader.standard().read(AHMED), FormulationReader.standard()
        .read(target));
    assertEquals(List.of("out.yaml"), filesIn(dir), "no temporary file is left behind");
  }

  @Test
  void writtenFilesAreReadableLikeAnyOther() throws IOException {
    Path target = dir.resolve("new.json");
    assertEquals(0, run("convert", AHMED.toString(), "--to", "json", "--out", target.toString())
        .code());
    if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
      assertTrue(Files.getPosixFilePermissions(target)
          .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
          "not private to the owner, as a temporary file would be");
    }
  }

  @Test
  void usageErrorsExit2WithAHint() {
    Result unknown = run("convet", "x");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().startsWith("formulation: 'convet' is not a command; did you mean "
        + "'convert'?"), unknown.err());

    Result missingTo = run("convert", AHMED.toString());
    assertEquals(2, missingTo.code());
    assertTrue(missingTo.err().startsWith("formulation: convert needs --to FORMAT (the format "
        + "to write: yaml or json).\nFor example: formulation convert " + AHMED + " --to json\n"),
        missingTo.err());

    Result badFormat = run("convert", AHMED.toString(), "--to", "xml");
    assertEquals(2, badFormat.code());
    assertTrue(badFormat.err().startsWith("formulation: --to xml: that is not one of the "
        + "choices; use yaml or json.\nFor example: --to json\n"), badFormat.err());

    Result mismatch = run("convert", AHMED.toString(), "--to", "json", "--out", "x.yaml");
    assertEquals(2, mismatch.code());
    assertTrue(mismatch.err().contains("--out x.yaml ends in .yaml but --to asks for json"),
        mismatch.err());

    Result nothing = run();
    assertEquals(2, nothing.code());
    assertTrue(nothing.err().contains("say what to do"), nothing.err());

    Result noFiles = run("validate");
    assertEquals(2, noFiles.code());
  }

  @Test
  void schemaPrintsTheJsonSchema() throws IOException {
    Result r = run("schema");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""),
        r.out());
    Path out = dir.resolve("s.json");
    assertEquals(0, run("schema", "--out", out.toString()).code());
    assertEquals(r.out(), Files.readString(out));
  }

  @Test
  void helpAndVersion() {
    Result help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("Exit codes, the same for every command:"), help.out());
    assertTrue(help.out().contains("validate"), help.out());
    Result convertHelp = run("help", "convert");
    assertEquals(0, convertHelp.code());
    assertTrue(convertHelp.out().contains("Examples:"), convertHelp.out());
    Result version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("formulation 0."), version.out());
  }

  private static List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
