package io.github.sixps.formulation.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.testing.ExternalTool;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API as integrators' programs call it: clients that keep every cookie they are given, as
 * Python's {@code requests.Session} and {@code curl -c jar -b jar} do, write again and again
 * without a CSRF token, which only a browser's requests are asked for.
 */
class ApiClientsTest {
  @TempDir Path folder;

  @Test
  void aClientThatKeepsCookiesWritesTwentyTimesInARow() throws Exception {
    Files.writeString(folder.resolve("ahmed.yaml"), Served.ahmed());
    try (Served s = new Served(folder)) {
      CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
      HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
          .connectTimeout(Duration.ofSeconds(5)).build();
      // The caseload page starts a browser session: the client keeps its cookie from here on.
      assertEquals(200, client.send(HttpRequest.newBuilder(s.uri("/")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode());
      assertTrue(!cookies.getCookieStore().getCookies().isEmpty(), "the page set a cookie");
      HttpResponse<String> got = client.send(HttpRequest.newBuilder(
          s.uri("/api/formulations/ahmed")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, got.statusCode());
      String etag = got.headers().firstValue("ETag").orElseThrow();
      for (int i = 1; i <= 20; i++) {
        HttpResponse<String> put = client.send(HttpRequest.newBuilder(
                s.uri("/api/formulations/ahmed")).header("Content-Type", "application/yaml")
            .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString(
                Served.ahmed().replaceFirst("(?m)^title: .*$", "title: Edit " + i))).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode(), "write " + i + ": " + put.body());
        etag = put.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> validated = client.send(HttpRequest.newBuilder(
                s.uri("/api/validate")).header("Content-Type", "application/yaml")
            .POST(HttpRequest.BodyPublishers.ofString(Served.ahmed())).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, validated.statusCode(), "validate " + i + ": " + validated.body());
      }
      assertTrue(Files.readString(folder.resolve("ahmed.yaml")).contains("title: Edit 20"));
    }
  }

  @Test
  void theApiSetsNoCookie() throws Exception {
    try (Served s = new Served(folder)) {
      for (String path : new String[] {"/api/formulations", "/api/schema", "/openapi.json"}) {
        HttpResponse<String> r = s.get(path);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), path);
      }
      assertTrue(s.post("/api/validate", "application/yaml", Served.ahmed()).headers()
          .allValues("Set-Cookie").isEmpty());
    }
  }

  @Test
  void aPythonRequestsSessionWritesTwentyTimesInARowAndCallsEveryRoute() throws Exception {
    Path python = ExternalTool.requirePython(List.of("requests"), "python3-requests");
    Files.writeString(folder.resolve("ahmed.yaml"), Served.ahmed());
    Path script = folder.resolve(".session_calls.py");
    Files.copy(Path.of("src/test/resources/api-clients/session_calls.py"), script);
    try (Served s = new Served(folder)) {
      DocumentedRoutes routes = DocumentedRoutes.of(s.get("/openapi.json").body());
      Process p = new ProcessBuilder(python.toString(), script.toString(),
          s.server.address().toString(), Served.AHMED.toString()).redirectErrorStream(true)
          .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "python did not finish");
      assertEquals(0, p.exitValue(), out);
      assertTrue(out.contains("cookies 1"), "the session kept the page's cookie: " + out);
      assertTrue(Files.readString(folder.resolve("ahmed.yaml")).contains("title: Edit 20 "));
      List<String> requests = out.lines().filter(line -> line.startsWith("called "))
          .map(line -> line.split(" ")[1] + " " + line.split(" ")[2]).toList();
      assertEquals(routes.all(), routes.calledBy(requests),
          "every route the document declares, called by the session:\n" + out);
    }
  }
}
