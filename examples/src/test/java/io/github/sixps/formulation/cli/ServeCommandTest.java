package io.github.sixps.formulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code formulation serve}: its mistakes, each a clear line, no stack trace, its exit code; and
 * the profile it is given reaching the editor's checks.
 */
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

  @Test
  void theProfileGivenReachesTheEditorsChecks() throws Exception {
    Files.writeString(dir.resolve("no-voice.yaml"), CommandLineTest.FLAWED.replace("kimm", "kim"));
    Path profile = Files.writeString(dir.resolve("team.yaml"),
        "rules:\n  no-childs-voice: error\n");
    String standard = childsVoiceFinding(serveAndGet("/formulations/no-voice"));
    String team = childsVoiceFinding(serveAndGet("/formulations/no-voice", "--profile",
        profile.toString()));
    assertTrue(standard.startsWith("Warning: "), standard);
    assertTrue(team.startsWith("Error: "), team);
    assertEquals(standard.substring("Warning: ".length()), team.substring("Error: ".length()));

    // The API checks a formulation sent to it as the pages do, unless the request names a
    // profile of its own.
    String body = Files.readString(dir.resolve("no-voice.yaml"));
    assertEquals("error", severity("no-childs-voice", serve("/api/validate", body, "--profile",
        profile.toString())), "the team's profile");
    assertEquals("warning", severity("no-childs-voice", serve("/api/validate?profile=standard",
        body, "--profile", profile.toString())), "a profile the request names");
    assertEquals(ExitCode.USAGE, CommandLineTest.run("serve", dir.toString(), "--profile",
        "strickt").code());
  }

  /** The severity of the finding of a rule in the API's JSON answer. */
  private static String severity(String code, String json) throws IOException {
    for (JsonNode f : new ObjectMapper().readTree(json)) {
      if (f.path("code").asText().equals(code)) {
        return f.path("severity").asText();
      }
    }
    throw new AssertionError("no " + code + " finding in " + json);
  }

  /** The finding shown under the child's voice, severity first. */
  private static String childsVoiceFinding(String page) {
    Matcher m = Pattern.compile("id=\"childsVoice-findings\">\\s*<li[^>]*><strong[^>]*>([A-Za-z]+:"
        + " )</strong>([^<]*)").matcher(page);
    assertTrue(m.find(), "no finding under the child's voice in " + page);
    return m.group(1) + m.group(2);
  }

  /** Runs {@code serve} on the folder with the options, gets one page, and stops it. */
  private String serveAndGet(String path, String... options) throws Exception {
    return serve(path, null, options);
  }

  /**
   * Runs {@code serve} on the folder with the options, gets one page or posts YAML to one route
   * (as a program would, with no browser's signals), and stops it.
   */
  private String serve(String path, String yaml, String... options) throws Exception {
    ServeCommand serve = new ServeCommand();
    StringWriter out = new StringWriter();
    picocli.CommandLine cl = new picocli.CommandLine(serve).setOut(new PrintWriter(out, true));
    String[] args = new String[options.length + 3];
    args[0] = dir.toString();
    args[1] = "--port";
    args[2] = "0";
    System.arraycopy(options, 0, args, 3, options.length);
    Thread running = new Thread(() -> cl.execute(args));
    running.start();
    try {
      Matcher open = Pattern.compile("Open (http://\\S+)").matcher("");
      for (int i = 0; i < 600 && !open.reset(out.toString()).find(); i++) {
        Thread.sleep(50);
      }
      assertTrue(open.reset(out.toString()).find(), "serve printed no address: " + out);
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(open.group(1))
          .resolve(path));
      if (yaml != null) {
        request.header("Content-Type", "application/yaml")
            .POST(HttpRequest.BodyPublishers.ofString(yaml));
      }
      HttpResponse<String> page = HttpClient.newHttpClient().send(request.build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode(), page.body());
      return page.body();
    } finally {
      serve.stop.countDown();
      running.join(10_000);
    }
  }
}
