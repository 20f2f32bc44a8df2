package io.github.sixps.formulation.server.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.server.FormulationFolder;
import io.github.sixps.formulation.server.StoredFormulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving in the editor keeps the file's comments and says how many it could not keep; a save
 * refused because the file changed keeps the refused version in a file the page names.
 */
class EditorKeepsWhatPeopleWroteTest {
  @TempDir
  Path dir;
  PagesServer server;
  Path file;

  @BeforeEach
  void start() throws Exception {
    file = Files.writeString(dir.resolve("ahmed.yaml"), Files.readString(
        EditorPagesTest.WORKED.resolve("school-avoidance-ahmed.yaml"))
        .replace("status: agreed\n", "status: agreed  # at the meeting\n"));
    server = new PagesServer(dir, Clock.fixed(Instant.parse("2026-12-20T10:00:00Z"),
        ZoneOffset.UTC));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private Document page(PagesServer.Answer r) {
    return Jsoup.parse(r.body(), server.base.toString());
  }

  @Test
  void aSaveKeepsTheCommentsAndSaysHowManyItCouldNot() throws Exception {
    PagesServer.Answer saved = server.post("/formulations/ahmed",
        EditorPagesTest.submit(page(server.get("/formulations/ahmed")), "save"));
    assertEquals(303, saved.statusCode(), saved.body());
    String location = saved.location().orElseThrow();
    assertEquals("/formulations/ahmed?saved&lost=1", location);
    assertTrue(Files.readString(file).startsWith("# A worked example for training."),
        "the note at the top is kept");
    String banner = page(server.get(location)).text();
    assertTrue(banner.contains("Saved to ahmed.yaml. 1 comment written in the file could not be"
        + " kept: a comment at the end of a line"), banner);
  }

  @Test
  void aRefusedSaveNamesTheFileThatKeepsIt() throws Exception {
    Document mine = page(server.get("/formulations/ahmed"));
    FormulationFolder folder = FormulationFolder.open(dir);
    StoredFormulation theirs = folder.get("ahmed");
    folder.put("ahmed", theirs.formulation().orElseThrow().toBuilder().title("Their title")
        .build(), theirs.etag());
    PagesServer.Answer refused = server.post("/formulations/ahmed",
        EditorPagesTest.with(EditorPagesTest.submit(mine, "save"), "title", "My title"));
    assertEquals(409, refused.statusCode());
    String said = page(refused).getElementById("conflict").text();
    Matcher kept = Pattern.compile("kept beside it as (ahmed\\.conflict-[0-9-]+\\.yaml)")
        .matcher(said);
    assertTrue(kept.find(), said);
    assertTrue(Files.readString(dir.resolve(kept.group(1))).contains("title: My title"));
  }
}
