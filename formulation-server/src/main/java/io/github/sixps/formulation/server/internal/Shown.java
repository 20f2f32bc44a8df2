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
    return "\"" + cut(value, 40) + "\"";
  }

  /**
   * {@return an address's path to log or quote: cut to 60 characters, control characters as
   * {@code ?}; an id in it names a file, never a formulation's words}
   *
   * @param path the path, or null
   */
  public static String path(String path) {
    return path == null ? "" : cut(path, 60);
  }

  private static String cut(String value, int max) {
    String cut = value.length() > max ? value.substring(0, max) + "…" : value;
    StringBuilder out = new StringBuilder();
    cut.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return out.toString();
  }
}
