package io.github.sixps.formulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The distribution archive as a user installs it, for the failsafe tests that run it: unpacked
 * into {@code opt/} of a folder of its own and linked from that folder's {@code bin/}, which
 * commands run by {@link #run} find first on their PATH. The archive is
 * target/formulation-VERSION.tar.gz, named by the {@code sixps.distribution} property.
 */
public final class InstalledDistribution {
  private final Path dir;
  private final Path home;
  private final Path bin;

  /** What a finished command gave: its exit code, standard output and standard error. */
  public record Result(int code, String out, String err) {
    /** {@return both outputs, for a failure's message} */
    public String both() {
      return out + err;
    }
  }

  private InstalledDistribution(Path dir, Path home, Path bin) {
    this.dir = dir;
    this.home = home;
    this.bin = bin;
  }

  /**
   * Unpacks the archive under {@code dir} and links its command from {@code dir/bin}.
   *
   * @param dir an empty folder
   * @return the installed distribution
   * @throws Exception if the archive cannot be unpacked
   */
  public static InstalledDistribution install(Path dir) throws Exception {
    Path opt = Files.createDirectories(dir.resolve("opt"));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    InstalledDistribution d = new InstalledDistribution(dir, opt.resolve("formulation-"
        + version()), bin);
    Result untar = d.run(opt, List.of("tar", "-xzf", archive().toString()), Map.of());
    assertEquals(0, untar.code(), untar.err());
    assertTrue(Files.isExecutable(d.home.resolve("bin/formulation")), "bin/formulation");
    Files.createSymbolicLink(bin.resolve("formulation"), d.home.resolve("bin/formulation"));
    return d;
  }

  /** {@return the archive the build made, target/formulation-VERSION.tar.gz} */
  public static Path archive() {
    return Path.of(System.getProperty("sixps.distribution"));
  }

  /** {@return the version being built, such as 0.1.0-SNAPSHOT} */
  public static String version() {
    return System.getProperty("sixps.version");
  }

  /** {@return the unpacked distribution: bin/, lib/, docs/ and the rest} */
  public Path home() {
    return home;
  }

  /** {@return the folder on PATH holding the link to bin/formulation} */
  public Path bin() {
    return bin;
  }

  /**
   * Runs a command to its end (five minutes at most) in {@code folder}, with this
   * distribution's {@code bin/} first on the PATH, no {@code FORMULATION_JAVA_OPTIONS}, and
   * {@code environment} added.
   *
   * @param folder the working folder
   * @param command the program and its arguments
   * @param environment variables to add or replace
   * @return what it gave
   * @throws IOException if it cannot be started
   * @throws InterruptedException if interrupted while waiting
   */
  public Result run(Path folder, List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    builder.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
    builder.environment().remove("FORMULATION_JAVA_OPTIONS");
    builder.environment().putAll(environment);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
