package io.github.sixps.formulation.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.server.logs.CapturedLogs;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server against peers that are slow, odd or hostile, over raw sockets where an HTTP client
 * would not send what they send: every answer carries the security headers and a problem, slow
 * bodies hold no thread, refusals do not wait for a body, and a fault is logged by its cause.
 */
class HostilePeersTest {
  @TempDir Path folder;

  /** A page that fails, as a fault in any page would. */
  static final class FaultyPage extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
      throw new IllegalStateException("a fault quoting a formulation: FAULT-WORDS");
    }
  }

  /** Sends raw bytes, then reads the whole answer until the server closes the connection. */
  private static String exchange(Served s, String request) throws IOException {
    try (Socket socket = new Socket(s.server.address().getHost(),
        s.server.address().getPort())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String head(Served s, String firstLine, String more) {
    return firstLine + "\r\nHost: " + s.server.address().getAuthority() + "\r\n" + more
        + "Connection: close\r\n\r\n";
  }

  @Test
  void jettysOwnAnswersCarryTheHeadersAndAProblem() throws Exception {
    try (Served s = new Served(folder)) {
      for (String first : List.of("OPTIONS * HTTP/1.1", "PUT /api/formulations/..%2fx HTTP/1.1",
          "GET /%zz HTTP/1.1", "TRACE /caseload HTTP/1.1", "DELETE /api/formulations/x HTTP/1.1",
          "OPTIONS /api/validate HTTP/1.1", "PATCH / HTTP/1.1")) {
        String answer = exchange(s, head(s, first, "Authorization: Bearer SECRET-TOKEN\r\n"
            + "Content-Length: 0\r\n"));
        String lower = answer.toLowerCase(Locale.ROOT);
        for (String header : List.of("content-security-policy: default-src 'none'",
            "x-content-type-options: nosniff", "referrer-policy: same-origin",
            "cache-control: no-store", "x-frame-options: deny",
            "content-type: application/problem+json")) {
          assertTrue(lower.contains(header), first + ": " + header + " missing in\n" + answer);
        }
        assertTrue(answer.contains("\"status\":4"), first + ": " + answer);
        assertFalse(answer.contains("SECRET-TOKEN"), first + " echoed the request: " + answer);
      }
    }
  }

  @Test
  void aFaultIsAProblemAndALogLineNamingItsCauseNotItsWords() throws Exception {
    CapturedLogs.captureJavaLogging();
    CapturedLogs.capture(true);
    try (Served s = new Served(folder, b -> b.mount("/faulty", api -> new FaultyPage()))) {
      HttpResponse<String> r = s.get("/faulty");
      assertEquals(500, r.statusCode());
      assertEquals("application/problem+json", r.headers().firstValue("Content-Type")
          .orElseThrow());
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
    } finally {
      CapturedLogs.capture(false);
    }
    // A line of java.util.logging, as its pattern and then its parameters.
    List<String> ours = CapturedLogs.all().stream()
        .filter(l -> l.contains("ProblemErrorHandler") && l.contains("[GET, /faulty, 500,"))
        .toList();
    assertEquals(1, ours.size(), CapturedLogs.all().toString());
    assertTrue(ours.get(0).contains("java.lang.IllegalStateException")
        && ours.get(0).contains("at " + FaultyPage.class.getName() + ".doGet"), ours.get(0));
    assertTrue(CapturedLogs.all().stream().filter(l -> !l.contains("org.eclipse.jetty"))
        .noneMatch(l -> l.contains("FAULT-WORDS")), "our own lines do not quote it");
  }

  @Test
  void aRefusalDoesNotWaitForTheBodyOfAClientWithoutTheToken() throws Exception {
    try (Served s = new Served(folder, b -> b.token("0123456789abcdef0123"))) {
      // A body of 100 kB is declared and never sent: the answer comes, and the connection
      // ends, without it.
      String answer = exchange(s, "POST /api/validate HTTP/1.1\r\nHost: "
          + s.server.address().getAuthority() + "\r\nContent-Type: application/yaml\r\n"
          + "Content-Length: 100000\r\n\r\nschema: ");
      assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
      assertTrue(answer.toLowerCase(Locale.ROOT).contains("connection: close"), answer);
    }
  }

  @Test
  void slowBodiesHoldNoThread() throws Exception {
    Files.writeString(folder.resolve("ahmed.yaml"), Served.ahmed());
    try (Served s = new Served(folder)) {
      List<Socket> slow = new ArrayList<>();
      try {
        // More slow clients than the server has threads (32), each part way through a body.
        for (int i = 0; i < 80; i++) {
          Socket socket = new Socket(s.server.address().getHost(),
              s.server.address().getPort());
          socket.getOutputStream().write(("PUT /api/formulations/ahmed HTTP/1.1\r\nHost: "
              + s.server.address().getAuthority() + "\r\nContent-Type: application/yaml\r\n"
              + "If-Match: *\r\nContent-Length: 100000\r\n\r\nschema: sixps/1\n")
              .getBytes(StandardCharsets.US_ASCII));
          slow.add(socket);
        }
        for (int i = 0; i < 5; i++) {
          assertEquals(200, s.get("/api/schema").statusCode(), "answered while they send");
          assertEquals(200, s.post("/api/validate", "application/yaml", Served.ahmed())
              .statusCode());
        }
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }

  @Test
  void aBodyThatComesTooSlowlyIsRefused() throws Exception {
    try (Served s = new Served(folder);
        Socket socket = new Socket(s.server.address().getHost(), s.server.address().getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/validate HTTP/1.1\r\nHost: " + s.server.address().getAuthority()
          + "\r\nContent-Type: application/yaml\r\nContent-Length: 100000\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      String answer = "";
      // A byte every half second, far under the least rate, until the server answers.
      for (int i = 0; i < 40 && answer.isEmpty(); i++) {
        try {
          out.write('x');
          out.flush();
        } catch (IOException closed) {
          break;
        }
        Thread.sleep(500);
        if (socket.getInputStream().available() > 0) {
          answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
        }
      }
      if (answer.isEmpty()) {
        answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      }
      assertEquals("HTTP/1.1 408", answer);
    }
  }

  @Test
  void ifMatchStarSavesOverWhateverIsThere() throws Exception {
    Files.writeString(folder.resolve("ahmed.yaml"), Served.ahmed());
    try (Served s = new Served(folder)) {
      HttpResponse<String> r = s.send(s.request("/api/formulations/ahmed")
          .header("Content-Type", "application/yaml").header("If-Match", "*")
          .PUT(HttpRequest.BodyPublishers.ofString(Served.ahmed())));
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(412, s.send(s.request("/api/formulations/nobody")
          .header("Content-Type", "application/yaml").header("If-Match", "*")
          .PUT(HttpRequest.BodyPublishers.ofString(Served.ahmed()))).statusCode());
    }
  }

  @Test
  void aSymbolicLinkIsNotWrittenThroughAndTheAnswerSaysWhy(@TempDir Path outside)
      throws Exception {
    Path secret = Files.writeString(outside.resolve("secret.yaml"), Served.ahmed());
    Files.createSymbolicLink(folder.resolve("link.yaml"), secret);
    try (Served s = new Served(folder)) {
      HttpResponse<String> r = s.send(s.request("/api/formulations/link")
          .header("Content-Type", "application/yaml").header("If-Match", "*")
          .PUT(HttpRequest.BodyPublishers.ofString("schema: sixps/1\n")));
      assertEquals(409, r.statusCode(), r.body());
      assertTrue(r.body().contains("symbolic link"), r.body());
      assertEquals(Served.ahmed(), Files.readString(secret));
    }
  }
}
