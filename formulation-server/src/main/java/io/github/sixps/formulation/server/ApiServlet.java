package io.github.sixps.formulation.server;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.server.internal.FolderRoutes;
import io.github.sixps.formulation.server.internal.ProblemErrorHandler;
import io.github.sixps.formulation.server.internal.ProblemResponse;
import io.github.sixps.formulation.server.internal.QueryParameters;
import io.github.sixps.formulation.server.internal.RequestBody;
import io.github.sixps.formulation.server.internal.Shown;
import io.github.sixps.formulation.server.internal.StatelessRoutes;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JSON API, mounted at {@code /api/*}: {@code POST validate}, {@code prioritise}, {@code
 * render} and {@code diff} on the formulation sent, {@code GET schema}, and over the served
 * folder {@code GET formulations}, {@code GET formulations/{id}} and {@code PUT
 * formulations/{id}}. Errors are RFC 9457 problem details ({@code application/problem+json})
 * with the located messages of the command line. The routes are described by the OpenAPI
 * document {@link OpenApiServlet} serves.
 *
 * <p>The servlet itself holds nothing but its {@link FormulationApi}, which does the expensive
 * work once; it is safe for any number of requests at once. Put a {@link SecurityFilter} in
 * front of it.
 *
 * <pre>{@code
 * ServletContextHandler context = new ServletContextHandler();
 * context.addServlet(new ServletHolder(new ApiServlet(FormulationApi.builder().build())),
 *     "/api/*");
 * }</pre>
 */
public final class ApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ApiServlet.class.getName());
  private static final String FORMULATIONS = "/formulations";

  /** Every route {@link #route} answers, as the OpenAPI document names it; a test keeps both. */
  static final List<String> ROUTES = List.of("POST /api/validate", "POST /api/prioritise",
      "POST /api/render", "POST /api/diff", "GET /api/schema", "GET /api/formulations",
      "GET /api/formulations/{id}", "PUT /api/formulations/{id}");

  private final transient StatelessRoutes stateless;
  private final transient FolderRoutes folder;
  private final transient long discardable;

  /**
   * An API over shared parts.
   *
   * @param api the reader, prioritiser, renderers and folder every request uses
   */
  public ApiServlet(FormulationApi api) {
    Preconditions.checkNotNull(api, "api");
    stateless = new StatelessRoutes(api.reader(), api.prioritiser(), api.renderers(),
        api.clock(), api.validator());
    folder = api.folder().map(f -> new FolderRoutes(f, api.reader())).orElse(null);
    // What is left of a refused body is read and dropped up to a few times the largest body
    // any route takes (two versions to diff); past that the connection is closed instead.
    discardable = 4L * api.reader().limits().maxBytes() + 65536;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String method = request.getMethod();
    try {
      route(path, method, request, response);
    } catch (RequestBody.Refused e) {
      RequestBody.discardRest(request, response, discardable);
      e.problem().send(response);
    } catch (RuntimeException e) {
      // The kind of fault, where it was and the route, never its message: a message could
      // quote a formulation's words.
      LOG.log(Level.WARNING, "{0} {1} failed inside formulation: {2}",
          new Object[] {method, Shown.path(path), ProblemErrorHandler.fault(e)});
      ProblemResponse.of(500, "something went wrong inside formulation; nothing was"
          + " changed").send(response);
    }
  }

  private void route(String path, String method, HttpServletRequest request,
      HttpServletResponse response) throws IOException, RequestBody.Refused {
    switch (path) {
      case "/validate":
        only("POST", method);
        stateless.validate(request, response);
        return;
      case "/prioritise":
        only("POST", method);
        stateless.prioritise(request, response);
        return;
      case "/render":
        only("POST", method);
        stateless.render(request, response);
        return;
      case "/diff":
        only("POST", method);
        stateless.diff(request, response);
        return;
      case "/schema":
        only("GET", method);
        noParameters(path, request);
        stateless.schema(response);
        return;
      case FORMULATIONS:
        only("GET", method);
        noParameters(path, request);
        served().list(response);
        return;
      default:
        break;
    }
    if (path.startsWith(FORMULATIONS + "/")) {
      String id = path.substring(FORMULATIONS.length() + 1);
      noParameters(FORMULATIONS + "/{id}", request);
      if ("GET".equals(method)) {
        served().get(id, response);
      } else if ("PUT".equals(method)) {
        served().put(id, request, response);
      } else {
        throw notAllowed("GET, PUT");
      }
      return;
    }
    throw new RequestBody.Refused(ProblemResponse.of(404, "there is nothing at /api"
        + Shown.path(path)
        + "; the routes are listed at /openapi.json"));
  }

  private static void noParameters(String route, HttpServletRequest request)
      throws RequestBody.Refused {
    new QueryParameters(request).onlyThese("/api" + route, List.of());
  }

  private FolderRoutes served() throws RequestBody.Refused {
    if (folder == null) {
      throw new RequestBody.Refused(ProblemResponse.of(404, "no folder is served here, so"
          + " there are no formulations to list"));
    }
    return folder;
  }

  private static void only(String allowed, String method) throws RequestBody.Refused {
    if (!allowed.equals(method)) {
      throw notAllowed(allowed);
    }
  }

  private static RequestBody.Refused notAllowed(String allowed) {
    ProblemResponse p = ProblemResponse.of(405, "use " + allowed + " here");
    p.body().put("allow", allowed);
    return new RequestBody.Refused(p);
  }
}
