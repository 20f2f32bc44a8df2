package io.github.sixps.formulation.server;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** The server's token, and where a request may carry it; compared in constant time. */
final class AccessToken {
  static final String COOKIE = "sixps-token";

  private final byte[] value;

  AccessToken(String value) {
    this.value = value.getBytes(StandardCharsets.UTF_8);
  }

  boolean matches(String offered) {
    return offered != null
        && MessageDigest.isEqual(value, offered.getBytes(StandardCharsets.UTF_8));
  }

  boolean matches(Optional<String> offered) {
    return offered.isPresent() && matches(offered.get());
  }

  /** {@return the cookie a browser keeps it in: HttpOnly, SameSite=Strict, for the session} */
  String cookie() {
    return COOKIE + "=" + new String(value, StandardCharsets.UTF_8)
        + "; Path=/; HttpOnly; SameSite=Strict";
  }

  static Optional<String> fromQuery(String query) {
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("token=")) {
        return Optional.of(pair.substring("token=".length()));
      }
    }
    return Optional.empty();
  }

  static Optional<String> fromAuthorization(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return Optional.of(header.substring(7).strip());
  }

  static Optional<String> fromCookieHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    for (String pair : header.split(";")) {
      String[] nameValue = pair.strip().split("=", 2);
      if (nameValue.length == 2 && nameValue[0].equals(COOKIE)) {
        return Optional.of(nameValue[1].strip());
      }
    }
    return Optional.empty();
  }

  static Optional<String> fromCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie c : cookies) {
      if (COOKIE.equals(c.getName())) {
        return Optional.of(c.getValue());
      }
    }
    return Optional.empty();
  }
}
