package io.github.sixps.formulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code serve --examples} serves a copy of the worked examples in the temporary folder, and
 * takes it away again on every way out: Ctrl-C, a termination signal, and an error before it
 * could serve. Run as a program of its own, with its own temporary folder to look in.
 */
class ServeExamplesCopyTest {
  @TempDir
  Path tmp;

  private static final Pattern SERVING = Pattern.compile("Serving (.*) \\(a copy of the worked"
      + " examples\\)\\.");

  private Process serve(String... more) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("serve", "--examples"));
    args.addAll(List.of(more));
    return ChildJvm.start(List.of("-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp),
        FormulationCommand.class, tmp, args.toArray(new String[0]));
  }

  private List<Path> copies() throws Exception {
    try (var files = Files.list(tmp)) {
      return files.filter(p -> p.getFileName().toString().startsWith(ExamplesCopy.PREFIX))
          .toList();
    }
  }

  @ParameterizedTest(name = "stopped by SIG{0}")
  @ValueSource(strings = {"INT", "TERM"})
  void theCopyIsRemovedWhenStopped(String signal) throws Exception {
    Process p = serve("--port", "0");
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8));
    Path copy = null;
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher m = SERVING.matcher(line);
      if (m.matches()) {
        copy = Path.of(m.group(1));
      }
      if (line.startsWith("Press Ctrl-C")) {
        break;
      }
    }
    assertNotNull(copy, "it says which folder it serves");
    assertTrue(Files.isDirectory(copy) && !copies().isEmpty(), "the copy is there meanwhile");
    assertTrue(Files.exists(copy.resolve("school-avoidance-ahmed.yaml")));
    ChildJvm.signal(p, signal);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "it stops");
    assertEquals(signal.equals("INT") ? 130 : 143, p.exitValue());
    assertFalse(Files.exists(copy), "the copy is gone");
    assertEquals(List.of(), copies());
  }

  @Test
  void theCopyIsRemovedWhenItCannotServe() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1,
        java.net.InetAddress.getByName("127.0.0.1"))) {
      Process p = serve("--port", Integer.toString(taken.getLocalPort()));
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "it stops");
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(4, p.exitValue(), err);
      assertEquals(List.of(), copies());
    }
  }
}
