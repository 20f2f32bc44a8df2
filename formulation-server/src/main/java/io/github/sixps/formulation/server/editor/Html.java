package io.github.sixps.formulation.server.editor;

/**
 * Builds HTML text, escaping everything that is not markup: text from a formulation can never
 * become markup, in element content or in a quoted attribute.
 *
 * <pre>{@code
 * Html h = new Html();
 * h.open("p", "class", "hint").text("<b> stays text").close("p");
 * }</pre>
 */
public final class Html {
  private final StringBuilder out = new StringBuilder(8192);

  /**
   * Escapes text for element content or a double-quoted attribute.
   *
   * @param text any text
   * @return the text with {@code & < > " '} as character references
   */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        // A carriage return would be turned into a line feed by the parser; as a reference it
        // survives, so what was typed is what comes back.
        case '\r' -> b.append("&#13;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * A link to an element of the same page, percent-encoding what a URL's fragment may not hold
   * (the brackets of {@code #plan.actions[1].due}); browsers decode it to find the element.
   *
   * @param id the element's id
   * @return the address, such as {@code #plan.actions%5B1%5D.due}
   */
  public static String fragment(String id) {
    StringBuilder b = new StringBuilder("#");
    for (byte x : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (x & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0)) {
        b.append(c);
      } else {
        b.append('%').append(String.format("%02X", x & 0xff));
      }
    }
    return b.toString();
  }

  /**
   * Opens an element.
   *
   * @param tag the element's name, markup
   * @param attributes names and values in turn; a {@code null} value leaves the attribute out,
   *     an empty name's value is added as a bare attribute
   * @return this
   */
  public Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] == null) {
        continue;
      }
      out.append(' ').append(attributes[i]);
      if (!attributes[i + 1].isEmpty() || !isBoolean(attributes[i])) {
        out.append("=\"").append(escape(attributes[i + 1])).append('"');
      }
    }
    out.append('>');
    return this;
  }

  private static boolean isBoolean(String name) {
    return switch (name) {
      case "checked", "selected", "hidden", "novalidate", "autofocus", "defer", "required" -> true;
      default -> false;
    };
  }

  /**
   * Closes an element.
   *
   * @param tag the element's name
   * @return this
   */
  public Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /**
   * An element holding only text.
   *
   * @param tag the element's name
   * @param text its content, escaped
   * @param attributes as for {@link #open}
   * @return this
   */
  public Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /**
   * Text, escaped.
   *
   * @param text any text
   * @return this
   */
  public Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /**
   * Markup, as it is: only for markup this program made.
   *
   * @param markup HTML
   * @return this
   */
  public Html raw(String markup) {
    out.append(markup);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
