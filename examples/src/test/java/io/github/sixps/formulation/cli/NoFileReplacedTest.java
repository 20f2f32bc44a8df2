package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.AHMED;
import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.cli.CommandLineTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one rule every writing command keeps ({@link Replacing}), tried for each command against
 * what a user may have where its output would go: a formulation, a file of another kind, and a
 * folder. A formulation is replaced only by a command that writes formulations, with
 * {@code --force}; another file only with {@code --force}, or by the command that made it from
 * the same inputs, unchanged since; a folder never.
 */
class NoFileReplacedTest extends RealCaseFolder {
  /**
   * A command that writes a file, with where that file goes and the arguments that write it.
   *
   * @param target the file it writes, under the test's folder
   * @param args the command line, given the test's folder and the real case
   */
  record Writer(String name, boolean formulations, Function<Path, Path> target,
      Function<Path, Function<Path, String[]>> args) {
    @Override
    public String toString() {
      return name;
    }

    Path target(Path dir) {
      return target.apply(dir);
    }

    Result run(Path dir, Path realCase, String... more) {
      List<String> all = new ArrayList<>(List.of(args.apply(dir).apply(realCase)));
      all.addAll(List.of(more));
      return CommandLineTest.run(all.toArray(new String[0]));
    }
  }

  static Stream<Writer> writers() {
    return Stream.of(
        new Writer("render", false, d -> d.resolve("docs").resolve("real-case.md"),
            d -> real -> new String[] {"render", real.toString(), "--to", "md", "--out",
                d.resolve("docs").toString()}),
        new Writer("blank", false, d -> d.resolve("worksheet.md"),
            d -> real -> new String[] {"blank", "--to", "md", "--out",
                d.resolve("worksheet.md").toString()}),
        new Writer("diff", false, d -> d.resolve("changes.txt"),
            d -> real -> new String[] {"diff", AHMED.toString(), real.toString(), "--out",
                d.resolve("changes.txt").toString()}),
        new Writer("schema", false, d -> d.resolve("schema.json"),
            d -> real -> new String[] {"schema", "--out", d.resolve("schema.json").toString()}),
        new Writer("terminology", false, d -> d.resolve("words.yaml"),
            d -> real -> new String[] {"terminology", "--out",
                d.resolve("words.yaml").toString()}),
        new Writer("demo", false, d -> d.resolve("handouts").resolve("index.html"),
            d -> real -> new String[] {"demo", "--out", d.resolve("handouts").toString()}),
        new Writer("new", true, d -> d.resolve("begum.yaml"),
            d -> real -> new String[] {"new", "--out", d.resolve("begum.yaml").toString()}),
        new Writer("convert", true, d -> d.resolve("converted.yaml"),
            d -> real -> new String[] {"convert", real.toString(), "--to", "yaml", "--out",
                d.resolve("converted.yaml").toString()}),
        new Writer("redact", true, d -> d.resolve("training.yaml"),
            d -> real -> new String[] {"redact", real.toString(), "--out",
                d.resolve("training.yaml").toString()}));
  }

  private Path put(Path target, String text) throws IOException {
    Files.createDirectories(target.getParent());
    return Files.writeString(target, text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void aFormulationIsReplacedOnlyByAFormulationWriterAskedTo(Writer w) throws IOException {
    Path target = put(w.target(dir), realText);
    Result r = w.run(dir, realCase);
    assertEquals(4, r.code(), r.err());
    assertTrue(r.err().startsWith(target + ": not written, because "), r.err());
    assertEquals(realText, Files.readString(target), "the formulation is as it was");

    Result forced = w.run(dir, realCase, "--force");
    if (w.formulations()) {
      assertEquals(0, forced.code(), forced.err());
    } else {
      assertEquals(4, forced.code(), forced.err());
      assertTrue(forced.err().contains("it is a formulation, which formulation " + w.name()
          + " never replaces, even with --force"), forced.err());
      assertEquals(realText, Files.readString(target), "--force does not change that");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void aFileOfAnotherKindIsReplacedOnlyWithForce(Writer w) throws IOException {
    String notes = "Notes from Tuesday's meeting, typed by hand.\n";
    Path target = put(w.target(dir), notes);
    Result r = w.run(dir, realCase);
    assertEquals(4, r.code(), r.err());
    assertEquals(target + ": not written, because it exists already"
        + (w.formulations() ? "" : ", and formulation " + w.name() + " did not make it")
        + "; add --force to replace it\n", r.err());
    assertEquals(notes, Files.readString(target));

    Result forced = w.run(dir, realCase, "--force");
    assertEquals(0, forced.code(), forced.err());
    assertFalse(Files.readString(target).equals(notes), "replaced, as asked");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writers")
  void aFolderIsNeverReplaced(Writer w) throws IOException {
    Path target = w.target(dir);
    Files.createDirectories(target);
    Files.writeString(target.resolve("keep.txt"), "kept");
    Result forced = w.run(dir, realCase, "--force");
    if (w.name().equals("convert") || w.name().equals("redact")) {
      // Their --out is a file for one formulation or a folder for more: a folder there is
      // written into, and what else it holds is left alone.
      assertEquals(0, forced.code(), forced.err());
      assertEquals(w.name().equals("convert") ? List.of("keep.txt", "real-case.yaml")
          : List.of("example-1.yaml", "keep.txt"), NothingLostTest.filesIn(target));
    } else {
      assertEquals(4, forced.code(), forced.err());
      assertEquals(target + ": not written, because it is a folder, and formulation never"
          + " puts a file in a folder's place; give the output another name\n", forced.err());
    }
    assertTrue(Files.isDirectory(target));
    assertEquals("kept", Files.readString(target.resolve("keep.txt")));
  }

  @Test
  void anEmptyFolderIsNotReplacedEither() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("worksheet.md"));
    Result r = run("blank", "--to", "md", "--out", empty.toString(), "--force");
    assertEquals(4, r.code(), r.err());
    assertTrue(Files.isDirectory(empty));
  }

  @Test
  void documentsReplaceTheirOwnUnchangedOutputsOnly() throws IOException {
    Path docs = dir.resolve("docs");
    assertEquals(0, run("render", realCase.toString(), "--to", "md", "--out", docs.toString())
        .code());
    Path md = docs.resolve("real-case.md");
    String first = Files.readString(md);
    Result again = run("render", realCase.toString(), "--to", "md", "--out", docs.toString());
    assertEquals(0, again.code(), again.err());
    assertEquals(first, Files.readString(md));

    // Changed by hand since: someone's work, kept.
    Files.writeString(md, first + "\nSigned: J. Blake\n");
    Result changed = run("render", realCase.toString(), "--to", "md", "--out",
        docs.toString());
    assertEquals(4, changed.code());
    assertEquals(md + ": not written, because it was changed since formulation render wrote it;"
        + " add --force to replace it\n", changed.err());
    assertTrue(Files.readString(md).endsWith("Signed: J. Blake\n"));

    // Made by render, but from another file of the same name.
    Path other = Files.createDirectories(dir.resolve("other"));
    Path sameName = Files.copy(AHMED, other.resolve("real-case.yaml"));
    assertEquals(0, run("render", realCase.toString(), "--to", "html", "--out",
        docs.toString()).code());
    Result fromOther = run("render", sameName.toString(), "--to", "html", "--out",
        docs.toString());
    assertEquals(4, fromOther.code());
    assertTrue(fromOther.err().contains("made by another formulation command or from other"
        + " files"), fromOther.err());

    // Made by blank, so not schema's to replace.
    Path worksheet = dir.resolve("worksheet.json");
    assertEquals(0, run("blank", "--to", "md", "--out", worksheet.toString()).code());
    assertEquals(4, run("schema", "--out", worksheet.toString()).code());
    assertEquals(0, run("blank", "--to", "html", "--out", worksheet.toString()).code(),
        "another format from blank is still blank's own output");

    Path schema = dir.resolve("schema.json");
    assertEquals(0, run("schema", "--out", schema.toString()).code());
    assertEquals(0, run("schema", "--out", schema.toString()).code());
    assertTrue(Files.readString(schema).contains("\"$schema\""));
  }

  @Test
  void theListOfOwnOutputsNamesNoInput() throws IOException {
    Path docs = dir.resolve("docs");
    Path named = Files.copy(AHMED,
        Files.createDirectories(dir.resolve("begum-family")).resolve("case.yaml"));
    assertEquals(0, run("render", named.toString(), "--to", "md", "--out", docs.toString())
        .code());
    String list = Files.readString(docs.resolve(OwnOutputs.NAME));
    assertFalse(list.contains("begum"), "only fingerprints and the outputs' names: " + list);
    assertTrue(list.contains(" case.md\n"), list);
  }
}
