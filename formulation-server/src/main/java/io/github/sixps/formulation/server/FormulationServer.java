package io.github.sixps.formulation.server;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.server.caseload.CaseloadServlet;
import io.github.sixps.formulation.server.editor.AssetServlet;
import io.github.sixps.formulation.server.editor.EditorServlet;
import io.github.sixps.formulation.server.editor.Renderings;
import io.github.sixps.formulation.server.internal.BoundServer;
import io.github.sixps.formulation.server.internal.HomeServlet;
import io.github.sixps.formulation.server.internal.Intake;
import io.github.sixps.formulation.server.internal.ProblemErrorHandler;
import io.github.sixps.formulation.server.internal.ServedHosts;
import io.github.sixps.formulation.validate.Validator;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Servlet;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * A Jetty 12 server for one folder of formulations, as {@code formulation serve} runs it: the
 * JSON API at {@code /api/*}, its OpenAPI document at {@code /openapi.json}, the caseload and
 * the editor for a served folder ({@link Builder#pages}), any servlets mounted with
 * {@link Builder#mount}, all behind a {@link SecurityFilter}. It binds to 127.0.0.1 unless
 * told otherwise; bound to any other address it requires a token on every request, generated if
 * none is given. One {@link FormulationApi} does the expensive work once for every request.
 *
 * <pre>{@code
 * try (FormulationServer server = FormulationServer.builder()
 *     .folder(Path.of("caseload"))
 *     .port(0)                    // any free port
 *     .build()
 *     .start()) {
 *   System.out.println("Open " + server.url());
 *   ...
 * }
 * }</pre>
 */
public final class FormulationServer implements AutoCloseable {
  /**
   * The slowest a request's body may come, after its first five seconds: a client on the
   * slowest mobile link sends faster, and one sending a byte a second is cut off.
   */
  static final long MIN_BODY_BYTES_PER_SECOND = 1024;
  private final Builder settings;
  private final String token;
  private Server jetty;
  /** Where it answers, worked out once at start, when the hosts it answers to are. */
  private URI address;

  private FormulationServer(Builder b, String token) {
    this.settings = b;
    this.token = token;
  }

  /** {@return a builder: port 8080 on 127.0.0.1, no folder, no token} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Opens the folder, binds the port and starts answering.
   *
   * @return this server, started
   * @throws IOException if the folder cannot be opened or the port cannot be bound (in use,
   *     or not allowed); nothing is left running
   */
  public synchronized FormulationServer start() throws IOException {
    Preconditions.checkState(jetty == null, "start: the server was started already");
    FormulationApi.Builder api = FormulationApi.builder().reader(settings.reader)
        .validator(settings.validator).clock(settings.clock);
    if (settings.folder != null) {
      api.folder(FormulationFolder.open(settings.folder, settings.reader));
    }
    FormulationApi context = api.build();

    // Bound before the routes are made, so that the port (any free one, for port 0) is known to
    // the Host check.
    BoundServer bound = BoundServer.bind(settings.bind, settings.port, settings.idleTimeout);
    Server server = bound.server();
    ServerConnector c = bound.connector();
    // Twice the reader's limit and some: a formulation posted from the editor's form, or two
    // versions sent to diff, are longer than the one file the reader's limit is about.
    URI served = URI.create("http://" + ServedHosts.authority(
        ServedHosts.reachable(settings.bind), c.getLocalPort()) + "/");
    long maxBody = 2L * settings.reader.limits().maxBytes() + 65536;
    SecurityFilter.Builder security = SecurityFilter.builder()
        .allowedHosts(ServedHosts.of(settings.bind, c.getLocalPort()))
        .maxBodyBytes(maxBody);
    if (token != null) {
      security.token(token);
    }
    ServletContextHandler servlets = new ServletContextHandler("/");
    servlets.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, maxBody));
    servlets.setMaxFormKeys(10_000);
    SecurityFilter filter = security.build();
    servlets.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
    servlets.addServlet(new ServletHolder("api", new ApiServlet(context)), "/api/*");
    servlets.addServlet(new ServletHolder("openapi", new OpenApiServlet()), "/openapi.json");
    boolean home = false;
    if (settings.pages && context.folder().isPresent()) {
      home = mountPages(servlets, context, settings.mounts.keySet());
    }
    for (Map.Entry<String, Function<FormulationApi, ? extends Servlet>> m
        : settings.mounts.entrySet()) {
      servlets.addServlet(new ServletHolder(m.getValue().apply(context)), m.getKey());
      home |= m.getKey().equals("/") || m.getKey().equals("/*");
    }
    if (!home) {
      servlets.addServlet(new ServletHolder("home", new HomeServlet()), "/");
    }
    server.setErrorHandler(new ProblemErrorHandler());
    // Bodies are read ahead of the servlets without holding a thread, for requests that would
    // be let in; all the bodies held at once are bounded, as is how slowly one may come.
    Intake intake = new Intake(servlets, maxBody, MIN_BODY_BYTES_PER_SECOND,
        Math.max(64L << 20, 16 * maxBody), r -> filter.admits(
            r.getHeaders().get(HttpHeader.HOST), r.getHeaders().get(HttpHeader.AUTHORIZATION),
            String.join("; ", r.getHeaders().getValuesList(HttpHeader.COOKIE))));
    server.setHandler(new GracefulHandler(intake));
    server.setStopTimeout(settings.stopTimeout.toMillis());
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server);
      throw new IOException("the server could not start: " + e.getMessage(), e);
    }
    jetty = server;
    address = served;
    return this;
  }

  /**
   * Mounts the editor, the caseload and their assets, leaving out any path a {@link
   * Builder#mount} takes. One servlet answers each part at several paths, so each is held once.
   *
   * @return whether the caseload answers the home page
   */
  private static boolean mountPages(ServletContextHandler servlets, FormulationApi context,
      Set<String> taken) {
    FormulationFolder folder = context.folder().orElseThrow();
    Renderings renderings = new Renderings();
    ServletHolder editor = new ServletHolder("editor",
        new EditorServlet(folder, context.clock(), renderings, context.validator()));
    ServletHolder caseload = new ServletHolder("caseload",
        new CaseloadServlet(folder, context.clock(), context.validator()));
    ServletHolder assets = new ServletHolder("assets", new AssetServlet(renderings));
    Map<String, ServletHolder> pages = new LinkedHashMap<>();
    for (String path : List.of("/formulations/*", "/new", "/new/*")) {
      pages.put(path, editor);
    }
    // "" is the exact mapping of the context's root, so the caseload is the home page while
    // any other unknown address is still the default servlet's 404.
    for (String path : List.of("", "/caseload", "/caseload.csv", "/caseload.json")) {
      pages.put(path, caseload);
    }
    pages.put("/assets/*", assets);
    boolean home = false;
    for (Map.Entry<String, ServletHolder> page : pages.entrySet()) {
      if (!taken.contains(page.getKey())
          && !(page.getKey().isEmpty() && (taken.contains("/") || taken.contains("/*")))) {
        servlets.addServlet(page.getValue(), page.getKey());
        home |= page.getKey().isEmpty();
      }
    }
    return home;
  }

  /**
   * {@return the address it answers at, such as {@code http://127.0.0.1:8080/}; for a server
   * bound to every address ({@code 0.0.0.0}), which is no address a browser elsewhere can open,
   * this machine's own address on its network}
   */
  public synchronized URI address() {
    Preconditions.checkState(address != null, "address: start the server first");
    return address;
  }

  /**
   * {@return the address to open in a browser: {@link #address()}, with the token if there is
   * one, which the server swaps for a cookie and takes out of the address bar}
   */
  public URI url() {
    URI base = address();
    return token == null ? base : URI.create(base + "?token=" + token);
  }

  /** {@return the token every request must carry, if one is required} */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  /**
   * Stops gracefully: no new connections, requests under way given the stop timeout to
   * finish. Stopping a stopped server does nothing.
   */
  public synchronized void stop() {
    if (jetty != null) {
      stopQuietly(jetty);
      jetty = null;
    }
  }

  /** Stops the server, as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping is best effort: the threads are daemons and the port is closed either way.
      Thread.currentThread().interrupt();
    }
  }

  /** Builds a {@link FormulationServer}. */
  public static final class Builder {
    private Path folder;
    private int port = 8080;
    private InetAddress bind = InetAddress.getLoopbackAddress();
    private String token;
    private FormulationReader reader = FormulationReader.standard();
    private Validator validator = Validator.standard();
    private Clock clock = Clock.systemDefaultZone();
    private Duration idleTimeout = Duration.ofSeconds(30);
    private Duration stopTimeout = Duration.ofSeconds(5);
    private boolean pages = true;
    private final Map<String, Function<FormulationApi, ? extends Servlet>> mounts =
        new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets whether a served folder also gets its pages: the caseload at {@code /} (with
     * {@code /caseload.csv} and {@code /caseload.json}), the editor at
     * {@code /formulations/ID} and {@code /new}, and their assets at {@code /assets/}. On unless
     * set; without a folder there are no pages. A path given to {@link #mount} wins over a
     * page's.
     *
     * @param value whether to serve the pages
     * @return this builder
     */
    public Builder pages(boolean value) {
      pages = value;
      return this;
    }

    /**
     * Serves a folder of formulations at {@code /api/formulations}.
     *
     * @param value an existing folder
     * @return this builder
     */
    public Builder folder(Path value) {
      folder = Preconditions.checkNotNull(value, "folder");
      return this;
    }

    /**
     * Sets the port; 8080 unless set.
     *
     * @param value 1 to 65535, or 0 for any free port ({@link #address()} says which)
     * @return this builder
     */
    public Builder port(int value) {
      Preconditions.checkArgument(value >= 0 && value <= 65535,
          "port must be 0 to 65535, was %s", value);
      port = value;
      return this;
    }

    /**
     * Sets the address to listen on; 127.0.0.1 unless set. Any address that is not the
     * loopback one needs a token, which is generated unless {@link #token} gives one.
     *
     * @param value the address
     * @return this builder
     */
    public Builder bind(InetAddress value) {
      bind = Preconditions.checkNotNull(value, "bind");
      return this;
    }

    /**
     * Requires a token on every request, even on 127.0.0.1.
     *
     * @param value 16 to 200 letters, digits, - and _
     * @return this builder
     */
    public Builder token(String value) {
      Preconditions.checkNotNull(value, "token");
      Preconditions.checkArgument(value.matches("[A-Za-z0-9_-]{16,200}"), "token: use 16 to"
          + " 200 letters, digits, - and _, so it can go in an address unchanged");
      token = value;
      return this;
    }

    /**
     * Sets the reader for files and request bodies, whose limits bound them all.
     *
     * @param value the reader
     * @return this builder
     */
    public Builder reader(FormulationReader value) {
      reader = Preconditions.checkNotNull(value, "reader");
      return this;
    }

    /**
     * Sets the validator the editor's checks and the caseload's counts use, built once with
     * a team's profile (which rules run, at what severity) and any rules of its own; the
     * standard one unless set.
     *
     * @param value the validator
     * @return this builder
     */
    public Builder validator(Validator value) {
      validator = Preconditions.checkNotNull(value, "validator");
      return this;
    }

    /**
     * Sets the clock that says what today is, for what is late; the system's unless set.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      clock = Preconditions.checkNotNull(value, "clock");
      return this;
    }

    /**
     * Sets how long a connection may be idle, in the middle of a request or between them,
     * before it is closed; 30 seconds unless set. A client that sends too slowly is cut off.
     *
     * @param value the time
     * @return this builder
     */
    public Builder idleTimeout(Duration value) {
      Preconditions.checkArgument(value != null && !value.isNegative() && !value.isZero(),
          "idleTimeout must be positive, was %s", value);
      idleTimeout = value;
      return this;
    }

    /**
     * Sets how long {@link #stop()} waits for requests under way; 5 seconds unless set.
     *
     * @param value the time
     * @return this builder
     */
    public Builder stopTimeout(Duration value) {
      Preconditions.checkArgument(value != null && !value.isNegative(),
          "stopTimeout must not be negative, was %s", value);
      stopTimeout = value;
      return this;
    }

    /**
     * Mounts a servlet, made from the shared API context when the server starts: the editor
     * and caseload pages, for example. Mounted at {@code /}, it answers the home page.
     *
     * @param pathSpec the servlet path specification, such as {@code /edit/*}
     * @param servlet makes the servlet from the context (whose folder it may use)
     * @return this builder
     */
    public Builder mount(String pathSpec, Function<FormulationApi, ? extends Servlet> servlet) {
      Preconditions.checkNotNull(pathSpec, "pathSpec");
      Preconditions.checkNotNull(servlet, "servlet");
      Preconditions.checkArgument(!pathSpec.startsWith("/api/") && !pathSpec.equals("/api")
          && !pathSpec.equals("/openapi.json"), "pathSpec: %s is the API's own", pathSpec);
      mounts.put(pathSpec, servlet);
      return this;
    }

    /** {@return the server, not yet started; with a token generated if one is needed} */
    public FormulationServer build() {
      String t = token;
      if (t == null && !bind.isLoopbackAddress()) {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        t = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      }
      Builder copy = new Builder();
      copy.folder = folder;
      copy.port = port;
      copy.bind = bind;
      copy.reader = reader;
      copy.validator = validator;
      copy.clock = clock;
      copy.idleTimeout = idleTimeout;
      copy.stopTimeout = stopTimeout;
      copy.pages = pages;
      copy.mounts.putAll(mounts);
      return new FormulationServer(copy, t);
    }
  }
}
