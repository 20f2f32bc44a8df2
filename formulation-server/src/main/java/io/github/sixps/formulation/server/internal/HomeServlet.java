package io.github.sixps.formulation.server.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The home page when no pages are mounted: where the API and its description are. Any other
 * address is a 404 problem.
 */
public final class HomeServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private static final byte[] PAGE = ("<!DOCTYPE html>\n<html lang=\"en\"><head>"
      + "<meta charset=\"utf-8\"><title>SixPs formulation server</title></head><body>"
      + "<h1>SixPs formulation server</h1>"
      + "<p>The JSON API is at <code>/api</code>; every route is described in "
      + "<a href=\"/openapi.json\">the OpenAPI document</a>. The formulations served are listed"
      + " at <a href=\"/api/formulations\">/api/formulations</a>.</p></body></html>\n")
      .getBytes(StandardCharsets.UTF_8);

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      ProblemResponse p = ProblemResponse.of(405, "use GET here");
      p.body().put("allow", "GET");
      p.send(response);
      return;
    }
    String path = request.getServletPath() + (request.getPathInfo() == null ? ""
        : request.getPathInfo());
    if (!path.equals("/") && !path.isEmpty()) {
      ProblemResponse.of(404, "there is nothing at this address; the API is at /api and"
          + " described at /openapi.json").send(response);
      return;
    }
    Answers.bytes(response, 200, "text/html; charset=utf-8", PAGE);
  }
}
