package io.github.sixps.formulation.server.editor;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.render.Audience;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The editor's and caseload's static files, under {@code /assets/}: {@code sixps.css},
 * {@code editor.js}, and the preview's stylesheets {@code preview-practitioner.css} and
 * {@code preview-family.css} (the HTML renderer's own, served apart because the pages allow no
 * inline style). Only these names are served; each is read once.
 *
 * <pre>{@code
 * context.addServlet(new ServletHolder(new AssetServlet(renderings)), "/assets/*");
 * }</pre>
 */
public final class AssetServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String FOLDER = "/io/github/sixps/formulation/server/assets/";

  private final transient Map<String, byte[]> files;

  /**
   * The assets, with the preview's stylesheets from these renderings.
   *
   * @param renderings the editor's renderings
   */
  public AssetServlet(Renderings renderings) {
    Preconditions.checkNotNull(renderings, "renderings");
    files = Map.of(
        "sixps.css", resource("sixps.css"),
        "editor.js", resource("editor.js"),
        "preview-practitioner.css",
        renderings.stylesheet(Audience.PRACTITIONER).getBytes(StandardCharsets.UTF_8),
        "preview-family.css",
        renderings.stylesheet(Audience.FAMILY).getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] resource(String name) {
    try (InputStream in = AssetServlet.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("the asset " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = Optional.ofNullable(req.getPathInfo()).orElse("/").substring(1);
    byte[] body = files.get(name);
    if (body == null) {
      resp.sendError(404);
      return;
    }
    resp.setContentType(name.endsWith(".js") ? "text/javascript; charset=utf-8"
        : "text/css; charset=utf-8");
    resp.setHeader("Cache-Control", "no-cache");
    resp.getOutputStream().write(body);
  }
}
