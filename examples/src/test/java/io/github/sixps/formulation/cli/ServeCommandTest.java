package io.github.sixps.formulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code formulation serve}'s mistakes: each a clear line, no stack trace, its exit code. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void aMissingFolderIsOneLine() {
    CommandLineTest.Result r = CommandLineTest.run("serve", dir.resolve("nowhere").toString(),
        "--port", "0");
    assertEquals(ExitCode.UNREADABLE, r.code());
    assertEquals(dir.resolve("nowhere") + ": no such folder\n", r.err());
  }

  @Test
  void aFileIsNotAFolder() throws Exception {
    Path file = Files.writeString(dir.resolve("a.yaml"), "schema: sixps/1\n");
    CommandLineTest.Result r = CommandLineTest.run("serve", file.toString(), "--port", "0");
    assertEquals(ExitCode.UNREADABLE, r.code());
    assertTrue(r.err().contains("not a folder"), r.err());
  }

  @Test
  void aPortInUseIsOneLineWithTheFix() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CommandLineTest.Result r = CommandLineTest.run("serve", dir.toString(), "--port",
          Integer.toString(taken.getLocalPort()));
      assertEquals(ExitCode.UNWRITABLE, r.code(), r.err());
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().startsWith("formulation serve: cannot listen on 127.0.0.1:"
          + taken.getLocalPort()), r.err());
      assertTrue(r.err().contains("--port"), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
  }

  @Test
  void optionMistakesAreUsageErrors() {
    assertEquals(ExitCode.USAGE, CommandLineTest.run("serve", "--token", "short").code());
    assertEquals(ExitCode.USAGE, CommandLineTest.run("serve", "--port", "70000").code());
    assertEquals(ExitCode.USAGE, CommandLineTest.run("serve", "--bind", "no.such.host.invalid")
        .code());
    assertEquals(ExitCode.USAGE, CommandLineTest.run("serve", dir.toString(), "--examples")
        .code());
  }
}
