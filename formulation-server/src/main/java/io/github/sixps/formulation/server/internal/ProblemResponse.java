package io.github.sixps.formulation.server.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sixps.formulation.io.FormulationReadException;
import io.github.sixps.formulation.io.ReadProblem;
import io.github.sixps.formulation.io.ResultsJson;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details answer ({@code application/problem+json}): the status, its title,
 * what went wrong in plain words and, for a formulation that could not be read, every problem
 * located by line, column and path as {@code formulation validate --format json} gives them.
 */
public final class ProblemResponse {
  /** The media type of a problem. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<Integer, String> TITLES = Map.ofEntries(
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
      Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
      Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict"),
      Map.entry(412, "Precondition Failed"), Map.entry(413, "Content Too Large"),
      Map.entry(415, "Unsupported Media Type"), Map.entry(421, "Misdirected Request"),
      Map.entry(422, "Unprocessable Content"), Map.entry(428, "Precondition Required"),
      Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"));

  private final ObjectNode body = JSON.createObjectNode();
  private final int status;

  private ProblemResponse(int status, String detail) {
    this.status = status;
    body.put("type", "about:blank");
    body.put("title", TITLES.getOrDefault(status, "Error"));
    body.put("status", status);
    body.put("detail", detail);
  }

  /**
   * {@return a problem with this status and detail}
   *
   * @param status the HTTP status
   * @param detail what went wrong and, where there is one, the fix, in plain words
   */
  public static ProblemResponse of(int status, String detail) {
    return new ProblemResponse(status, detail);
  }

  /**
   * {@return a 422 problem for a formulation that could not be read, listing every problem}
   *
   * @param e what the reader found
   */
  public static ProblemResponse unreadable(FormulationReadException e) {
    ProblemResponse p = of(422, e.problems().size() == 1 ? "the formulation could not be read: "
        + e.problems().get(0) : "the formulation could not be read: " + e.problems().size()
        + " problems, each listed under problems");
    p.problems(e.problems());
    if (e.stoppedEarly()) {
      p.body.put("stoppedEarly", true);
    }
    return p;
  }

  /**
   * Adds the located problems, each as the command line's JSON gives one.
   *
   * @param problems the problems
   * @return this problem
   */
  public ProblemResponse problems(List<ReadProblem> problems) {
    body.set("problems", ResultsJson.problems(problems));
    return this;
  }

  /** {@return the JSON object, to add members to} */
  public ObjectNode body() {
    return body;
  }

  /** {@return the HTTP status} */
  public int status() {
    return status;
  }

  /**
   * Sends the problem, replacing anything buffered.
   *
   * @param response where to
   * @throws IOException if the client has gone
   */
  public void send(HttpServletResponse response) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
