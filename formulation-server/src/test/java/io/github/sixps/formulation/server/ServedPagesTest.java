package io.github.sixps.formulation.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages as {@code formulation serve} gives them: a served folder gets the caseload and the
 * editor behind the same security filter as the API, unless they are turned off or a mount takes
 * their place.
 */
class ServedPagesTest {
  @TempDir Path folder;

  @Test
  void aServedFolderHasItsCaseloadEditorAndAssets() throws Exception {
    Files.writeString(folder.resolve("school-avoidance-ahmed.yaml"), Served.ahmed());
    try (Served s = new Served(folder)) {
      HttpResponse<String> home = s.get("/");
      assertEquals(200, home.statusCode(), home.body());
      assertTrue(home.body().contains("<h1 class=\"heading-l\">Caseload</h1>"), home.body());
      assertTrue(home.body().contains("/formulations/school-avoidance-ahmed"), home.body());
      assertTrue(home.headers().firstValue("Content-Security-Policy").orElse("")
          .contains("script-src 'self'"));

      HttpResponse<String> editor = s.get("/formulations/school-avoidance-ahmed");
      assertEquals(200, editor.statusCode());
      assertTrue(editor.body().contains("name=\"_csrf\""), "the filter's token is in the form");
      assertTrue(editor.body().contains("format=brf"), "Braille is one click away");
      assertEquals(200, s.get("/new").statusCode());
      assertEquals(200, s.get("/assets/editor.js").statusCode());
      assertEquals(200, s.get("/caseload.csv").statusCode());
      HttpResponse<byte[]> brf = s.sendBytes(s.request(
          "/formulations/school-avoidance-ahmed/download?format=brf&audience=family").GET());
      assertEquals(200, brf.statusCode());
      assertTrue(brf.body().length > 1000);
      assertTrue(editor.body().contains("format=docx&amp;audience=family"),
          "the family's Word document is one click away");
      HttpResponse<byte[]> docx = s.sendBytes(s.request(
          "/formulations/school-avoidance-ahmed/download?format=docx&audience=family").GET());
      assertEquals(200, docx.statusCode());
      assertTrue(docx.headers().firstValue("Content-Disposition").orElse("").contains(".docx"),
          docx.headers().map().toString());

      // A browser's save without the session's token is refused before the editor sees it.
      HttpResponse<String> save = s.send(s.request("/formulations/school-avoidance-ahmed")
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("Origin", s.uri("/").toString().replaceAll("/$", ""))
          .header("Sec-Fetch-Site", "same-origin")
          .POST(HttpRequest.BodyPublishers.ofString("title=Changed")));
      assertEquals(403, save.statusCode(), save.body());
      assertEquals(Served.ahmed(), Files.readString(folder.resolve(
          "school-avoidance-ahmed.yaml")), "nothing written");
      assertEquals(404, s.get("/nothing-here").statusCode());
    }
  }

  @Test
  void withoutPagesTheHomePageSaysWhereTheApiIs() throws Exception {
    try (Served s = new Served(folder, b -> b.pages(false))) {
      HttpResponse<String> home = s.get("/");
      assertEquals(200, home.statusCode());
      assertTrue(home.body().contains("/openapi.json"), home.body());
      assertEquals(404, s.get("/formulations/anything").statusCode());
    }
  }
}
