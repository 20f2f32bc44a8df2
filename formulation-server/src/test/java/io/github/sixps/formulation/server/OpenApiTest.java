package io.github.sixps.formulation.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.io.FormulationReader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiTest {
  @TempDir static Path folder;
  static Served served;
  static DocumentedRoutes documentedRoutes;
  static OpenAPI api;
  static String ahmed;

  @BeforeAll
  static void start() throws Exception {
    ahmed = Served.ahmed();
    Files.writeString(folder.resolve("ahmed.yaml"), ahmed);
    Files.writeString(folder.resolve("broken.yaml"), "schema: sixps/1\ntitel: x\n");
    Files.writeString(folder.resolve("twice.yaml"), "schema: sixps/1\n");
    Files.writeString(folder.resolve("twice.json"), "{\"schema\": \"sixps/1\"}");
    served = new Served(folder);
    documentedRoutes = DocumentedRoutes.of(served.get("/openapi.json").body());
    api = documentedRoutes.api();
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  static Set<String> documented() {
    return documentedRoutes.all();
  }

  @Test
  void swaggerParserFindsNoErrorOrWarningInTheDocumentAndWouldInABrokenOne() throws Exception {
    // The second third-party check, beside Redocly's: DocumentedRoutes.of fails on any message
    // swagger-parser has. That it says something where there is something to say: the same
    // document with an operation's answers taken out and a key OpenAPI does not have.
    assertEquals(documented(), DocumentedRoutes.of(served.get("/openapi.json").body()).all());
    var broken = (com.fasterxml.jackson.databind.node.ObjectNode)
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(
            served.get("/openapi.json").body());
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("paths").path("/api/schema")
        .path("get")).remove("responses");
    broken.withObjectProperty("info").put("titel", "A misspelt key");
    List<String> messages = new OpenAPIV3Parser().readContents(broken.toString(), null,
        new ParseOptions()).getMessages();
    assertTrue(messages.stream().anyMatch(m -> m.contains("responses")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.contains("titel")), messages.toString());
  }

  @Test
  void isOpenApi31AndNamesEveryRouteTheServerHasAndNoOther() {
    assertTrue(api.getOpenapi().startsWith("3.1"), api.getOpenapi());
    Set<String> routes = new TreeSet<>(ApiServlet.ROUTES);
    routes.add("GET /openapi.json");
    assertEquals(routes, documented());
  }

  /** One request of each kind a client may make, and the route it goes to. */
  record Probe(String route, String method, String path, String type, String body,
      Map<String, String> headers) {
    Probe(String route, String method, String path, String type, String body) {
      this(route, method, path, type, body, Map.of());
    }
  }

  static List<Probe> probes() throws Exception {
    String etag = served.get("/api/formulations/ahmed").headers().firstValue("ETag")
        .orElseThrow();
    String diff = "{\"before\": {\"schema\": \"sixps/1\", \"title\": \"A\"}, \"after\":"
        + " {\"schema\": \"sixps/1\", \"title\": \"B\"}}";
    List<Probe> p = new ArrayList<>();
    for (String route : List.of("/api/validate", "/api/prioritise", "/api/render")) {
      String op = "POST " + route;
      p.add(new Probe(op, "POST", route, "application/yaml", ahmed));
      p.add(new Probe(op, "POST", route, "application/yaml", "titel: x\n"));
      p.add(new Probe(op, "POST", route, "text/plain", ahmed));
      // Just past the route's limit, under the filter's: the route reads it and says 413. (A
      // body declared far larger is refused before it is read, and the connection closed while
      // the client may still be sending; SecurityTest checks that on a raw socket.)
      p.add(new Probe(op, "POST", route, "application/yaml",
          "x".repeat(FormulationReader.standard().limits().maxBytes() + 100)));
    }
    p.add(new Probe("POST /api/validate", "POST", "/api/validate?profile=sloppy",
        "application/yaml", ahmed));
    for (String format : List.of("md", "html", "pdf", "docx", "brf", "doc")) {
      p.add(new Probe("POST /api/render", "POST", "/api/render?format=" + format,
          "application/yaml", ahmed));
    }
    for (String format : List.of("json", "md", "html", "pdf", "docx", "xml")) {
      p.add(new Probe("POST /api/diff", "POST", "/api/diff?format=" + format,
          "application/json", diff));
    }
    p.add(new Probe("POST /api/diff", "POST", "/api/diff", "application/json", "{\"before\": 1}"));
    p.add(new Probe("POST /api/diff", "POST", "/api/diff", "application/yaml", diff));
    // A mistyped parameter, on every route: 400, never ignored.
    p.add(new Probe("POST /api/render", "POST", "/api/render?fromat=pdf", "application/yaml",
        ahmed));
    p.add(new Probe("POST /api/render", "POST", "/api/render?fragment=true&format=pdf",
        "application/yaml", ahmed));
    p.add(new Probe("POST /api/render", "POST", "/api/render?fragment=true&teaching=true"
        + "&marking=OFFICIAL", "application/yaml", ahmed));
    p.add(new Probe("POST /api/prioritise", "POST", "/api/prioritise?profile=strict",
        "application/yaml", ahmed));
    p.add(new Probe("POST /api/validate", "POST", "/api/validate?asof=2026-01-01",
        "application/yaml", ahmed));
    p.add(new Probe("POST /api/diff", "POST", "/api/diff?fromat=md", "application/json", diff));
    p.add(new Probe("GET /api/schema", "GET", "/api/schema?x=1", null, null));
    p.add(new Probe("GET /api/formulations", "GET", "/api/formulations?q=a", null, null));
    p.add(new Probe("GET /api/formulations/{id}", "GET", "/api/formulations/ahmed?v=1", null,
        null));
    p.add(new Probe("GET /api/schema", "GET", "/api/schema", null, null));
    p.add(new Probe("GET /api/formulations", "GET", "/api/formulations", null, null));
    p.add(new Probe("GET /openapi.json", "GET", "/openapi.json", null, null));
    String one = "GET /api/formulations/{id}";
    for (String id : List.of("ahmed", "broken", "nobody", "twice", "..%2Fx")) {
      p.add(new Probe(one, "GET", "/api/formulations/" + id, null, null));
    }
    String put = "PUT /api/formulations/{id}";
    p.add(new Probe(put, "PUT", "/api/formulations/ahmed", "application/yaml", ahmed));
    p.add(new Probe(put, "PUT", "/api/formulations/ahmed", "application/yaml", ahmed,
        Map.of("If-Match", "\"stale\"")));
    p.add(new Probe(put, "PUT", "/api/formulations/ahmed", "application/yaml", ahmed,
        Map.of("If-Match", etag)));
    p.add(new Probe(put, "PUT", "/api/formulations/made", "application/yaml", ahmed,
        Map.of("If-None-Match", "*")));
    p.add(new Probe(put, "PUT", "/api/formulations/twice", "application/yaml", ahmed,
        Map.of("If-Match", etag)));
    p.add(new Probe(put, "PUT", "/api/formulations/x..y", "application/yaml", ahmed,
        Map.of("If-Match", etag)));
    p.add(new Probe(put, "PUT", "/api/formulations/made2", "application/yaml", "titel: x\n",
        Map.of("If-None-Match", "*")));
    p.add(new Probe(put, "PUT", "/api/formulations/made3", "text/plain", ahmed,
        Map.of("If-None-Match", "*")));
    return p;
  }

  @Test
  void everyAnswerHasADeclaredStatusAndMediaType() throws Exception {
    Set<String> exercised = new TreeSet<>();
    for (Probe probe : probes()) {
      HttpRequest.Builder b = served.request(probe.path());
      probe.headers().forEach(b::header);
      if (probe.body() == null) {
        b.method(probe.method(), HttpRequest.BodyPublishers.noBody());
      } else {
        b.header("Content-Type", probe.type()).method(probe.method(),
            HttpRequest.BodyPublishers.ofString(probe.body()));
      }
      HttpResponse<byte[]> r = served.sendBytes(b);
      String where = probe.method() + " " + probe.path() + " -> " + r.statusCode() + ": "
          + new String(r.body(), 0, Math.min(300, r.body().length), StandardCharsets.UTF_8);
      Operation op = operation(probe.route());
      ApiResponse declared = response(op, r.statusCode());
      assertNotNull(declared, "undeclared status: " + where);
      String type = r.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip();
      assertTrue(declared.getContent() != null && declared.getContent().containsKey(type),
          "undeclared media type " + type + ": " + where);
      // Every answer, refusals included: no fault, and the security filter's headers.
      assertTrue(r.statusCode() < 500, where);
      for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options",
          "Referrer-Policy", "Cache-Control")) {
        assertTrue(r.headers().firstValue(header).isPresent(), header + " missing: " + where);
      }
      exercised.add(probe.route());
    }
    assertEquals(documented(), exercised, "every documented route is answered");
  }

  @Test
  void theSecurityFiltersRefusalsAreDeclaredToo() throws Exception {
    String token = "0123456789abcdef0123";
    try (Served guarded = new Served(folder, b -> b.token(token))) {
      for (String route : documented()) {
        String[] parts = route.split(" ", 2);
        String path = parts[1].replace("{id}", "ahmed");
        HttpRequest.Builder b = HttpRequest.newBuilder(guarded.uri(path))
            .method(parts[0], HttpRequest.BodyPublishers.noBody());
        HttpResponse<String> anonymous = guarded.send(b);
        assertDeclared(route, anonymous);
        HttpResponse<String> misdirected = guarded.send(HttpRequest.newBuilder(guarded.uri(path))
            .header("Host", "evil.example").header("Authorization", "Bearer " + token)
            .method(parts[0], HttpRequest.BodyPublishers.noBody()));
        assertDeclared(route, misdirected);
        if (!parts[0].equals("GET")) {
          HttpResponse<String> crossSite = guarded.send(HttpRequest.newBuilder(guarded.uri(path))
              .header("Origin", "http://evil.example").header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/yaml")
              .method(parts[0], HttpRequest.BodyPublishers.ofString(ahmed)));
          assertEquals(403, crossSite.statusCode(), route);
          assertDeclared(route, crossSite);
        }
      }
    }
  }

  private static void assertDeclared(String route, HttpResponse<String> r) {
    ApiResponse declared = response(operation(route), r.statusCode());
    assertNotNull(declared, route + ": undeclared status " + r.statusCode());
    String type = r.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip();
    assertTrue(declared.getContent().containsKey(type), route + ": " + type);
  }

  @Test
  void methodsAndPathsNotInTheDocumentAreNotAnswered() throws Exception {
    for (String path : api.getPaths().keySet()) {
      PathItem item = api.getPaths().get(path);
      Set<String> methods = new TreeSet<>();
      item.readOperationsMap().keySet().forEach(m -> methods.add(m.name()));
      for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
        if (methods.contains(method)) {
          continue;
        }
        HttpResponse<String> r = served.send(served.request(path.replace("{id}", "ahmed"))
            .method(method, HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, r.statusCode(), method + " " + path);
      }
    }
    for (String path : List.of("/api", "/api/", "/api/validate/x", "/api/formulationsx",
        "/api/formulations/a/b")) {
      int status = served.get(path).statusCode();
      assertTrue(status == 404 || status == 400 || status == 405, path + ": " + status);
    }
  }

  @Test
  void binaryAnswersAreDeclaredSoThatGeneratedClientsKeepTheirBytes() {
    for (String route : List.of("POST /api/render", "POST /api/diff")) {
      var content = operation(route).getResponses().get("200").getContent();
      var pdf = content.get("application/pdf").getSchema();
      assertEquals("binary", pdf.getFormat(), route);
    }
    assertEquals("binary", operation("POST /api/render").getResponses().get("200")
        .getContent().get("text/plain").getSchema().getFormat(), "braille");
  }

  @Test
  void everyRenderChoiceOfTheCommandLineIsAParameter() {
    Set<String> names = new TreeSet<>();
    operation("POST /api/render").getParameters().forEach(p -> names.add(parameter(p)
        .getName()));
    assertEquals(new TreeSet<>(List.of("format", "audience", "view", "terminology", "asOf",
        "teaching", "marking", "fragment", "allowFindings")), names);
  }

  @Test
  void redoclyFindsTheDocumentValid() throws Exception {
    Path redocly = Path.of("../accessibility/node_modules/.bin/redocly");
    if (!Files.isExecutable(redocly)) {
      String missing = redocly + " is not installed";
      if (System.getenv("CI") != null) {
        org.junit.jupiter.api.Assertions.fail(missing + ", and CI is set: .ci/run should run"
            + " npm ci in accessibility/");
      }
      System.out.println(missing + ": the check is skipped; run npm ci in accessibility/");
      org.junit.jupiter.api.Assumptions.abort(missing);
    }
    Path document = folder.resolve(".openapi.json");
    Files.writeString(document, served.get("/openapi.json").body());
    ProcessBuilder pb = new ProcessBuilder(redocly.toString(), "lint", document.toString(),
        "--extends=recommended-strict", "--format=stylish").redirectErrorStream(true);
    pb.environment().put("REDOCLY_TELEMETRY", "off");
    pb.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    Process lint = pb.start();
    String out = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(lint.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "redocly hung");
    assertEquals(0, lint.exitValue(), out);
    assertTrue(out.contains("is valid"), out);
  }

  @Test
  void everyPatternReadsAlikeInJavaScriptAndPython() throws Exception {
    // The API's description, and the schema of sixps/1 it serves: both are compiled by
    // clients in other languages.
    List<String> patterns = new ArrayList<>();
    for (String document : List.of("/openapi.json", "/api/schema")) {
      collectPatterns(new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(served.get(document).body()), patterns);
    }
    assertTrue(patterns.size() >= 2, "the schema's patterns: " + patterns);
    assertTrue(patterns.stream().noneMatch(p -> p.contains("\\p{")), patterns.toString());
    Path list = folder.resolve(".patterns.json");
    Files.writeString(list, new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsString(patterns));
    // Without the u flag, as JSON Schema validators and generated clients compile them.
    assertCompiles(List.of("node", "-e", "for (const p of JSON.parse(require('fs')"
        + ".readFileSync(process.argv[1], 'utf8'))) new RegExp(p);", list.toString()));
    assertCompiles(List.of("/usr/bin/python3", "-c", "import json, re, sys\n"
        + "[re.compile(p) for p in json.load(open(sys.argv[1], encoding='utf-8'))]",
        list.toString()));
  }

  private static void collectPatterns(com.fasterxml.jackson.databind.JsonNode node,
      List<String> out) {
    if (node.isObject() && node.path("pattern").isTextual()) {
      out.add(node.get("pattern").asText());
    }
    node.forEach(child -> collectPatterns(child, out));
  }

  private static void assertCompiles(List<String> command) throws Exception {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      if (System.getenv("CI") != null) {
        throw e;
      }
      org.junit.jupiter.api.Assumptions.abort(command.get(0) + " is missing: " + e);
      return;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), command.get(0) + ": " + out);
  }

  private static io.swagger.v3.oas.models.parameters.Parameter parameter(
      io.swagger.v3.oas.models.parameters.Parameter p) {
    if (p.get$ref() == null) {
      return p;
    }
    return api.getComponents().getParameters().get(p.get$ref().substring(
        p.get$ref().lastIndexOf('/') + 1));
  }

  private static Operation operation(String route) {
    String[] parts = route.split(" ", 2);
    return api.getPaths().get(parts[1]).readOperationsMap()
        .get(PathItem.HttpMethod.valueOf(parts[0]));
  }

  private static ApiResponse response(Operation op, int status) {
    ApiResponse r = op.getResponses().get(Integer.toString(status));
    if (r != null && r.get$ref() != null) {
      String name = r.get$ref().substring(r.get$ref().lastIndexOf('/') + 1);
      r = api.getComponents().getResponses().get(name);
    }
    return r;
  }
}
