package io.github.sixps.formulation.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sixps.formulation.io.FormulationReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving over HTTP keeps what people wrote: a file's comments survive a {@code PUT}, the answer
 * lists those that could not be kept, and a save refused because the file changed meanwhile
 * keeps the refused version in a file the answer names.
 */
class SavesKeepWhatPeopleWroteTest {
  @TempDir
  Path folder;

  private static final String NOTE = "  # Sara asked for this one to be first.\n";

  private String withComments() throws Exception {
    return Served.ahmed()
        .replace("  - id: P1\n", NOTE + "  - id: P1\n")
        .replace("status: agreed\n", "status: agreed  # at the meeting on 2 November\n");
  }

  private HttpResponse<String> put(Served served, String id, String etag, String json)
      throws Exception {
    return served.send(served.request("/api/formulations/" + id)
        .header("Content-Type", "application/json").header("If-Match", etag)
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  @Test
  void savingUnchangedContentKeepsTheCommentsAndSaysWhichItCouldNot() throws Exception {
    Path file = Files.writeString(folder.resolve("ahmed.yaml"), withComments());
    try (Served served = new Served(folder)) {
      HttpResponse<String> got = served.get("/api/formulations/ahmed");
      String etag = got.headers().firstValue("ETag").orElseThrow();
      HttpResponse<String> saved = put(served, "ahmed", etag, got.body());
      assertEquals(200, saved.statusCode(), saved.body());
      String now = Files.readString(file);
      assertTrue(now.startsWith("# A worked example for training. The Ahmed family, every"
          + " person,"), now);
      assertTrue(now.contains(NOTE + "  - id: P1\n"), now);
      assertEquals(FormulationReader.standard().read(withComments(),
          io.github.sixps.formulation.io.FileFormat.YAML, "x"),
          FormulationReader.standard().read(file));
      JsonNode answer = ApiTest.json(saved);
      assertEquals(1, answer.get("commentsNotKept").size(), saved.body());
      assertEquals("line 7: \"# at the meeting on 2 November\", at the end of a line",
          answer.get("commentsNotKept").get(0).asText());

      // Saved again: nothing more is lost, and the answer says nothing of comments.
      String etag2 = saved.headers().firstValue("ETag").orElseThrow();
      HttpResponse<String> again = put(served, "ahmed", etag2, got.body());
      assertEquals(200, again.statusCode(), again.body());
      assertFalse(ApiTest.json(again).has("commentsNotKept"), again.body());
      assertEquals(now, Files.readString(file));
    }
  }

  @Test
  void aRefusedSaveIsKeptInAFileTheAnswerNames() throws Exception {
    Path file = Files.writeString(folder.resolve("ahmed.yaml"), Served.ahmed());
    try (Served served = new Served(folder)) {
      HttpResponse<String> got = served.get("/api/formulations/ahmed");
      String etag = got.headers().firstValue("ETag").orElseThrow();
      // Someone else saves first.
      Files.writeString(file, Served.ahmed().replace("status: agreed", "status: draft"));
      String mine = got.body().replace("Formulation with the Ahmed family", "My title");
      HttpResponse<String> refused = put(served, "ahmed", etag, mine);
      assertEquals(412, refused.statusCode(), refused.body());
      JsonNode answer = ApiTest.json(refused);
      String kept = answer.get("keptAs").asText();
      assertTrue(kept.matches("ahmed\\.conflict-[0-9]{8}-[0-9]{6}\\.yaml"), kept);
      assertEquals("ahmed.yaml was changed since it was opened, so yours was not saved over"
          + " it; your version is kept beside it as " + kept, answer.get("detail").asText());
      assertEquals("My title", FormulationReader.standard().read(folder.resolve(kept)).title());
      assertTrue(Files.readString(file).contains("status: draft"), "theirs is as they saved it");

      JsonNode list = ApiTest.json(served.get("/api/formulations"));
      assertEquals(1, list.size(), "the kept version is not listed: " + list);
      try (Stream<Path> files = Files.list(folder)) {
        // .formulation.lock is the folder's lock file across programs, kept once made.
        assertEquals(List.of(kept, "ahmed.yaml"), files.map(p -> p.getFileName().toString())
            .filter(name -> !name.equals(".formulation.lock")).sorted().toList());
      }
    }
  }
}
