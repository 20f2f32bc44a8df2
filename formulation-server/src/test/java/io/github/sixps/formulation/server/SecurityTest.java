package io.github.sixps.formulation.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.server.logs.CapturedLogs;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityTest {
  @TempDir Path folder;

  /** A page that shows the CSRF token the filter gives it, as the editor's pages use it. */
  static final class CsrfPage extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType("text/plain");
      response.getWriter().print(request.getAttribute(SecurityFilter.CSRF_ATTRIBUTE));
    }
  }

  private Served serve() throws IOException {
    return new Served(folder, b -> b.mount("/page/*", api -> new CsrfPage()));
  }

  @Test
  void bindsToLoopbackByDefaultAndNeedsNoTokenThere() throws Exception {
    try (Served s = serve()) {
      assertTrue(InetAddress.getByName(s.server.address().getHost()).isLoopbackAddress());
      assertTrue(s.server.token().isEmpty());
      assertEquals(200, s.get("/api/formulations").statusCode());
    }
  }

  @Test
  void anyOtherAddressGetsAGeneratedToken() throws Exception {
    FormulationServer server = FormulationServer.builder()
        .bind(InetAddress.getByName("0.0.0.0")).build();
    assertTrue(server.token().orElseThrow().matches("[A-Za-z0-9_-]{32}"));
    assertFalse(server.token().equals(FormulationServer.builder()
        .bind(InetAddress.getByName("0.0.0.0")).build().token()), "a new one each time");
  }

  @Test
  void boundToEveryAddressItGivesOneThatCanBeOpenedAndAnswersThereAndAtLocalhost()
      throws Exception {
    try (Served s = new Served(folder, b -> b.bind(wildcard()))) {
      URI address = s.server.address();
      assertFalse(InetAddress.getByName(address.getHost()).isAnyLocalAddress(), address
          .toString());
      assertEquals(200, s.get("/api/formulations").statusCode(), address.toString());
      assertEquals(200, s.send(s.request("/api/formulations").header("Host", "localhost:"
          + address.getPort())).statusCode());
    }
  }

  private static InetAddress wildcard() {
    try {
      return InetAddress.getByName("0.0.0.0");
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void withATokenEveryRequestNeedsIt() throws Exception {
    String token = "0123456789abcdef0123";
    try (Served s = new Served(folder, b -> b.token(token))) {
      HttpResponse<String> none = s.send(HttpRequest.newBuilder(s.uri("/api/formulations")));
      assertEquals(401, none.statusCode());
      assertEquals("Bearer realm=\"formulation\"", none.headers()
          .firstValue("WWW-Authenticate").orElseThrow());
      assertEquals(401, s.send(HttpRequest.newBuilder(s.uri("/api/formulations"))
          .header("Authorization", "Bearer 0123456789abcdef0124")).statusCode());
      assertEquals(200, s.get("/api/formulations").statusCode(), "with Bearer");

      assertEquals(401, s.send(HttpRequest.newBuilder(s.uri("/?token=wrong"))).statusCode());
      HttpResponse<String> opened = s.send(HttpRequest.newBuilder(s.server.url()));
      assertEquals(303, opened.statusCode());
      assertEquals("/", opened.headers().firstValue("Location").orElseThrow());
      String cookie = opened.headers().allValues("Set-Cookie").stream()
          .filter(c -> c.startsWith("sixps-token=")).findFirst().orElseThrow();
      assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
      assertEquals(200, s.send(HttpRequest.newBuilder(s.uri("/api/formulations"))
          .header("Cookie", cookie.split(";")[0])).statusCode());
    }
  }

  @Test
  void aHostThatIsNotTheServedAddressIsRefused() throws Exception {
    try (Served s = serve()) {
      int port = s.server.address().getPort();
      for (String host : List.of("evil.example:" + port, "127.0.0.1:1", "localhost.evil:"
          + port)) {
        HttpResponse<String> r = s.send(s.request("/api/formulations").header("Host", host));
        assertEquals(421, r.statusCode(), host);
      }
      assertEquals(200, s.send(s.request("/api/formulations").header("Host", "localhost:"
          + port)).statusCode());
    }
  }

  @Test
  void writesFromAnotherOriginOrWithoutTheCsrfTokenAreRefused() throws Exception {
    try (Served s = serve()) {
      String origin = "http://" + s.server.address().getAuthority();
      String ahmed = Served.ahmed();
      HttpResponse<String> page = s.get("/page/x");
      String csrf = page.body();
      String session = page.headers().allValues("Set-Cookie").get(0).split(";")[0];

      HttpResponse<String> evil = s.send(s.request("/api/validate")
          .header("Content-Type", "application/yaml").header("Origin", "http://evil.example")
          .POST(HttpRequest.BodyPublishers.ofString(ahmed)));
      assertEquals(403, evil.statusCode());
      assertEquals(403, s.send(s.request("/api/validate")
          .header("Content-Type", "application/yaml").header("Sec-Fetch-Site", "cross-site")
          .POST(HttpRequest.BodyPublishers.ofString(ahmed))).statusCode());
      assertEquals(403, s.send(s.request("/api/validate")
          .header("Content-Type", "application/yaml").header("Origin", origin)
          .header("Cookie", session).POST(HttpRequest.BodyPublishers.ofString(ahmed)))
          .statusCode(), "a browser without the CSRF token");
      assertEquals(403, s.send(s.request("/page/form")
          .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
          .header("Cookie", session).POST(HttpRequest.BodyPublishers.ofString("_csrf=nope")))
          .statusCode(), "a form with the wrong token");
      assertEquals(403, s.send(s.request("/page/form?_csrf=" + csrf)
          .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
          .header("Cookie", session).POST(HttpRequest.BodyPublishers.ofString("a=b")))
          .statusCode(), "the token in the address, where logs and histories keep it");
      assertEquals(403, s.send(s.request("/page/form?%5Fcsrf=" + csrf)
          .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
          .header("Cookie", session).POST(HttpRequest.BodyPublishers.ofString("_csrf="
              + csrf))).statusCode(), "a token in the address, encoded, spoils the form's");

      assertEquals(200, s.send(s.request("/api/validate")
          .header("Content-Type", "application/yaml").header("Origin", origin)
          .header("Sec-Fetch-Site", "same-origin").header("Cookie", session)
          .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofString(ahmed)))
          .statusCode());
      assertEquals(200, s.send(s.request("/page/form")
          .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
          .header("Cookie", session).POST(HttpRequest.BodyPublishers.ofString("_csrf="
              + csrf))).statusCode());
      assertEquals(200, s.post("/api/validate", "application/yaml", ahmed).statusCode(),
          "a program, not a browser");
    }
  }

  @Test
  void originNullIsTakenOnlyWhenTheBrowserSaysTheRequestIsSameOrigin() throws Exception {
    // Chromium sends "Origin: null" on a form post from a page whose referrer policy is
    // no-referrer; the editor's saves were refused so in Chromium 156.
    try (Served s = serve()) {
      HttpResponse<String> page = s.get("/page/x");
      String csrf = page.body();
      String session = page.headers().allValues("Set-Cookie").get(0).split(";")[0];
      java.util.function.Function<String, HttpRequest.Builder> form = site -> {
        HttpRequest.Builder b = s.request("/page/form")
            .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "null")
            .header("Cookie", session);
        return site == null ? b : b.header("Sec-Fetch-Site", site);
      };
      assertEquals(200, s.send(form.apply("same-origin")
          .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf))).statusCode(),
          "a same-origin form post that does not name its origin");
      assertEquals(403, s.send(form.apply("same-origin")
          .POST(HttpRequest.BodyPublishers.ofString("_csrf=nope"))).statusCode(),
          "the token is still asked for");
      for (String site : java.util.Arrays.asList("cross-site", "same-site", null)) {
        assertEquals(403, s.send(form.apply(site)
            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf))).statusCode(),
            "Origin: null from " + site);
      }
    }
  }

  @Test
  void strictHeadersOnEveryResponse() throws Exception {
    try (Served s = serve()) {
      for (HttpResponse<String> r : List.of(s.get("/"), s.get("/api/formulations"),
          s.get("/api/nothing"), s.get("/openapi.json"), s.get("/nothing"),
          s.send(s.request("/api/formulations").header("Host", "evil.example")))) {
        assertEquals(SecurityFilter.CONTENT_SECURITY_POLICY, r.headers()
            .firstValue("Content-Security-Policy").orElseThrow(), r.uri().toString());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options")
            .orElseThrow());
        assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElseThrow());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElseThrow());
      }
      assertTrue(SecurityFilter.CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"));
    }
  }

  @Test
  void aBodyDeclaredTooLargeIsRefusedBeforeItIsRead() throws Exception {
    try (Served s = serve(); Socket socket = new Socket(s.server.address().getHost(),
        s.server.address().getPort())) {
      String head = "POST /api/validate HTTP/1.1\r\nHost: " + s.server.address().getAuthority()
          + "\r\nContent-Type: application/yaml\r\nContent-Length: 999999999\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.setSoTimeout(10_000);
      String answer = new String(socket.getInputStream().readNBytes(12),
          StandardCharsets.US_ASCII);
      assertEquals("HTTP/1.1 413", answer);
    }
  }

  @Test
  void aBodyRefusedByItsRouteIsReadToItsEndSoTheConnectionGoesOn() throws Exception {
    // Over the route's limit, under the filter's: refused by the route after the whole body is
    // sent, as a client that does not wait for 100-continue sends it.
    int max = FormulationReader.standard().limits().maxBytes();
    List<String> answers = refusedThenNext("", "title: " + "x".repeat(max) + "\n");
    assertTrue(answers.get(0).startsWith("HTTP/1.1 413"), answers.get(0));
    assertFalse(answers.get(0).toLowerCase(Locale.ROOT).contains("connection: close"),
        answers.get(0));
    assertTrue(answers.get(1).startsWith("HTTP/1.1 200"), answers.get(1));
  }

  @Test
  void aBodyTheFilterRefusesIsReadToItsEndSoTheConnectionGoesOn() throws Exception {
    // A write from another origin, refused by the filter before any servlet reads the body.
    List<String> answers = refusedThenNext("Origin: http://evil.example\r\n",
        "title: " + "x".repeat(1 << 20) + "\n");
    assertTrue(answers.get(0).startsWith("HTTP/1.1 403"), answers.get(0));
    assertTrue(answers.get(1).startsWith("HTTP/1.1 200"), answers.get(1));
  }

  /**
   * Sends a whole YAML body to be validated, then a second request on the same connection:
   * the client must read the first answer, and the connection must answer the second.
   *
   * @return both answers, as text
   */
  private List<String> refusedThenNext(String headers, String yaml) throws Exception {
    byte[] body = yaml.getBytes(StandardCharsets.UTF_8);
    try (Served s = serve(); Socket socket = new Socket(s.server.address().getHost(),
        s.server.address().getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      String host = s.server.address().getAuthority();
      out.write(("POST /api/validate HTTP/1.1\r\nHost: " + host + "\r\n" + headers
          + "Content-Type: application/yaml\r\nContent-Length: " + body.length + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      String first = readResponse(in);
      out.write(("GET /api/schema HTTP/1.1\r\nHost: " + host + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return List.of(first, readResponse(in));
    }
  }

  /** One HTTP/1.1 response with a Content-Length, head and body, as text. */
  private static String readResponse(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("the connection ended after: " + head);
      }
      head.append((char) c);
    }
    Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(head);
    assertTrue(length.find(), head.toString());
    byte[] body = in.readNBytes(Integer.parseInt(length.group(1)));
    return head + new String(body, StandardCharsets.UTF_8);
  }

  @Test
  void aSlowClientIsCutOff() throws Exception {
    try (Served s = new Served(folder, b -> b.idleTimeout(Duration.ofMillis(500)));
        Socket socket = new Socket(s.server.address().getHost(),
            s.server.address().getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/validate HTTP/1.1\r\nHost: " + s.server.address().getAuthority()
          + "\r\nContent-Type: application/yaml\r\nContent-Length: 100\r\n\r\nschema: ")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      socket.setSoTimeout(20_000);
      long start = System.nanoTime();
      InputStream in = socket.getInputStream();
      in.readAllBytes();   // ends when the server closes the connection
      long waited = (System.nanoTime() - start) / 1_000_000;
      assertTrue(waited < 15_000, "closed after " + waited + " ms");
    }
  }

  @Test
  void linksInTheFolderAreNotFollowedOverHttp(@TempDir Path outside) throws Exception {
    Files.writeString(outside.resolve("secret.yaml"), "schema: sixps/1\ntitle: SECRET-TITLE\n");
    Files.createSymbolicLink(folder.resolve("link.yaml"), outside.resolve("secret.yaml"));
    try (Served s = serve()) {
      HttpResponse<String> r = s.get("/api/formulations/link");
      assertEquals(422, r.statusCode());
      assertFalse(r.body().contains("SECRET-TITLE"));
      assertFalse(s.get("/api/formulations").body().contains("SECRET-TITLE"));
    }
  }

  @Test
  void nothingLoggedHoldsAFormulationsWords() throws Exception {
    String hostile = "HOSTILE-\u202e<script>alert(1)</script>-Zanele-ř-\u0000-TEXT";
    String yaml = "schema: sixps/1\ntitle: \"" + hostile.replace("\u0000", "\\0") + "\"\n";
    PrintStream err = System.err;
    PrintStream stdout = System.out;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    CapturedLogs.captureJavaLogging();
    try (Served s = serve()) {
      System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
      CapturedLogs.capture(true);
      Files.writeString(folder.resolve("hostile.yaml"), yaml);
      s.post("/api/validate", "application/yaml", yaml);
      s.post("/api/validate", "application/yaml", yaml + "nmae: " + hostile + "\n");
      s.post("/api/render?format=html", "application/yaml", yaml);
      s.post("/api/render?format=md", "application/json", "{\"title\": \"" + hostile + "\"");
      s.post("/api/diff", "application/json", "{\"before\": {\"title\": \"" + hostile
          + "\"}, \"after\": 7}");
      s.get("/api/formulations/hostile");
      s.get("/api/formulations/" + java.net.URLEncoder.encode(hostile, StandardCharsets.UTF_8));
      s.get("/api/formulations");
      String etag = s.get("/api/formulations/hostile").headers().firstValue("ETag")
          .orElseThrow();
      s.send(s.request("/api/formulations/hostile").header("If-Match", "\"stale\"")
          .header("Content-Type", "application/yaml")
          .PUT(HttpRequest.BodyPublishers.ofString(yaml)));
      s.send(s.request("/api/formulations/hostile").header("If-Match", etag)
          .header("Content-Type", "application/yaml")
          .PUT(HttpRequest.BodyPublishers.ofString(yaml)));
    } finally {
      CapturedLogs.capture(false);
      System.setErr(err);
      System.setOut(stdout);
    }
    List<String> all = CapturedLogs.all();
    assertTrue(all.stream().anyMatch(l -> l.contains("org.eclipse.jetty")),
        "Jetty's own logging was captured");
    // What a server logs when it is set up to log: everything at INFO and above, and our own
    // code at every level. Jetty's DEBUG and TRACE dump network buffers, request bodies
    // included, and are for debugging Jetty itself (the guide says to keep them off); the
    // test's own HTTP client logs its side, which is not the server's.
    String logs = String.join("\n", all.stream()
        .filter(l -> !l.matches("(DEBUG|TRACE|FINE|FINER|FINEST) org\\.eclipse\\.jetty.*"))
        .filter(l -> !l.contains("jdk.internal.httpclient"))
        .toList());
    for (String part : List.of("HOSTILE", "Zanele", "alert(1)")) {
      assertFalse(logs.contains(part), part + " in the logs");
      assertFalse(console.toString(StandardCharsets.UTF_8).contains(part), part + " printed");
    }
    assertEquals("", console.toString(StandardCharsets.UTF_8), "nothing on the console");
  }
}
