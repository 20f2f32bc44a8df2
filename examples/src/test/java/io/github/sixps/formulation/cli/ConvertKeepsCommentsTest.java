package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.AHMED;
import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.cli.CommandLineTest.Result;
import io.github.sixps.formulation.io.FormulationReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} writing YAML over YAML keeps the comments people wrote in it. */
class ConvertKeepsCommentsTest {
  @TempDir
  Path dir;

  @Test
  void tidyingInPlaceKeepsTheCommentsAndNamesThoseItCannot() throws IOException {
    String text = Files.readString(AHMED)
        .replace("  - id: P2\n", "  # Added after the school meeting.\n  - id: P2\n")
        .replace("status: agreed\n", "status: agreed # for now\n");
    Path file = Files.writeString(dir.resolve("ahmed.yaml"), text);
    Result r = run("convert", file.toString(), "--to", "yaml", "--in-place");
    assertEquals(0, r.code(), r.err());
    String now = Files.readString(file);
    assertTrue(now.startsWith("# A worked example for training."), now);
    assertTrue(now.contains("  # Added after the school meeting.\n  - id: P2\n"), now);
    assertEquals(file + ": a comment could not be kept: line 7: \"# for now\", at the end of a"
        + " line\n", r.err());
    assertEquals(FormulationReader.standard().read(AHMED), FormulationReader.standard()
        .read(file));
  }

  @Test
  void replacingYamlWithForceKeepsItsComments() throws IOException {
    Path yaml = Files.copy(AHMED, dir.resolve("ahmed.yaml"));
    Path json = dir.resolve("ahmed.json");
    assertEquals(0, run("convert", yaml.toString(), "--to", "json", "--out", json.toString())
        .code());
    Result r = run("convert", json.toString(), "--to", "yaml", "--out", yaml.toString(),
        "--force");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    assertTrue(Files.readString(yaml).startsWith("# A worked example for training."));
  }
}
