package io.github.sixps.formulation.server;

import io.github.sixps.formulation.server.internal.ProblemResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI 3.1 document that describes {@link ApiServlet}'s routes, for mounting at
 * {@code /openapi.json}. The document is kept true by a test that parses it with a real OpenAPI
 * parser and sends every request it describes.
 *
 * <pre>{@code
 * context.addServlet(new ServletHolder(new OpenApiServlet()), "/openapi.json");
 * }</pre>
 */
public final class OpenApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Where the document is, as a resource of this module. */
  public static final String RESOURCE = "/io/github/sixps/formulation/server/openapi.json";

  /** The document, read once. */
  private final byte[] document = load();

  /** A servlet answering with the document; it reads it from this module's resources. */
  public OpenApiServlet() {
    super();
  }

  /** {@return the OpenAPI document, as UTF-8 JSON} */
  public static byte[] document() {
    return load();
  }

  private static byte[] load() {
    try (InputStream in = OpenApiServlet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      ProblemResponse p = ProblemResponse.of(405, "use GET here");
      p.body().put("allow", "GET");
      p.send(response);
      return;
    }
    response.setContentType("application/json");
    response.setContentLength(document.length);
    response.getOutputStream().write(document);
  }
}
