package io.github.sixps.formulation.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Assertions;

/**
 * A program from outside the JVM that a test checks output with (qpdf, PyYAML, Chromium...),
 * found on the PATH. Where it is missing the test is skipped, saying how to install it, except
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
      String missing = String.join(" or ", names) + " is not on the PATH";
      if (System.getenv("CI") != null) {
        Assertions.fail(missing + ", and CI is set, so this check must run: .ci/run should "
            + install);
      }
      String skipped = missing + ": this check is skipped. To run it: " + install;
      // Printed as well: a skipped test's reason does not always reach the build's log.
      System.out.println(skipped);
      Assumptions.abort(skipped);
    }
    return found.get();
  }
}
