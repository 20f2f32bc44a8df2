package io.github.sixps.formulation.render.markdown;

import io.github.sixps.formulation.render.internal.SafeText;
import java.io.IOException;

/**
 * Writes Markdown and owns its escaping: every piece of user text passes through {@link
 * #text(String)}, which backslash-escapes each character that could start emphasis, a link, an
 * image, HTML, an entity, code, a table cell or a block, so that no user text can become markup.
 */
final class MarkdownWriter {
  private final Appendable out;

  MarkdownWriter(Appendable out) {
    this.out = out;
  }

  /** Writes markup of the renderer's own, unescaped. */
  MarkdownWriter raw(String markup) throws IOException {
    out.append(markup);
    return this;
  }

  /** Writes user text, escaped, on one line. */
  MarkdownWriter text(String text) throws IOException {
    out.append(escape(text));
    return this;
  }

  /** Ends a block with a blank line. */
  MarkdownWriter blank() throws IOException {
    out.append("\n\n");
    return this;
  }

  /**
   * Escapes text for one line of Markdown. Line breaks and runs of white space become one space,
   * since a line break inside a list item or table cell would end it; outer spaces are dropped,
   * since four of them would start a code block. Control characters and U+FEFF go first, as
   * {@link SafeText#clean} takes them out of every format, so that what follows them is seen
   * as the start of the line. One pass over the text after that: this runs on every piece of
   * user text in a document.
   */
  static String escape(String raw) {
    String text = SafeText.clean(raw);
    int n = text.length();
    // Into a plain array rather than a StringBuilder, whose checks on every appended character
    // were most of a Markdown render. At most every character is escaped, plus one list number.
    char[] out = new char[2 * n + 1];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      // Markdown's own white space: spaces, tabs and line endings.
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
        space = length > 0;
        continue;
      }
      if (space) {
        out[length++] = ' ';
        space = false;
      }
      if (isAlwaysEscaped(c) || (length == 0 && (c == '-' || c == '+' || c == '='))) {
        out[length++] = '\\';
      }
      out[length++] = c;
    }
    // "1. Text" or "1) Text" at the start would begin a numbered list.
    int digits = 0;
    while (digits < length && digits < 10 && Character.isDigit(out[digits])) {
      digits++;
    }
    if (digits > 0 && digits < length && (out[digits] == '.' || out[digits] == ')')) {
      System.arraycopy(out, digits, out, digits + 1, length - digits);
      out[digits] = '\\';
      length++;
    }
    return new String(out, 0, length);
  }

  /** Characters that could start emphasis, a link, HTML, an entity, code, a cell or a heading. */
  private static boolean isAlwaysEscaped(char c) {
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '#':
      case '|':
      case '~':
      case '&':
        return true;
      default:
        return false;
    }
  }

  /** Text as a double-quoted YAML string, for front matter. */
  static String yamlString(String raw) {
    String text = SafeText.clean(raw);
    StringBuilder s = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028'
          || c == '\u2029' || c == '\uFEFF') {
        s.append(String.format("\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.append('"').toString();
  }
}
