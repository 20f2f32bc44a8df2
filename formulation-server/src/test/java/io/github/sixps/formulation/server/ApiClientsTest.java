package io.github.sixps.formulation.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API as integrators' programs call it: clients that keep every cookie they are given, as
 * Python's {@code requests.Session} and {@code curl -c jar -b jar} do, write again and again
 * without a CSRF token, which only a browser's requests are asked for.
 */
class ApiClientsTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");
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
    requirePythonRequests();
    Files.writeString(folder.resolve("ahmed.yaml"), Served.ahmed());
    Path script = folder.resolve(".client.py");
    // A client written as the developer's guide shows: one requests.Session for every call.
    Files.writeString(script, String.join("\n",
        "import sys, requests",
        "base = sys.argv[1]",
        "with requests.Session() as http:",
        "    http.get(base).raise_for_status()          # a page: a session cookie is kept",
        "    r = http.get(base + 'api/formulations/ahmed')",
        "    r.raise_for_status()",
        "    etag = r.headers['ETag']",
        "    text = open(sys.argv[2], encoding='utf-8').read()",
        "    for i in range(1, 21):",
        "        body = text.replace('title: ', 'title: Edit %d ' % i, 1)",
        "        r = http.put(base + 'api/formulations/ahmed', data=body.encode('utf-8'),",
        "                     headers={'Content-Type': 'application/yaml', 'If-Match': etag})",
        "        if r.status_code != 200:",
        "            sys.exit('write %d: %d %s' % (i, r.status_code, r.text))",
        "        etag = r.headers['ETag']",
        "    yaml = {'Content-Type': 'application/yaml'}",
        "    for route in ('validate', 'prioritise'):",
        "        http.post(base + 'api/' + route, data=text.encode('utf-8'),",
        "                  headers=yaml).raise_for_status()",
        "    pdf = http.post(base + 'api/render', params={'format': 'pdf', 'audience': 'family'},",
        "                    data=text.encode('utf-8'), headers=yaml)",
        "    pdf.raise_for_status()",
        "    assert pdf.content.startswith(b'%PDF-'), pdf.content[:20]",
        "    mistyped = http.post(base + 'api/render', params={'fromat': 'pdf'},",
        "                         data=text.encode('utf-8'), headers=yaml)",
        "    assert mistyped.status_code == 400 and mistyped.json()['parameter'] == 'fromat'",
        "    saved = http.get(base + 'api/formulations/ahmed').json()",
        "    versions = {'before': saved, 'after': saved}",
        "    http.post(base + 'api/diff', json=versions).raise_for_status()",
        "    http.get(base + 'api/schema').raise_for_status()",
        "    assert [f['id'] for f in http.get(base + 'api/formulations').json()] == ['ahmed']",
        "    http.get(base + 'openapi.json').raise_for_status()",
        "    print('cookies', len(http.cookies))",
        ""));
    try (Served s = new Served(folder)) {
      Process p = new ProcessBuilder(PYTHON.toString(), script.toString(),
          s.server.address().toString(), Served.AHMED.toString()).redirectErrorStream(true)
          .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "python did not finish");
      assertEquals(0, p.exitValue(), out);
      assertTrue(out.contains("cookies 1"), "the session kept the page's cookie: " + out);
      assertTrue(Files.readString(folder.resolve("ahmed.yaml")).contains("title: Edit 20 "));
    }
  }

  /** Skips the calling test without Debian's python3-requests, or fails it under CI. */
  static void requirePythonRequests() throws Exception {
    String missing = null;
    if (!Files.isExecutable(PYTHON)) {
      missing = PYTHON + " is not installed";
    } else {
      Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import requests")
          .redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        missing = "Python's requests is not installed for " + PYTHON;
      }
    }
    if (missing == null) {
      return;
    }
    if (System.getenv("CI") != null) {
      fail(missing + ", and CI is set, so this check must run; .ci/run must install Debian's"
          + " python3-requests");
    }
    String skipped = missing + ": the check with requests is skipped. Install it (apt-get"
        + " install python3-requests) to run it.";
    System.out.println(skipped);
    Assumptions.abort(skipped);
  }
}
