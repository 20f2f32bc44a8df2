package io.github.sixps.formulation.render.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Collects what a renderer writes into a string or a byte array, for the convenience methods that
 * return the document instead of writing it to a stream. Neither target can fail, so the checked
 * exception never escapes.
 */
public final class Output {
  private Output() {}

  /** Something written to a target of type {@code T}. */
  @FunctionalInterface
  public interface Writing<T> {
    /** Writes to {@code out}. */
    void to(T out) throws IOException;
  }

  /** What {@code writing} appends, as a string. */
  public static String string(Writing<Appendable> writing) {
    // A page is tens of kilobytes: starting there saves a dozen copies as the builder grows.
    StringBuilder out = new StringBuilder(32 * 1024);
    try {
      writing.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    }
    return out.toString();
  }

  /** What {@code writing} writes, as bytes. */
  public static byte[] bytes(Writing<OutputStream> writing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      writing.to(out);
    } catch (IOException e) {
      // Not from the ByteArrayOutputStream, which does not fail, but from the writing itself,
      // such as a PDF render interrupted while it waited for its turn.
      throw new UncheckedIOException(e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
