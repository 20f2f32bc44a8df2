package io.github.sixps.formulation.server.internal;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler every request meets, in front of the servlets: it refuses methods the
 * server has no use for ({@code TRACE}, {@code OPTIONS}, {@code DELETE}, ...) with 405, and reads
 * a request's whole body before any servlet sees it, without holding a thread while the bytes
 * come in. The servlets read their bodies with blocking reads; without this, each client sending
 * slowly would hold one of the server's few threads for as long as it liked, and a few dozen of
 * them would stop the server answering anyone.
 *
 * <p>A body is read only for a request that would be let in ({@code admitted}: its host and
 * token); others go straight on to be refused, and their connection is closed. A body must come
 * at no less than {@code minBytesPerSecond} once the first few seconds have passed (408
 * otherwise); one larger than the limit is 413; and all the bodies being read at once are held
 * to a budget (503 past it), so that many slow clients cannot fill the memory either.
 */
public final class Intake extends Handler.Wrapper {
  /** The methods any route answers. */
  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT");
  /** How long a body may come at any speed before its rate is judged. */
  private static final long GRACE_NANOS = 5_000_000_000L;

  private final long maxBytes;
  private final long minBytesPerSecond;
  private final Predicate<Request> admitted;
  /** Bytes still free among all the bodies being read and held at once. */
  private final AtomicLong budget;

  /**
   * An intake in front of {@code next}.
   *
   * @param next the servlets
   * @param maxBytes the largest body
   * @param minBytesPerSecond the slowest a body may come, after the first seconds
   * @param budgetBytes the most bytes of bodies held at once
   * @param admitted whether a request would be let in by its headers alone
   */
  public Intake(Handler next, long maxBytes, long minBytesPerSecond, long budgetBytes,
      Predicate<Request> admitted) {
    super(next);
    this.maxBytes = maxBytes;
    this.minBytesPerSecond = minBytesPerSecond;
    this.budget = new AtomicLong(budgetBytes);
    this.admitted = admitted;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!METHODS.contains(request.getMethod())) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, POST, PUT");
      ProblemErrorHandler.send(response, callback, ProblemResponse.of(405, "this server"
          + " answers GET, HEAD, POST and PUT only"));
      return true;
    }
    long declared = request.getLength();
    boolean body = declared > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    if (!body || declared > maxBytes || !admitted.test(request)) {
      // No body, or one refused unread: the filter answers 413, 401 or 421 and closes.
      return super.handle(request, response, callback);
    }
    new Reading(request, response, callback).run();
    return true;
  }

  /** One body being read, a chunk at a time as it arrives; run again whenever more has. */
  private final class Reading implements Runnable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long start = System.nanoTime();
    private byte[] bytes = new byte[8192];
    private int length;
    /** Bytes taken from the budget so far, given back when the request is done. */
    private long reserved;

    Reading(Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = callback;
    }

    @Override
    public void run() {
      while (true) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          if (tooSlow()) {
            refuse(408, "the request's body came too slowly; send it again");
            return;
          }
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          giveBack();
          // The connection failed or timed out: the error handler answers, if it still can.
          Response.writeError(request, response, callback, chunk.getFailure());
          return;
        }
        ByteBuffer data = chunk.getByteBuffer();
        int n = data.remaining();
        if (length + (long) n > maxBytes) {
          chunk.release();
          refuse(413, "the request is larger than the " + maxBytes + " bytes this server"
              + " takes");
          return;
        }
        if (!reserve(n)) {
          chunk.release();
          refuse(503, "the server is reading many requests at once; try again in a moment");
          return;
        }
        if (length + n > bytes.length) {
          bytes = Arrays.copyOf(bytes, (int) Math.min(maxBytes,
              Math.max(length + (long) n, 2L * bytes.length)));
        }
        data.get(bytes, length, n);
        length += n;
        boolean last = chunk.isLast();
        chunk.release();
        if (last) {
          handOn();
          return;
        }
        if (tooSlow()) {
          refuse(408, "the request's body came too slowly; send it again");
          return;
        }
      }
    }

    private boolean tooSlow() {
      long elapsed = System.nanoTime() - start;
      return elapsed > GRACE_NANOS
          && length < minBytesPerSecond * (elapsed / 1_000_000_000.0);
    }

    private boolean reserve(int n) {
      while (true) {
        long free = budget.get();
        if (free < n) {
          return false;
        }
        if (budget.compareAndSet(free, free - n)) {
          reserved += n;
          return true;
        }
      }
    }

    private void giveBack() {
      budget.addAndGet(reserved);
      reserved = 0;
    }

    private void refuse(int status, String detail) {
      giveBack();
      // The rest of the body is not waited for.
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      ProblemErrorHandler.send(response, callback, ProblemResponse.of(status, detail));
    }

    /** Gives the servlets the request with its whole body, ready to read at once. */
    private void handOn() {
      Callback done = Callback.from(callback, this::giveBack);
      Request whole = new WholeBody(request, Arrays.copyOf(bytes, length));
      bytes = null;
      try {
        if (!Intake.super.handle(whole, response, done)) {
          Response.writeError(whole, response, done, 404);
        }
      } catch (Throwable t) {
        Response.writeError(whole, response, done, t);
      }
    }
  }

  /** A request whose body has been read already: the servlets read it from memory. */
  private static final class WholeBody extends Request.Wrapper {
    private Content.Chunk next;

    WholeBody(Request request, byte[] body) {
      super(request);
      next = Content.Chunk.from(ByteBuffer.wrap(body), true);
    }

    @Override
    public synchronized Content.Chunk read() {
      Content.Chunk chunk = next;
      next = Content.Chunk.EOF;
      return chunk;
    }

    @Override
    public void demand(Runnable demandCallback) {
      // Always something to read: the body, or its end.
      getContext().execute(demandCallback);
    }

    @Override
    public synchronized boolean consumeAvailable() {
      next = Content.Chunk.EOF;
      return true;
    }
  }
}
