package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.AHMED;
import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sixps.formulation.cli.CommandLineTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's exit codes, in one table: 0 when all is well, and each way it can fail. The
 * demo's 0 is in {@link DemoCommandTest}, which shares one full run among its tests.
 */
class ExitCodesTest {
  @TempDir
  Path dir;

  private record Case(int code, List<String> args) {
    DynamicTest test() {
      return DynamicTest.dynamicTest(code + ": formulation " + String.join(" ", args), () -> {
        Result r = run(args.toArray(new String[0]));
        assertEquals(code, r.code(), r.out() + r.err());
      });
    }
  }

  private final List<Case> cases = new ArrayList<>();

  private void expect(int code, Object... args) {
    List<String> words = new ArrayList<>();
    for (Object a : args) {
      words.add(a.toString());
    }
    cases.add(new Case(code, words));
  }

  @TestFactory
  Stream<DynamicTest> everyCommandKeepsTheSameExitCodes() throws IOException {
    Path flawed = Files.writeString(dir.resolve("flawed.yaml"), CommandLineTest.FLAWED);
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "schema: sixps/1\ntitel: x\n");
    Path missing = dir.resolve("missing.yaml");
    // A file where a folder should be: nothing can be written inside it.
    Path blocker = Files.writeString(dir.resolve("blocker"), "x");
    Path unwritable = blocker.resolve("out.yaml");
    Path existing = Files.writeString(dir.resolve("existing.yaml"), "keep me");
    Path out = dir.resolve("out");
    String asOf = "2026-11-25";

    expect(0, "new");
    expect(0, "new", "--out", dir.resolve("fresh.yaml"));
    expect(2, "new", "--out", dir.resolve("fresh.json"));
    expect(2, "new", "--bogus");
    expect(4, "new", "--out", existing);
    expect(4, "new", "--out", unwritable);

    expect(0, "validate", AHMED, "--as-of", asOf);
    expect(1, "validate", flawed, "--as-of", asOf);
    expect(2, "validate");
    expect(2, "validate", AHMED, "--as-of", "tomorrow");
    expect(3, "validate", bad);
    expect(3, "validate", missing);

    expect(0, "prioritise", AHMED);
    expect(2, "prioritise", AHMED, "--top", "0");
    expect(3, "prioritise", bad);

    expect(0, "diff", AHMED, AHMED);
    expect(2, "diff", AHMED);
    expect(3, "diff", AHMED, bad);
    expect(4, "diff", AHMED, AHMED, "--out", unwritable);

    expect(0, "render", AHMED, "--to", "md", "--out", out);
    expect(2, "render", AHMED, "--to", "doc");
    expect(2, "render", AHMED, "--to", "md", "--archival");
    expect(3, "render", bad, "--to", "md", "--out", out);
    expect(4, "render", AHMED, "--to", "md", "--out", blocker);

    expect(0, "blank", "--to", "md");
    expect(2, "blank", "--to", "pdf");
    expect(4, "blank", "--to", "md", "--out", unwritable);

    expect(0, "convert", AHMED, "--to", "json");
    expect(2, "convert", AHMED, flawed, "--to", "json");
    expect(3, "convert", bad, "--to", "json");
    expect(4, "convert", AHMED, "--to", "yaml", "--out", unwritable);

    expect(0, "redact", AHMED);
    expect(2, "redact", AHMED, "--out", dir.resolve("x.txt"));
    expect(3, "redact", missing);
    expect(4, "redact", AHMED, "--out", unwritable);

    expect(0, "schema");
    expect(2, "schema", "extra");
    expect(4, "schema", "--out", unwritable);

    expect(2, "demo", "--bogus");
    expect(4, "demo", "--out", blocker);

    expect(0, "help", "demo");
    expect(0, "--version");
    expect(2);
    return cases.stream().map(Case::test);
  }
}
