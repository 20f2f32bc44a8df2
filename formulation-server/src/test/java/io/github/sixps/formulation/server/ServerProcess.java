package io.github.sixps.formulation.server;

import io.github.sixps.formulation.testing.StoppedProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server in a Java process of its own, started with the Java options the command line's
 * launcher gives {@code formulation serve}, so that the load runs measure its memory as a user
 * would run it: the resident set size the operating system reports, now and at its peak.
 */
final class ServerProcess implements AutoCloseable {
  /** The distribution's launcher, whose {@code server_java_options} line a server runs with. */
  static final Path LAUNCHER = Path.of("../examples/src/dist/bin/formulation");
  private static final Pattern OPTIONS =
      Pattern.compile("^server_java_options=\"([^\"]*)\"$", Pattern.MULTILINE);

  private final Process process;
  private final URI address;

  private ServerProcess(Process process, URI address) {
    this.process = process;
    this.address = address;
  }

  /** {@return the Java options the launcher gives {@code formulation serve}} */
  static List<String> launcherOptions() throws IOException {
    Matcher m = OPTIONS.matcher(Files.readString(LAUNCHER));
    if (!m.find()) {
      throw new IllegalStateException("no server_java_options=\"...\" line in " + LAUNCHER);
    }
    String options = m.group(1).strip();
    return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
  }

  /**
   * Serves a folder from a new process with the launcher's server options.
   *
   * @param folder the folder
   * @return the server, answering
   */
  static ServerProcess start(Path folder) throws IOException {
    Process p = OtherProgram.start(launcherOptions(), "serve", folder.toString());
    String line = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8)).readLine();
    if (line == null || !line.startsWith("http://")) {
      p.destroyForcibly();
      throw new IOException("the server did not start: " + line);
    }
    return new ServerProcess(p, URI.create(line));
  }

  /** {@return where it answers} */
  URI address() {
    return address;
  }

  /** {@return the resident set size now, in MiB, as Linux reports it (VmRSS)} */
  double rssMiB() throws IOException {
    return status("VmRSS");
  }

  /** {@return the largest resident set size so far, in MiB (VmHWM)} */
  double peakRssMiB() throws IOException {
    return status("VmHWM");
  }

  private double status(String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()),
        "status"))) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    throw new IOException(field + " is not in /proc/" + process.pid() + "/status");
  }

  /**
   * Asks the server to stop (its standard input closes) and waits for it, half a minute at
   * most; interrupted, it stops it at once and keeps the interrupt.
   */
  @Override
  public void close() throws IOException {
    process.getOutputStream().close();
    StoppedProcess.awaitOrKill(process, 30);
  }
}
