package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.AHMED;
import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.cli.CommandLineTest.Result;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing a user has is lost: no command writes over one of its inputs unasked, commands that
 * make source files replace nothing without {@code --force}, folders are made the same way
 * everywhere and taken away again when nothing went into them, and temporary files do not
 * outlive the run that made them. {@link InterruptedWriteTest} stops a real process mid-write.
 */
class NothingLostTest extends RealCaseFolder {
  static List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private static List<String> names(Formulation f) {
    return f.people().stream().map(Person::name).collect(Collectors.toList());
  }

  @Test
  void redactWillNotReplaceTheRealCaseUnlessForced() throws IOException {
    Result r = run("redact", realCase.toString(), "--out", realCase.toString());
    assertEquals(4, r.code(), r.err());
    assertEquals(realCase + ": not written, because it is one of the files this command reads, "
        + "and it would be lost; write the result to another file with --out, or add --force "
        + "to replace it\n", r.err());
    assertEquals(realText, Files.readString(realCase), "the real case is as it was");
    assertEquals("", r.out(), "nothing was done, so there is nothing to check by hand");

    Result forced = run("redact", realCase.toString(), "--out", realCase.toString(), "--force");
    assertEquals(0, forced.code(), forced.err());
    Formulation original = FormulationReader.standard().read(AHMED);
    Formulation now = FormulationReader.standard().read(realCase);
    for (String name : names(original)) {
      assertFalse(names(now).contains(name), name + " is replaced");
    }
  }

  @Test
  void aFileSomethingElseMakesWhileTheRunWorksIsKept() throws IOException {
    // Free when redact looked; made by another program just before the result is moved in.
    Path training = dir.resolve("training.yaml");
    Outputs.beforeMove = temp -> {
      try {
        Files.writeString(training, "someone's own work\n");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    Result r;
    try {
      r = run("redact", realCase.toString(), "--out", training.toString());
    } finally {
      Outputs.beforeMove = temp -> { };
    }
    assertEquals(4, r.code(), r.err());
    assertTrue(r.err().startsWith(training + ": not written, because something else made it"
        + " while formulation was working; it is kept as it is. Add --force to replace it."),
        r.err());
    assertEquals("someone's own work\n", Files.readString(training));
    assertEquals(List.of("real-case.yaml", "training.yaml"), filesIn(dir),
        "no temporary file is left");
  }

  @Test
  void redactWillNotReplaceAnyExistingFile() throws IOException {
    Path earlier = Files.writeString(dir.resolve("training.yaml"), "someone's own work\n");
    Result r = run("redact", realCase.toString(), "--out", earlier.toString());
    assertEquals(4, r.code());
    assertEquals(earlier + ": not written, because it exists already; add --force to replace "
        + "it\n", r.err());
    assertEquals("someone's own work\n", Files.readString(earlier));
  }

  @Test
  void redactIntoAFolderListsEveryFileItWouldReplaceAndWritesNone() throws IOException {
    Path cases = Files.createDirectory(dir.resolve("cases"));
    Files.copy(AHMED, cases.resolve("a.yaml"));
    Files.copy(AHMED, cases.resolve("b.yaml"));
    Files.copy(AHMED, cases.resolve("c.yaml"));
    Path training = Files.createDirectory(dir.resolve("training"));
    Files.writeString(training.resolve("example-1.yaml"), "one\n");
    Files.writeString(training.resolve("example-3.yaml"), "three\n");
    Result r = run("redact", cases.toString(), "--out", training.toString());
    assertEquals(4, r.code(), r.err());
    assertEquals(training.resolve("example-1.yaml") + ": not written, because it exists "
        + "already; add --force to replace it\n" + training.resolve("example-3.yaml")
        + ": not written, because it exists already; add --force to replace it\n", r.err());
    assertEquals(List.of("example-1.yaml", "example-3.yaml"), filesIn(training));
  }

  @Test
  void convertWillNotReplaceItsInputButTidiesInPlaceWhenAsked() throws IOException {
    Path messy = Files.writeString(dir.resolve("messy.yaml"), "title: Messy\nschema: sixps/1\n");
    Result r = run("convert", messy.toString(), "--to", "yaml", "--out", messy.toString());
    assertEquals(4, r.code());
    assertEquals(messy + ": not written, because it is one of the files this command reads, and"
        + " it would be lost; write the result to another file with --out, or use --in-place "
        + "instead of --out to rewrite it where it is\n", r.err());
    assertEquals("title: Messy\nschema: sixps/1\n", Files.readString(messy));

    Result tidied = run("convert", messy.toString(), "--to", "yaml", "--in-place");
    assertEquals(0, tidied.code(), tidied.err());
    assertTrue(Files.readString(messy).startsWith("schema: sixps/1\n"), "canonical order");
    assertEquals("Messy", FormulationReader.standard().read(messy).title());
    assertEquals(List.of("messy.yaml", "real-case.yaml"), filesIn(dir));
  }

  @Test
  void convertInPlaceKeepsEachFilesFormat() throws IOException {
    Result r = run("convert", realCase.toString(), "--to", "json", "--in-place");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--in-place keeps each file's name, so it keeps its format too,"
        + " and --to json does not fit " + realCase), r.err());
    assertEquals(realText, Files.readString(realCase));
    assertEquals(2, run("convert", realCase.toString(), "--to", "yaml", "--in-place", "--out",
        dir.resolve("x.yaml").toString()).code(), "--in-place and --out say different things");
  }

  @Test
  void documentsNeverReplaceAnInput() throws IOException {
    Path words = Files.writeString(dir.resolve("words.yaml"), "language: en\n");
    Result blank = run("blank", "--to", "md", "--terminology", words.toString(), "--out",
        words.toString());
    assertEquals(4, blank.code(), blank.err());
    assertEquals(words + ": not written, because it is one of the files this command reads, "
        + "and it would be lost; give --out another name\n", blank.err());
    assertEquals("language: en\n", Files.readString(words));

    Result diff = run("diff", AHMED.toString(), realCase.toString(), "--out",
        realCase.toString());
    assertEquals(4, diff.code());
    assertEquals(realText, Files.readString(realCase));
  }

  @Test
  void aFailedRenderLeavesNoFolderItMade() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "schema: sixps/1\ntitel: x\n");
    Path out = dir.resolve("handouts").resolve("december");
    Result r = run("render", bad.toString(), "--to", "pdf", "--out", out.toString());
    assertEquals(3, r.code(), r.err());
    assertFalse(Files.exists(dir.resolve("handouts")), "neither folder it made is left");

    // A folder that was there before is left, empty or not.
    Path kept = Files.createDirectory(dir.resolve("kept"));
    assertEquals(3, run("render", bad.toString(), "--to", "md", "--out", kept.toString())
        .code());
    assertTrue(Files.isDirectory(kept));
  }

  @Test
  void everyCommandMakesTheFolderItsOutputGoesIn() throws IOException {
    List<List<String>> commands = List.of(
        List.of("new", "--out", "a/new.yaml"),
        List.of("convert", realCase.toString(), "--to", "json", "--out", "b/c.json"),
        List.of("redact", realCase.toString(), "--out", "c/training.yaml"),
        List.of("render", realCase.toString(), "--to", "md", "--out", "d"),
        List.of("blank", "--to", "md", "--out", "e/worksheet.md"),
        List.of("diff", AHMED.toString(), realCase.toString(), "--out", "f/changes.txt"),
        List.of("schema", "--out", "g/schema.json"));
    for (List<String> command : commands) {
      List<String> args = command.stream()
          .map(a -> a.matches("[a-g]/.*|[a-g]") ? dir.resolve("made").resolve(a).toString() : a)
          .collect(Collectors.toList());
      Result r = run(args.toArray(new String[0]));
      assertEquals(0, r.code(), command + ": " + r.err());
    }
    assertEquals(List.of("a", "b", "c", "d", "e", "f", "g"), filesIn(dir.resolve("made")));
  }

  @Test
  void aFolderThatCannotBeMadeIsNamed() throws IOException {
    Path blocker = Files.writeString(dir.resolve("blocker"), "x");
    Path target = blocker.resolve("out.yaml");
    for (List<String> command : List.of(List.of("new", "--out"),
        List.of("redact", realCase.toString(), "--out"),
        List.of("schema", "--out"))) {
      List<String> args = new java.util.ArrayList<>(command);
      args.add(target.toString());
      Result r = run(args.toArray(new String[0]));
      assertEquals(4, r.code(), command.toString());
      assertEquals(target + ": could not write: " + blocker + " is a file, not a folder\n",
          r.err(), command.toString());
    }
  }

  /** A process that has ended, whose id no running process has. */
  private static long endedProcess() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  @Test
  void theNextRunRemovesTheTemporaryFilesAStoppedRunLeft() throws Exception {
    Path out = Files.createDirectory(dir.resolve("out"));
    Path stale = Files.writeString(out.resolve(".real-case.md.formulation-" + endedProcess()
        + "-4242.tmp"), "half of a protectively marked document");
    // A run in this process that is not writing it now is over too.
    Path ownStale = Files.writeString(out.resolve(".real-case.md.formulation-"
        + ProcessHandle.current().pid() + "-77.tmp"), "half");
    // The way formulation named them before, long ago and just now.
    Path earlier = Files.writeString(out.resolve(".real-case.md5830495822115410372.tmp"), "half");
    Files.setLastModifiedTime(earlier, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path recent = Files.writeString(out.resolve(".real-case.md1234567890123.tmp"), "half");
    Process running = new ProcessBuilder("sleep", "60").start();
    try {
      Path someoneElses = Files.writeString(out.resolve(".real-case.md.formulation-"
          + running.pid() + "-5.tmp"), "being written by a run going on beside this one");
      Path otherOutput = Files.writeString(out.resolve(".other.md.formulation-"
          + endedProcess() + "-6.tmp"), "another output's; its own run sweeps it");
      Result r = run("render", realCase.toString(), "--to", "md", "--out", out.toString());
      assertEquals(0, r.code(), r.err());
      assertFalse(Files.exists(stale));
      assertFalse(Files.exists(ownStale));
      assertFalse(Files.exists(earlier));
      assertTrue(Files.exists(recent), "it may still be being written");
      assertTrue(Files.exists(someoneElses), "a run still going keeps its file");
      assertTrue(Files.exists(otherOutput));
    } finally {
      running.destroy();
    }
  }

  @Test
  void noTemporaryFileOutlivesARun() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, run("render", CommandLineTest.WORKED.toString(), "--to", "md", "--out",
        out.toString()).code());
    try (Stream<Path> all = Files.walk(out)) {
      assertEquals(List.of(), all.filter(p -> p.getFileName().toString().endsWith(".tmp"))
          .collect(Collectors.toList()));
    }
  }
}
