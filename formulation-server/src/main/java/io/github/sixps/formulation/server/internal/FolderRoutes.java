package io.github.sixps.formulation.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.ResultsJson;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.server.EditConflictException;
import io.github.sixps.formulation.server.FormulationFolder;
import io.github.sixps.formulation.server.FormulationIds;
import io.github.sixps.formulation.server.StoredFormulation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

/**
 * The routes over the served folder: list its formulations, get one with its ETag, and put one
 * back only if it is still the version the client read ({@code If-Match}), or create one
 * ({@code If-None-Match: *}).
 */
public final class FolderRoutes {
  private final FormulationFolder folder;
  private final FormulationReader reader;

  /**
   * Routes over a folder.
   *
   * @param folder the folder
   * @param reader reads request bodies, within its limits
   */
  public FolderRoutes(FormulationFolder folder, FormulationReader reader) {
    this.folder = folder;
    this.reader = reader;
  }

  /**
   * {@code GET /api/formulations}: each file with its id, title, status, ETag and problems.
   *
   * @param response the response
   * @throws IOException if the folder cannot be listed
   */
  public void list(HttpServletResponse response) throws IOException {
    ArrayNode out = AnswerJson.JSON.createArrayNode();
    for (StoredFormulation s : folder.list()) {
      ObjectNode o = summary(s);
      s.formulation().ifPresent(f -> {
        o.put("title", f.title());
        o.put("status", f.status().name().toLowerCase(java.util.Locale.ROOT));
      });
      out.add(o);
    }
    Answers.json(response, 200, out);
  }

  /**
   * {@code GET /api/formulations/{id}}: the formulation as {@code sixps/1} JSON, with its ETag;
   * a file that cannot be read is a 422 problem with its located problems and its text.
   *
   * @param id the id from the path
   * @param response the response
   * @throws IOException if the file cannot be read at all
   * @throws RequestBody.Refused with the problem to answer instead
   */
  public void get(String id, HttpServletResponse response) throws IOException,
      RequestBody.Refused {
    StoredFormulation s = find(id);
    response.setHeader("ETag", s.etag());
    if (s.formulation().isEmpty()) {
      ProblemResponse p = ProblemResponse.of(422, s.fileName() + " could not be read; fix the"
          + " problems listed, or edit the text").problems(s.problems());
      p.body().put("text", s.text());
      throw new RequestBody.Refused(p);
    }
    response.setHeader("Last-Modified", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
        .format(s.lastModified().atZone(java.time.ZoneOffset.UTC)));
    Answers.json(response, 200, AnswerJson.formulation(s.formulation().get()));
  }

  /**
   * {@code PUT /api/formulations/{id}}: writes the formulation in the body, if {@code If-Match}
   * names the ETag on disk (412 with both versions if not, the refused one kept in a file beside
   * it; 428 without it), or, with {@code If-None-Match: *}, creates it (412 if it exists). The
   * answer lists the comments of the old file that could not be kept, if any.
   *
   * @param id the id from the path
   * @param request the request
   * @param response the response
   * @throws IOException if the file cannot be written; it is then as it was
   * @throws RequestBody.Refused with the problem to answer instead
   */
  public void put(String id, HttpServletRequest request, HttpServletResponse response)
      throws IOException, RequestBody.Refused {
    checkId(id);
    String ifMatch = request.getHeader("If-Match");
    boolean create = "*".equals(request.getHeader("If-None-Match"));
    if (ifMatch == null && !create) {
      throw new RequestBody.Refused(ProblemResponse.of(428, "send If-Match with the ETag the"
          + " formulation had when it was read, so that a change made since is not overwritten;"
          + " or If-None-Match: * to create a new one"));
    }
    byte[] body = RequestBody.bytes(request, reader.limits().maxBytes());
    Formulation f = RequestBody.read(body, RequestBody.format(request), reader, "body");
    try {
      StoredFormulation written = folder.put(id, f, create ? null : ifMatch.strip());
      response.setHeader("ETag", written.etag());
      ObjectNode answer = summary(written);
      if (!written.commentsNotKept().isEmpty()) {
        // Saved, but what people wrote in the file is not all there: the client must say so.
        written.commentsNotKept().forEach(answer.putArray("commentsNotKept")::add);
      }
      Answers.json(response, create ? 201 : 200, answer);
    } catch (EditConflictException e) {
      ProblemResponse p = ProblemResponse.of(412, e.getMessage());
      e.current().ifPresent(c -> {
        ObjectNode current = p.body().putObject("current");
        current.put("etag", c.etag());
        current.put("text", c.text());
        response.setHeader("ETag", c.etag());
      });
      p.body().putObject("yours").put("text", new String(body, StandardCharsets.UTF_8));
      e.keptAs().ifPresent(kept -> p.body().put("keptAs", kept));
      throw new RequestBody.Refused(p);
    } catch (IllegalStateException e) {
      throw new RequestBody.Refused(ProblemResponse.of(409, e.getMessage()));
    }
  }

  private StoredFormulation find(String id) throws IOException, RequestBody.Refused {
    checkId(id);
    try {
      return folder.get(id);
    } catch (NoSuchElementException e) {
      throw new RequestBody.Refused(ProblemResponse.of(404, e.getMessage()));
    } catch (IllegalStateException e) {
      throw new RequestBody.Refused(ProblemResponse.of(409, e.getMessage()));
    }
  }

  private static void checkId(String id) throws RequestBody.Refused {
    if (!FormulationIds.isValid(id)) {
      throw new RequestBody.Refused(ProblemResponse.of(400, "id: " + Shown.value(id)
          + " is not a formulation id; an id is 1 to 100 letters, digits, dots, - and _,"
          + " starting with a letter or digit"));
    }
  }

  private static ObjectNode summary(StoredFormulation s) {
    ObjectNode o = AnswerJson.JSON.createObjectNode();
    o.put("id", s.id());
    o.put("fileName", s.fileName());
    o.put("etag", s.etag());
    o.put("lastModified", s.lastModified().toString());
    o.put("readable", s.formulation().isPresent());
    o.set("problems", ResultsJson.problems(s.problems()));
    return o;
  }
}
