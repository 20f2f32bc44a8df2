package io.github.sixps.formulation.server.editor;

import io.github.sixps.formulation.server.FormulationFolder;
import io.github.sixps.formulation.server.caseload.CaseloadServlet;
import io.github.sixps.formulation.validate.Validator;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.net.URI;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The editor's and caseload's servlets in a real Jetty on the loopback interface, mounted as the
 * report tells the server to mount them, with a stand-in for the security filter that gives each
 * request the CSRF token attribute. For tests that go through HTTP.
 */
final class PagesServer implements AutoCloseable {
  static final String CSRF = "test-csrf-token";

  private final Server server;
  final URI base;

  PagesServer(Path folder, Clock clock) throws Exception {
    FormulationFolder f = FormulationFolder.open(folder);
    Renderings renderings = new Renderings();
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler ctx = new ServletContextHandler();
    Filter csrf = (req, resp, chain) -> {
      req.setAttribute(EditorServlet.CSRF_ATTRIBUTE, CSRF);
      chain.doFilter(req, resp);
    };
    ctx.addFilter(new FilterHolder(csrf), "/*", EnumSet.allOf(jakarta.servlet.DispatcherType.class));
    ServletHolder editor = new ServletHolder(new EditorServlet(f, clock, renderings,
        Validator.standard()));
    ctx.addServlet(editor, "/formulations/*");
    ctx.addServlet(editor, "/new");
    ctx.addServlet(editor, "/new/*");
    ServletHolder caseload = new ServletHolder(new CaseloadServlet(f, clock, Validator.standard()));
    ctx.addServlet(caseload, "");
    ctx.addServlet(caseload, "/caseload");
    ctx.addServlet(caseload, "/caseload.csv");
    ctx.addServlet(caseload, "/caseload.json");
    ctx.addServlet(new ServletHolder(new AssetServlet(renderings)), "/assets/*");
    server.setHandler(ctx);
    server.start();
    base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  /** A response: its status, its Location header if any, and its body. */
  record Answer(int statusCode, Optional<String> location, byte[] bytes) {
    String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  Answer get(String path) throws IOException {
    return send(path, null);
  }

  /** Posts fields as a browser posts a form: URL-encoded, line breaks as CR LF. */
  Answer post(String path, Iterable<Map.Entry<String, String>> fields) throws IOException {
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, String> e : fields) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(enc(e.getKey())).append('=').append(enc(e.getValue()));
    }
    return send(path, body.toString());
  }

  private Answer send(String path, String form) throws IOException {
    HttpURLConnection c = (HttpURLConnection) base.resolve(path).toURL().openConnection();
    c.setInstanceFollowRedirects(false);
    if (form != null) {
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
      try (OutputStream out = c.getOutputStream()) {
        out.write(form.getBytes(StandardCharsets.UTF_8));
      }
    }
    int status = c.getResponseCode();
    InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
    byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
    return new Answer(status, Optional.ofNullable(c.getHeaderField("Location")), bytes);
  }

  private static String enc(String s) {
    String crlf = s.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    return java.net.URLEncoder.encode(crlf, StandardCharsets.UTF_8);
  }

  static String describe(Map<String, String> m) {
    return m.entrySet().stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  /** Stops the server; one that cannot be stopped fails the test that used it. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      // Jetty's stop declares Exception; as a resource's close, it would be a lint warning for
      // every try that holds the server (it may throw InterruptedException).
      throw new IllegalStateException("the test server did not stop", e);
    }
  }
}
