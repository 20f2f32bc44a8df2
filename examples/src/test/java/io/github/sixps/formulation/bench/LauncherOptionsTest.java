package io.github.sixps.formulation.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line benchmark runs the command with the options the launcher gives it. */
class LauncherOptionsTest {

  @Test
  void readsTheLaunchersOwnOptions() throws Exception {
    assertEquals(List.of("-XX:TieredStopAtLevel=1"),
        CommandLineTiming.launcherOptions(CommandLineTiming.LAUNCHER));
  }

  @Test
  void severalOptionsOrNone(@TempDir Path dir) throws Exception {
    Path launcher = dir.resolve("formulation");
    Files.writeString(launcher, "#!/bin/sh\ndefault_java_options=\" -Xss2m  -Xmx1g \"\n");
    assertEquals(List.of("-Xss2m", "-Xmx1g"), CommandLineTiming.launcherOptions(launcher));
    Files.writeString(launcher, "default_java_options=\"\"\n");
    assertEquals(List.of(), CommandLineTiming.launcherOptions(launcher));
  }

  @Test
  void aLauncherWithoutTheLineIsAnError(@TempDir Path dir) throws Exception {
    Path launcher = Files.writeString(dir.resolve("formulation"), "exec java -jar x.jar\n");
    assertThrows(IllegalStateException.class, () -> CommandLineTiming.launcherOptions(launcher));
  }
}
