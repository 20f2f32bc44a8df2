package io.github.sixps.formulation.server;

import io.github.sixps.formulation.server.internal.FolderLock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A second Java program on the same folder, for the tests of writes across processes: {@code
 * hold FOLDER} takes the folder's lock, says {@code locked} and holds it until a line comes in;
 * {@code serve FOLDER} runs a server on it, says its address and stops when its input ends.
 */
final class OtherProgram {
  private OtherProgram() {}

  /**
   * Starts this program in a Java process of its own, with this test's class path.
   *
   * @param javaOptions options for Java, such as {@code -Xmx512m}
   * @param args {@code hold FOLDER} or {@code serve FOLDER}
   * @return the process; its standard error goes to this one's
   */
  static Process start(List<String> javaOptions, String... args) throws java.io.IOException {
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(javaOptions);
    command.addAll(List.of("-cp", classPath, OtherProgram.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  // The lock is held for the block's extent and never named in it (javac's "try" lint).
  @SuppressWarnings("try")
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[1]).toRealPath();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
        StandardCharsets.UTF_8));
    if (args[0].equals("hold")) {
      try (FolderLock.Held held = FolderLock.of(folder).hold()) {
        System.out.println("locked");
        System.out.flush();
        in.readLine();
      }
      System.out.println("released");
    } else {
      try (FormulationServer server = FormulationServer.builder().folder(folder).port(0)
          .build().start()) {
        System.out.println(server.address());
        System.out.flush();
        while (in.readLine() != null) {
          // Serves until the test closes this program's input.
        }
      }
    }
  }
}
