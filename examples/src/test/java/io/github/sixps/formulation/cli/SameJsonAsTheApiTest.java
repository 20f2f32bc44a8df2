package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sixps.formulation.cli.CommandLineTest.Result;
import io.github.sixps.formulation.server.FormulationServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} and {@code prioritise} with {@code --format json} give what the HTTP API
 * answers for the same file, field for field, so a program reads both with one reader.
 */
class SameJsonAsTheApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  private static JsonNode post(FormulationServer server, String path, String yaml)
      throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        server.address().resolve(path)).header("Content-Type", "application/yaml")
        .POST(HttpRequest.BodyPublishers.ofString(yaml)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  @Test
  void findingsAndRankingAreTheApisShapes() throws Exception {
    // A file with findings: the plan's actions lose their owners.
    String yaml = Files.readString(CommandLineTest.AHMED).replaceAll("(?m)^(\\s+)owner: .*$",
        "$1owner: ''");
    Path file = folder.resolve("ahmed.yaml");
    Files.writeString(file, yaml);
    try (FormulationServer server = FormulationServer.builder().port(0).build().start()) {
      Result validated = run("validate", file.toString(), "--format", "json",
          "--as-of", "2026-12-01");
      JsonNode cli = JSON.readTree(validated.out());
      JsonNode api = post(server, "/api/validate?asOf=2026-12-01", yaml);
      assertTrue(cli.size() > 0, validated.out());
      for (JsonNode finding : api) {
        ((ObjectNode) finding).put("file", file.toString());
      }
      assertEquals(api, cli);

      Result ranked = run("prioritise", file.toString(), "--format", "json");
      assertEquals(0, ranked.code(), ranked.err());
      assertEquals(post(server, "/api/prioritise", yaml), JSON.readTree(ranked.out()));
    }
  }
}
