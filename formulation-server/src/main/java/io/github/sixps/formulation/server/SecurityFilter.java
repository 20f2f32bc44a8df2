package io.github.sixps.formulation.server;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSet;
import io.github.sixps.formulation.server.internal.BrowserSession;
import io.github.sixps.formulation.server.internal.ProblemResponse;
import io.github.sixps.formulation.server.internal.RequestBody;
import io.github.sixps.formulation.server.internal.SecurityHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Guards every request to the API and pages, for data that is OFFICIAL-SENSITIVE:
 *
 * <ul>
 *   <li>the {@code Host} header must be one this server is reached by, else 421 (so a web page
 *       cannot reach it through a DNS name that points at it: DNS rebinding);
 *   <li>with a token, every request carries it: {@code Authorization: Bearer TOKEN} from a
 *       program, or a cookie a browser gets by opening {@code /?token=TOKEN} once (HttpOnly,
 *       SameSite=Strict; the address is then shown without the token), else 401;
 *   <li>a write ({@code POST}, {@code PUT}, {@code DELETE}, {@code PATCH}) must come from this
 *       origin ({@code Origin} and {@code Sec-Fetch-Site}), and from a browser (a request with
 *       {@code Origin} or a {@code Sec-Fetch-*} header) must carry the session's CSRF token, as
 *       the header {@code X-CSRF-Token} or the form field {@code _csrf} in the body (never the
 *       address), else 403; a program sends neither header, so it needs no CSRF token, whether
 *       or not it keeps cookies; nor does a request with the bearer token, which a browser
 *       cannot send across origins;
 *   <li>a session cookie is set on pages only, never on answers from {@code /api/} or
 *       {@code /openapi.json};
 *   <li>a body declared larger than the limit is refused with 413 before it is read;
 *   <li>every response carries a strict {@code Content-Security-Policy} (no inline script, no
 *       framing), {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin}
 *       and {@code Cache-Control: no-store}.
 * </ul>
 *
 * <p>Pages get the session's CSRF token as the request attribute {@value #CSRF_ATTRIBUTE}, to
 * put in each form as {@code _csrf} and in a script's requests as {@code X-CSRF-Token}.
 * Refusals are RFC 9457 problems; nothing of a request's body is logged.
 *
 * <pre>{@code
 * context.addFilter(new FilterHolder(SecurityFilter.builder()
 *     .allowedHosts(Set.of("127.0.0.1:8080", "localhost:8080"))
 *     .build()), "/*", EnumSet.of(DispatcherType.REQUEST));
 * }</pre>
 */
public final class SecurityFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The request attribute that holds the session's CSRF token, for pages to put in forms. */
  public static final String CSRF_ATTRIBUTE = "io.github.sixps.formulation.server.csrf";

  /** The policy on every response; rendered documents narrow it to their own styles. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self';"
      + " style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self';"
      + " base-uri 'none'; frame-ancestors 'none'";

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  /** The Host header values answered to. */
  private final ImmutableSet<String> hosts;
  private final transient Optional<AccessToken> token;
  /** The largest body a request may declare. */
  private final long maxBodyBytes;
  private final transient BrowserSession sessions = new BrowserSession();

  private SecurityFilter(Builder b) {
    hosts = b.hosts;
    token = Optional.ofNullable(b.token).map(AccessToken::new);
    maxBodyBytes = b.maxBodyBytes;
  }

  /** {@return a builder; give it at least the hosts the server is reached by} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    SecurityHeaders.ALL.forEach(response::setHeader);

    String host = request.getHeader("Host");
    if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
      refused(request, response, ProblemResponse.of(421, "this server answers only to "
          + String.join(" or ", hosts) + "; open it by the address it printed"));
      return;
    }
    boolean bearer = false;
    if (token.isPresent()) {
      AccessToken t = token.get();
      Optional<String> offered = AccessToken.fromQuery(request.getQueryString());
      if (offered.isPresent() && SAFE.contains(request.getMethod())) {
        if (!t.matches(offered.get())) {
          refuse(request, response);
          return;
        }
        response.addHeader("Set-Cookie", t.cookie());
        response.setHeader("Location", request.getRequestURI());
        response.setStatus(303);
        return;
      }
      bearer = t.matches(AccessToken.fromAuthorization(request.getHeader("Authorization")));
      if (!bearer && !t.matches(AccessToken.fromCookie(request))) {
        refuse(request, response);
        return;
      }
    }
    // A session (a cookie) is started for pages only: the API's clients are programs, which a
    // cookie they did not ask for would only confuse.
    Optional<String> csrf = forPrograms(request) ? sessions.existingCsrfToken(request)
        : Optional.of(sessions.csrfToken(request, response));
    csrf.ifPresent(t -> request.setAttribute(CSRF_ATTRIBUTE, t));
    if (request.getContentLengthLong() > maxBodyBytes) {
      // Not read, being too large to read: the client is told the connection ends here, and
      // one that sent "Expect: 100-continue" sends none of it.
      response.setHeader("Connection", "close");
      ProblemResponse.of(413, "the request is larger than the " + maxBodyBytes
          + " bytes this server takes").send(response);
      return;
    }
    if (!SAFE.contains(request.getMethod())) {
      Optional<String> refused = sessions.writeRefusal(request, host, bearer, csrf);
      if (refused.isPresent()) {
        refused(request, response, ProblemResponse.of(403, refused.get()));
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** Whether the request is to the API or its description, which no page of ours is. */
  private static boolean forPrograms(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/") || path.equals("/openapi.json");
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"formulation\"");
    refused(request, response, ProblemResponse.of(401, "this server needs its token: open the"
        + " address it printed, which holds the token, or send Authorization: Bearer TOKEN"));
  }

  /**
   * Answers a request refused before its body was read. The body of a client that is not let
   * in at all (401, 421) is not waited for: the connection is closed after the answer, so a
   * slow sender holds nothing. Otherwise the rest of the body is read and dropped first (up to
   * the limit; the server has read it already), since a client still sending it would meet a
   * closed connection and lose the answer, and its next request would fail on that connection.
   */
  private void refused(HttpServletRequest request, HttpServletResponse response,
      ProblemResponse problem) throws IOException {
    if (problem.status() == 401 || problem.status() == 421) {
      response.setHeader("Connection", "close");
    } else {
      RequestBody.discardRest(request, response, maxBodyBytes);
    }
    problem.send(response);
  }

  /**
   * Whether a request would get past the host and token checks, from its headers alone: the
   * server reads a body ahead of the filter only for such a request.
   *
   * @param host the Host header, or null
   * @param authorization the Authorization header, or null
   * @param cookies the Cookie header, or null
   * @return whether it is let in
   */
  boolean admits(String host, String authorization, String cookies) {
    if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (token.isEmpty()) {
      return true;
    }
    AccessToken t = token.get();
    return t.matches(AccessToken.fromAuthorization(authorization))
        || t.matches(AccessToken.fromCookieHeader(cookies));
  }

  /** Builds a {@link SecurityFilter}. */
  public static final class Builder {
    private ImmutableSet<String> hosts = ImmutableSet.of();
    private String token;
    private long maxBodyBytes = 4L << 20;

    private Builder() {}

    /**
     * Sets the {@code Host} header values the server answers to, each {@code name:port} as a
     * browser sends it, such as {@code 127.0.0.1:8080} or {@code [::1]:8080}.
     *
     * @param values the hosts; case does not matter
     * @return this builder
     */
    public Builder allowedHosts(Collection<String> values) {
      Preconditions.checkNotNull(values, "values");
      Preconditions.checkArgument(!values.isEmpty(), "values: give at least one host");
      hosts = values.stream().map(h -> h.toLowerCase(Locale.ROOT))
          .collect(ImmutableSet.toImmutableSet());
      return this;
    }

    /**
     * Requires a token on every request.
     *
     * @param value the token: at least 16 characters, letters, digits, - and _ only
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
     * Sets the largest body a request may declare; 4 MiB unless set. Each route bounds what it
     * reads as well, by the reader's limits.
     *
     * @param value the most bytes
     * @return this builder
     */
    public Builder maxBodyBytes(long value) {
      Preconditions.checkArgument(value > 0, "maxBodyBytes must be positive, was %s", value);
      maxBodyBytes = value;
      return this;
    }

    /** {@return the filter} */
    public SecurityFilter build() {
      Preconditions.checkState(!hosts.isEmpty(), "allowedHosts: give the hosts the server is"
          + " reached by, such as 127.0.0.1:8080");
      return new SecurityFilter(this);
    }
  }
}
