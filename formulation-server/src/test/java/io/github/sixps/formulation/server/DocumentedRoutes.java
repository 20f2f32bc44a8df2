package io.github.sixps.formulation.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The routes an OpenAPI document declares, each as {@code METHOD /path/{template}}, read by
 * swagger-parser, which must find nothing to say about the document (no error, no warning);
 * and which of them a request a client sent went to, so that a test of a client can check that
 * it called every route the document names.
 */
final class DocumentedRoutes {
  private final OpenAPI api;
  private final Set<String> routes = new TreeSet<>();

  private DocumentedRoutes(OpenAPI api) {
    this.api = api;
    api.getPaths().forEach((path, item) -> item.readOperationsMap()
        .forEach((method, op) -> routes.add(method + " " + path)));
  }

  /**
   * Reads a document, failing the calling test on any message swagger-parser has about it.
   *
   * @param json the document, such as the server's {@code /openapi.json}
   * @return its routes
   */
  static DocumentedRoutes of(String json) {
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null,
        new ParseOptions());
    assertEquals(List.of(), result.getMessages(), "swagger-parser: no errors or warnings");
    return new DocumentedRoutes(result.getOpenAPI());
  }

  /** {@return the document as swagger-parser read it} */
  OpenAPI api() {
    return api;
  }

  /** {@return every route, such as {@code GET /api/formulations/{id}}, in order} */
  Set<String> all() {
    return routes;
  }

  /**
   * The routes some requests went to.
   *
   * @param requests requests as clients log them, {@code METHOD /path} with no query, such as
   *     {@code PUT /api/formulations/ahmed}
   * @return the documented routes they match; a request that matches none is left out
   */
  Set<String> calledBy(List<String> requests) {
    Set<String> called = new TreeSet<>();
    for (String request : requests) {
      for (String route : routes) {
        String pattern = Pattern.quote(route).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
        if (request.matches(pattern)) {
          called.add(route);
        }
      }
    }
    return called;
  }
}
