package io.github.sixps.formulation.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Assertions;

/**
 * A program from outside the JVM that a test checks output with (qpdf, PyYAML, Chromium...),
 * found on the PATH, or Python modules Debian's Python can import. Where it is missing the test is skipped, saying how to install it, except
 * where the environment variable {@code CI} is set: there the check must run, so it fails.
 */
public final class ExternalTool {
  private ExternalTool() {}

  /**
   * Finds a program, or skips (fails, under CI) the calling test.
   *
   * @param names the names it goes by, first choice first
   * @param install how to install it, such as "apt-get install qpdf"
   * @return the program's path
   */
  public static Path require(List<String> names, String install) {
    Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "")
            .split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .flatMap(dir -> names.stream().map(name -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
    if (found.isEmpty()) {
      skip(String.join(" or ", names) + " is not on the PATH", install);
    }
    return found.get();
  }

  /**
   * Finds Debian's own Python ({@code /usr/bin/python3}, not one a version manager puts first
   * on the PATH) with modules it can import, or skips (fails, under CI) the calling test.
   *
   * @param modules the modules, as an {@code import} statement names them
   * @param packages the Debian packages they come in, such as "python3-requests"
   * @return the Python's path
   */
  public static Path requirePython(List<String> modules, String packages)
      throws IOException, InterruptedException {
    Path python = Path.of("/usr/bin/python3");
    String install = "apt-get install " + packages;
    if (!Files.isExecutable(python)) {
      skip(python + " is not installed", install);
    }
    Process p = new ProcessBuilder(python.toString(), "-c", "import " + String.join(", ",
        modules)).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      skip(String.join(", ", modules) + " cannot be imported by " + python + " ("
          + out.strip() + ")", install);
    }
    return python;
  }

  /**
   * Skips (fails, under CI) the calling test, for a check that cannot run here.
   *
   * @param missing what is missing or failed, such as "git cat-file failed: ..."
   * @param install how to get it, such as "git fetch --unshallow"
   */
  public static void unavailable(String missing, String install) {
    skip(missing, install);
  }

  private static void skip(String missing, String install) {
    if (System.getenv("CI") != null) {
      Assertions.fail(missing + ", and CI is set, so this check must run: .ci/run should "
          + install);
    }
    String skipped = missing + ": this check is skipped. To run it: " + install;
    // Printed as well: a skipped test's reason does not always reach the build's log.
    System.out.println(skipped);
    Assumptions.abort(skipped);
  }
}
