package io.github.sixps.formulation.server.internal;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReadException;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A request's body, read no further than the reader's byte limit, and the formulation in it in
 * the format its {@code Content-Type} names: JSON ({@code application/json}) or YAML
 * ({@code application/yaml}, {@code application/x-yaml}, {@code text/yaml}).
 */
public final class RequestBody {
  private RequestBody() {}

  /** A request that cannot be answered, with the problem to answer instead. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ProblemResponse problem;

    /**
     * A refusal.
     *
     * @param problem the problem to answer instead
     */
    public Refused(ProblemResponse problem) {
      super(problem.body().path("detail").asText());
      this.problem = problem;
    }

    /** {@return the problem to answer} */
    public ProblemResponse problem() {
      return problem;
    }
  }

  /**
   * {@return the body's bytes, at most {@code max}}
   *
   * @param request the request
   * @param max the most bytes allowed
   * @throws Refused with a 413 problem if there are more
   * @throws IOException if the client fails
   */
  public static byte[] bytes(HttpServletRequest request, int max) throws IOException, Refused {
    long declared = request.getContentLengthLong();
    if (declared > max) {
      throw tooLarge(max);
    }
    // Not closed here: the container owns the stream, and what is left of a body refused must
    // stay readable for discardRest.
    byte[] bytes = request.getInputStream().readNBytes(max + 1);
    if (bytes.length > max) {
      throw tooLarge(max);
    }
    return bytes;
  }

  /**
   * {@return the format the request's {@code Content-Type} names}
   *
   * @param request the request
   * @throws Refused with a 415 problem for any other type
   */
  public static FileFormat format(HttpServletRequest request) throws Refused {
    String type = request.getContentType();
    String bare = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    switch (bare) {
      case "application/json":
        return FileFormat.JSON;
      case "application/yaml":
      case "application/x-yaml":
      case "text/yaml":
      case "text/x-yaml":
        return FileFormat.YAML;
      default:
        throw new Refused(ProblemResponse.of(415, "send the formulation as application/json or"
            + " application/yaml" + (bare.isEmpty() ? "; the request had no Content-Type"
            : ", not " + Shown.value(bare))));
    }
  }

  /**
   * {@return the formulation in the body}
   *
   * @param request the request
   * @param reader the reader, whose limits bound the body
   * @param source the name problems give for the body
   * @throws Refused with a 413, 415 or 422 problem, the last listing every problem found
   * @throws IOException if the client fails
   */
  public static Formulation formulation(HttpServletRequest request, FormulationReader reader,
      String source) throws IOException, Refused {
    FileFormat format = format(request);
    byte[] bytes = bytes(request, reader.limits().maxBytes());
    return read(bytes, format, reader, source);
  }

  /**
   * {@return the formulation in {@code bytes}}
   *
   * @param bytes the text, as UTF-8
   * @param format its format
   * @param reader the reader
   * @param source the name problems give for it
   * @throws Refused with a 422 problem listing every problem found
   * @throws IOException never, in practice: the bytes are in memory
   */
  public static Formulation read(byte[] bytes, FileFormat format, FormulationReader reader,
      String source) throws IOException, Refused {
    try {
      return reader.read(new ByteArrayInputStream(bytes), format, source);
    } catch (FormulationReadException e) {
      throw new Refused(ProblemResponse.unreadable(e));
    }
  }

  /**
   * Reads and drops what is left of a refused request's body, at most {@code most} bytes, so that
   * the client, which may still be sending, reads the answer rather than a reset connection.
   * Past {@code most}, the answer asks for the connection to be closed instead.
   *
   * <p>A server that answers before the body is read and then closes its side loses the answer
   * on the way: the client's unsent bytes meet a closed socket, which resets the connection.
   *
   * @param request the request refused
   * @param response its response, not yet committed
   * @param most the most bytes to read
   */
  public static void discardRest(HttpServletRequest request, HttpServletResponse response,
      long most) {
    InputStream in;
    try {
      in = request.getInputStream();
    } catch (IllegalStateException | IOException e) {
      // The body was read as text, or cannot be read at all: nothing more can be done for it.
      return;
    }
    try {
      byte[] buffer = new byte[8192];
      long left = most;
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          return;
        }
        left -= n;
      }
      if (in.read() >= 0) {
        response.setHeader("Connection", "close");
      }
    } catch (IOException e) {
      // The client went away; there is no one left to answer.
      response.setHeader("Connection", "close");
    }
  }

  private static Refused tooLarge(int max) {
    return new Refused(ProblemResponse.of(413, "the request is larger than the " + max
        + " bytes a formulation may be"));
  }
}
