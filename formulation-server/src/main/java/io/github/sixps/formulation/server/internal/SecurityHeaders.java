package io.github.sixps.formulation.server.internal;

import com.google.common.collect.ImmutableMap;
import io.github.sixps.formulation.server.SecurityFilter;

/**
 * The headers every answer carries, whoever makes it: the {@link SecurityFilter} for the API
 * and pages, {@link ProblemErrorHandler} and {@link Intake} for Jetty's own refusals.
 */
public final class SecurityHeaders {
  /** Each header's name and value, in the order they are sent. */
  public static final ImmutableMap<String, String> ALL = ImmutableMap.<String, String>builder()
      .put("Content-Security-Policy", SecurityFilter.CONTENT_SECURITY_POLICY)
      .put("X-Content-Type-Options", "nosniff")
      // "same-origin", not "no-referrer": under "no-referrer" Chromium sends "Origin: null" on
      // a same-origin form post, which cannot be told from a sandboxed or cross-site page.
      .put("Referrer-Policy", "same-origin")
      .put("Cache-Control", "no-store")
      .put("X-Frame-Options", "DENY")
      .put("Cross-Origin-Opener-Policy", "same-origin")
      .put("Cross-Origin-Resource-Policy", "same-origin")
      .build();

  private SecurityHeaders() {}
}
