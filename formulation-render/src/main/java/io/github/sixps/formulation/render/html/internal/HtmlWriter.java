package io.github.sixps.formulation.render.html.internal;

import io.github.sixps.formulation.render.internal.SafeText;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes HTML (and the SVG inside it) to an {@link Appendable}, and owns its escaping. Element
 * and attribute names are the renderer's own constants, checked to be plain names so that a slip
 * fails loudly instead of writing markup. Every text and every attribute value goes through
 * {@link #escape(CharSequence, Appendable)}. The only way to write unescaped text is {@link
 * #raw(String)}, which this package keeps to itself for the doctype and the stylesheet, neither
 * of which holds user text.
 *
 * <p>The output is also well-formed XML (void elements are closed with {@code />}, the only
 * character references are XML's own), so a later step may read it with an XML parser.
 *
 * <p>Failures of the {@code Appendable} are rethrown as {@link UncheckedIOException}; the
 * renderer unwraps them.
 */
public final class HtmlWriter {
  private final Appendable out;
  /**
   * While a right-to-left picture is being written, the sum of its left and right edges, about
   * which it is mirrored ({@link Svg}); otherwise NaN.
   */
  private double mirror = Double.NaN;

  /** A writer appending to {@code out}. */
  public HtmlWriter(Appendable out) {
    this.out = out;
  }

  /**
   * Escapes text for element content and attribute values alike: {@code & < > " '} become
   * character references, after {@link SafeText#clean} has dealt with the characters HTML and
   * XML do not allow (control characters, U+FEFF, lone surrogates and noncharacters) the same
   * way every format does.
   */
  public static void escape(CharSequence raw, Appendable out) throws IOException {
    String text = SafeText.clean(raw);
    int n = text.length();
    int run = 0;
    for (int i = 0; i < n; i++) {
      String reference;
      switch (text.charAt(i)) {
        case '&':
          reference = "&amp;";
          break;
        case '<':
          reference = "&lt;";
          break;
        case '>':
          reference = "&gt;";
          break;
        case '"':
          reference = "&quot;";
          break;
        case '\'':
          reference = "&#39;";
          break;
        default:
          continue;
      }
      // Everything before this character is written as it is, in one go.
      out.append(text, run, i).append(reference);
      run = i + 1;
    }
    out.append(text, run, n);
  }

  /**
   * Whether text would show nothing once written: it holds only spaces (no-break spaces
   * included), line breaks, control characters, which are dropped, and invisible formatting
   * characters such as zero-width spaces and direction marks.
   */
  public static boolean isBlank(CharSequence text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT);
  }

  /** {@link #escape(CharSequence, Appendable)} into a new string. */
  public static String escape(CharSequence text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    try {
      escape(text, s);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    }
    return s.toString();
  }

  /**
   * Opens an element: {@code <tag a="v" ...>}. Attributes come as name, value pairs; a pair
   * whose value is null is left out.
   */
  public HtmlWriter open(String tag, String... attributes) {
    start(tag, attributes);
    return append(">");
  }

  /** Closes an element: {@code </tag>}. */
  public HtmlWriter close(String tag) {
    return append("</").append(name(tag)).append(">");
  }

  /**
   * Writes an element with no content, closed XML-style: {@code <tag a="v" />}. For HTML's void
   * elements ({@code meta}, {@code img}) and for SVG shapes.
   */
  public HtmlWriter empty(String tag, String... attributes) {
    start(tag, attributes);
    return append(" />");
  }

  /** Writes an element holding only text: {@code <tag ...>text</tag>}. */
  public HtmlWriter element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Writes text, escaped. */
  public HtmlWriter text(CharSequence text) {
    try {
      escape(text, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Ends a line of the output, to keep it readable; HTML gives it no meaning here. */
  public HtmlWriter line() {
    return append("\n");
  }

  /** The edges' sum a picture being written is mirrored about, or NaN when it is not. */
  double mirror() {
    return mirror;
  }

  /** Starts or (with NaN) ends mirroring the picture being written about {@code edges}. */
  void mirror(double edges) {
    this.mirror = edges;
  }

  /** Writes trusted markup as it is: only this package's constants, never user text. */
  HtmlWriter raw(String trusted) {
    return append(trusted);
  }

  private void start(String tag, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    append("<").append(name(tag));
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        append(" ").append(name(attributes[i])).append("=\"").text(attributes[i + 1])
            .append("\"");
      }
    }
  }

  private static String name(String name) {
    boolean ok = !name.isEmpty() && name.charAt(0) >= 'a' && name.charAt(0) <= 'z';
    for (int i = 1; ok && i < name.length(); i++) {
      char c = name.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }
    if (!ok) {
      throw new IllegalArgumentException("not an element or attribute name: " + name);
    }
    return name;
  }

  private HtmlWriter append(String s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
