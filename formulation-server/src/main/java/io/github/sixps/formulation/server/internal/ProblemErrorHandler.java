package io.github.sixps.formulation.server.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (a malformed or ambiguous address, a bad header) and faults as problem
 * details with the same strict headers as every other answer, for every method, instead of
 * Jetty's HTML page or an empty body; never with a stack trace or the request quoted back. A
 * fault (500 and above) is logged with its kind and where it happened, never its message.
 */
public final class ProblemErrorHandler extends ErrorHandler {
  private static final Logger LOG = Logger.getLogger(ProblemErrorHandler.class.getName());

  /** A handler that shows no stacks. */
  public ProblemErrorHandler() {
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  /** Every method's refusal gets a body, not only GET's, POST's and HEAD's as Jetty's does. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) throws IOException {
    if (code >= 500) {
      LOG.log(Level.WARNING, "{0} {1} answered {2}: {3}", new Object[] {request.getMethod(),
          Shown.path(request.getHttpURI().getPath()), code,
          cause == null ? message : fault(cause)});
    }
    send(response, callback, ProblemResponse.of(code, detail(code)));
  }

  /**
   * {@return a fault described for a log: its kind and where it was thrown, and those of the
   * fault that caused it, if another did; never a message, which could quote a formulation}
   *
   * @param fault the fault
   */
  public static String fault(Throwable fault) {
    Throwable root = fault;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return kindAndPlace(fault) + (root == fault ? "" : ", caused by " + kindAndPlace(root));
  }

  private static String kindAndPlace(Throwable t) {
    StackTraceElement[] stack = t.getStackTrace();
    return t.getClass().getName() + (stack.length == 0 ? "" : " at " + stack[0]);
  }

  /**
   * Answers with a problem and the headers every answer carries, from a Jetty handler.
   *
   * @param response the response
   * @param callback completed when it is written
   * @param problem the problem
   */
  public static void send(Response response, Callback callback, ProblemResponse problem) {
    response.setStatus(problem.status());
    HttpFields.Mutable headers = response.getHeaders();
    headers(headers);
    headers.put(HttpHeader.CONTENT_TYPE, ProblemResponse.MEDIA_TYPE);
    response.write(true, ByteBuffer.wrap(bytes(problem)), callback);
  }

  private static void headers(HttpFields.Mutable headers) {
    SecurityHeaders.ALL.forEach((name, value) -> headers.put(new HttpField(name, value)));
  }

  private static String detail(int status) {
    switch (status) {
      case 400:
        return "the request could not be understood: check the address (an encoded / or .. is"
            + " not allowed in it) and the headers";
      case 404:
        return "there is nothing at this address";
      case 408:
        return "the request came too slowly, or stopped part way; send it again";
      case 500:
        return "something went wrong inside formulation; nothing was changed";
      default:
        return "the request could not be answered";
    }
  }

  private static byte[] bytes(ProblemResponse p) {
    try {
      return AnswerJson.JSON.writeValueAsBytes(p.body());
    } catch (IOException e) {
      return ("{\"status\": " + p.status() + "}").getBytes(StandardCharsets.UTF_8);
    }
  }
}
