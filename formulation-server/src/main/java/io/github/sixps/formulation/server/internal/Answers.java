package io.github.sixps.formulation.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/** Sends the API's answers: JSON, and documents with the headers each needs. */
public final class Answers {
  private static final String STYLE_OPEN = "<style";
  private static final String STYLE_CLOSE = "</style>";

  private Answers() {}

  /**
   * Sends JSON.
   *
   * @param response where to
   * @param status the HTTP status
   * @param body the answer
   * @throws IOException if the client has gone
   */
  public static void json(HttpServletResponse response, int status, JsonNode body)
      throws IOException {
    bytes(response, status, "application/json",
        AnswerJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body));
  }

  /**
   * Sends bytes of a media type.
   *
   * @param response where to
   * @param status the HTTP status
   * @param mediaType the {@code Content-Type}
   * @param bytes the body
   * @throws IOException if the client has gone
   */
  public static void bytes(HttpServletResponse response, int status, String mediaType,
      byte[] bytes) throws IOException {
    response.setStatus(status);
    response.setContentType(mediaType);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /**
   * Sends a rendered HTML document. The page carries its styles inline, as a standalone file
   * must; its own Content-Security-Policy allows exactly those style elements, by their digest,
   * and still no script of any kind.
   *
   * @param response where to
   * @param html the page, as UTF-8
   * @throws IOException if the client has gone
   */
  public static void htmlDocument(HttpServletResponse response, byte[] html) throws IOException {
    response.setHeader("Content-Security-Policy", documentPolicy(
        new String(html, StandardCharsets.UTF_8)));
    bytes(response, 200, "text/html; charset=utf-8", html);
  }

  /**
   * {@return the policy for a rendered page: no script, no fetching, only its own styles}
   *
   * @param html the page
   */
  public static String documentPolicy(String html) {
    // Found by indexOf, not a pattern: a lazy pattern tried its end at every character of
    // the page's long stylesheet, a tenth of each HTML answer's time under load.
    Set<String> hashes = new LinkedHashSet<>();
    int from = html.indexOf(STYLE_OPEN);
    while (from >= 0) {
      int open = html.indexOf('>', from);
      int close = open < 0 ? -1 : html.indexOf(STYLE_CLOSE, open);
      if (close < 0) {
        break;
      }
      hashes.add("'sha256-" + sha256(html.substring(open + 1, close)) + "'");
      from = html.indexOf(STYLE_OPEN, close + STYLE_CLOSE.length());
    }
    return "default-src 'none'; script-src 'none'; style-src "
        + (hashes.isEmpty() ? "'none'" : String.join(" ", hashes))
        + "; img-src 'self' data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
