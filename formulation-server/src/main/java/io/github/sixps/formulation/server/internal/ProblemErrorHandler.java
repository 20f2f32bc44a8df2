package io.github.sixps.formulation.server.internal;

import io.github.sixps.formulation.server.SecurityFilter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (a malformed or ambiguous address, a bad header) as problem details with
 * the same strict headers as every other answer, instead of Jetty's HTML page; never with a
 * stack trace or the request quoted back.
 */
public final class ProblemErrorHandler extends ErrorHandler {
  /** A handler that shows no stacks. */
  public ProblemErrorHandler() {
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) throws IOException {
    HttpFields.Mutable headers = response.getHeaders();
    headers(headers);
    headers.put(HttpHeader.CONTENT_TYPE, ProblemResponse.MEDIA_TYPE);
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    headers(fields);
    fields.put(HttpHeader.CONTENT_TYPE, ProblemResponse.MEDIA_TYPE);
    return ByteBuffer.wrap(body(status));
  }

  private static void headers(HttpFields.Mutable headers) {
    headers.put(new HttpField("Content-Security-Policy", SecurityFilter.CONTENT_SECURITY_POLICY));
    headers.put(new HttpField("X-Content-Type-Options", "nosniff"));
    headers.put(new HttpField("Referrer-Policy", "same-origin"));
    headers.put(new HttpField("Cache-Control", "no-store"));
  }

  private static byte[] body(int status) {
    String detail = status == 400 ? "the request could not be understood: check the address"
        + " (an encoded / or .. is not allowed in it) and the headers"
        : "the request could not be answered";
    ProblemResponse p = ProblemResponse.of(status, detail);
    try {
      return AnswerJson.JSON.writeValueAsBytes(p.body());
    } catch (IOException e) {
      return ("{\"status\": " + status + "}").getBytes(StandardCharsets.UTF_8);
    }
  }
}
