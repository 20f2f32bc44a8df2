package io.github.sixps.formulation.server.internal;

/** A value from a request, made safe and short to quote back in a message. */
public final class Shown {
  private Shown() {}

  /**
   * {@return the value in quotes, cut to 40 characters, with control characters as {@code ?}}
   *
   * @param value what the request held
   */
  public static String value(String value) {
    String cut = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    StringBuilder out = new StringBuilder("\"");
    cut.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return out.append('"').toString();
  }
}
