package io.github.sixps.formulation.server.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A browser's session, kept in a cookie of random bytes, and the CSRF token that goes with it:
 * a keyed digest of the session, so nothing is stored on the server and a token from one
 * session is worthless in another, or after the server restarts.
 *
 * <p>The CSRF token is asked of writes that carry a browser's signals: {@code Origin} or any
 * {@code Sec-Fetch-*} header, which every current browser sends on a form post or a script's
 * write and which a page cannot take away. A program's request carries neither (Python's
 * {@code requests}, curl, Java's {@code HttpClient}), so it needs no token, even when it keeps
 * the cookies it was given: a cookie alone says nothing about who sent the request, and a
 * cross-site request never carries this one (SameSite=Strict).
 */
public final class BrowserSession {
  /** The cookie that holds the session. */
  public static final String COOKIE = "sixps-session";

  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
  private final SecureRandom random = new SecureRandom();
  private final byte[] key = new byte[32];

  /** A new key, known only to this process. */
  public BrowserSession() {
    random.nextBytes(key);
  }

  /**
   * {@return the CSRF token of the request's session, starting a session if it has none}
   *
   * @param request the request
   * @param response where a new session's cookie goes
   */
  public String csrfToken(HttpServletRequest request, HttpServletResponse response) {
    String session = session(request).orElse(null);
    if (session == null) {
      byte[] bytes = new byte[24];
      random.nextBytes(bytes);
      session = BASE64.encodeToString(bytes);
      response.addHeader("Set-Cookie", COOKIE + "=" + session
          + "; Path=/; HttpOnly; SameSite=Strict");
    }
    return digest(session);
  }

  /**
   * {@return the CSRF token of the request's session, if it has one; none is started}
   *
   * @param request the request
   */
  public Optional<String> existingCsrfToken(HttpServletRequest request) {
    return session(request).map(this::digest);
  }

  /**
   * Why a write must be refused, if it must: from another origin, or from a browser without
   * the session's CSRF token.
   *
   * @param request the write
   * @param host its Host header, already checked
   * @param bearer whether it carried the server's token in {@code Authorization}, which a
   *     browser cannot send across origins
   * @param csrf the session's token, empty when the request has no session
   * @return the reason, or empty to let it through
   */
  public Optional<String> writeRefusal(HttpServletRequest request, String host, boolean bearer,
      Optional<String> csrf) {
    String origin = request.getHeader("Origin");
    String site = request.getHeader("Sec-Fetch-Site");
    // "Origin: null" is what a browser sends when it will not say where a request came from
    // (an older page's no-referrer policy, a sandboxed frame, a file). It is taken only when
    // the browser's own Sec-Fetch-Site says the request is same-origin; the CSRF token is
    // still asked for below.
    boolean nullFromHere = "null".equals(origin) && "same-origin".equals(site);
    if (origin != null && !nullFromHere && !origin.equalsIgnoreCase("http://" + host)) {
      return Optional.of("changes are taken only from this server's own pages, not from "
          + Shown.value(origin));
    }
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return Optional.of("changes are taken only from this server's own pages, not from a"
          + " " + Shown.value(site) + " page");
    }
    if (!fromBrowser(request) || bearer) {
      return Optional.empty();
    }
    String offered = request.getHeader("X-CSRF-Token");
    String type = request.getContentType();
    if (offered == null && type != null && type.toLowerCase(Locale.ROOT)
        .startsWith("application/x-www-form-urlencoded")
        && !QueryParameters.names(request).contains("_csrf")) {
      // From the form's body only: a token in the address ends up in logs and histories.
      offered = request.getParameter("_csrf");
    }
    if (offered == null || csrf.isEmpty() || !MessageDigest.isEqual(
        offered.getBytes(StandardCharsets.UTF_8), csrf.get().getBytes(StandardCharsets.UTF_8))) {
      return Optional.of("this page is out of date or was not opened from this server; reload"
          + " it and try again (the form's _csrf field or the X-CSRF-Token header is missing or"
          + " does not match)");
    }
    return Optional.empty();
  }

  /** Whether the request carries a header only a browser sends, and a page cannot remove. */
  private static boolean fromBrowser(HttpServletRequest request) {
    if (request.getHeader("Origin") != null) {
      return true;
    }
    Enumeration<String> names = request.getHeaderNames();
    while (names.hasMoreElements()) {
      if (names.nextElement().toLowerCase(Locale.ROOT).startsWith("sec-fetch-")) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> session(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (COOKIE.equals(c.getName()) && c.getValue().matches("[A-Za-z0-9_-]{32}")) {
          return Optional.of(c.getValue());
        }
      }
    }
    return Optional.empty();
  }

  private String digest(String session) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return BASE64.encodeToString(mac.doFinal(session.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has HmacSHA256", e);
    }
  }
}
