package io.github.sixps.formulation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the command line in a Java of its own, as the launcher does, for what only a whole
 * program shows: its exit code, a signal, running out of memory. Ctrl-C and termination are
 * restored to their defaults for it ({@code env --default-signal}), so that a test run in the
 * background, where the shell ignores Ctrl-C, still sees what a user at a terminal would.
 */
final class ChildJvm {
  private ChildJvm() {}

  /**
   * Starts {@code main} with the test's class path.
   *
   * @param javaOptions options for Java, such as {@code -Xmx16m}
   * @param main the class whose main method to run
   * @param folder the working folder
   */
  static Process start(List<String> javaOptions, Class<?> main, Path folder, String... args)
      throws IOException {
    return builder(javaOptions, main, folder, args).start();
  }

  /** What {@link #start} starts, for a test that redirects its streams first. */
  static ProcessBuilder builder(List<String> javaOptions, Class<?> main, Path folder,
      String... args) {
    List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT,TERM",
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(javaOptions);
    command.add("-cp");
    // The test tools' SLF4J providers are left out: the command's own distribution has only
    // the API and its no-operation provider (which the server's Jetty needs), and another
    // provider beside them would print SLF4J's warning on standard error.
    command.add(java.util.Arrays.stream(System.getProperty("java.class.path")
            .split(java.io.File.pathSeparator))
        .filter(entry -> !entry.contains("slf4j") || entry.contains("slf4j-api")
            || entry.contains("slf4j-nop"))
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator)));
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(folder.toFile());
  }

  /** Sends a signal, such as {@code INT} for Ctrl-C, to a process. */
  static void signal(Process process, String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
        .inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
    }
  }
}
