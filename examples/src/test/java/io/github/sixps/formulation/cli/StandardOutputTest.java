package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.AHMED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Standard output is an output: each command that writes to it, run as a program with its
 * standard output on {@code /dev/full} (a device every write to fails, as on a full disk), exits
 * with code 4 and says so once, in words, instead of reporting success.
 */
class StandardOutputTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "validate AHMED",
      "prioritise AHMED",
      "diff AHMED AHMED",
      "convert AHMED --to json",
      "redact AHMED",
      "new",
      "schema",
      "blank --to md",
      "terminology",
      "render AHMED --to md --out DIR",
      "--help",
      "--version"})
  void aFailedWriteToStandardOutputIsExitCode4(String command) throws Exception {
    File full = new File("/dev/full");
    Assumptions.assumeTrue(full.exists(), "no /dev/full here to fill standard output with");
    String[] args = command.replace("AHMED", AHMED.toAbsolutePath().toString())
        .replace("DIR", dir.resolve("out").toString()).split(" ");
    Process p = ChildJvm.builder(List.of("-XX:TieredStopAtLevel=1"), FormulationCommand.class,
        Path.of("").toAbsolutePath(), args).redirectOutput(full).start();
    p.getOutputStream().close();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "it finishes");
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(4, p.exitValue(), err);
    assertEquals(1, err.lines().filter(l -> l.startsWith("formulation: standard output could"
        + " not be written: the disk is full (no space left on device); what was sent there is"
        + " incomplete")).count(), err);
    assertTrue(!err.contains("Nothing to check by hand") || !command.startsWith("redact"),
        "redact does not say all is well: " + err);
    if (command.startsWith("render")) {
      assertTrue(Files.exists(dir.resolve("out").resolve("school-avoidance-ahmed.md")),
          "the document itself was written; only the line saying so was lost");
    }
  }
}
