package io.github.sixps.formulation.render.markdown;

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
   * since four of them would start a code block. NUL is dropped before anything else, so that
   * what follows it is seen as the start of the line. One pass over the text: this runs on every
   * piece of user text in a document.
   */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        continue;
      }
      // Markdown's own white space: spaces, tabs and line endings.
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
        space = s.length() > 0;
        continue;
      }
      if (space) {
        s.append(' ');
        space = false;
      }
      if (isAlwaysEscaped(c) || (s.length() == 0 && (c == '-' || c == '+' || c == '='))) {
        s.append('\\');
      }
      s.append(c);
    }
    escapeListNumber(s);
    return s.toString();
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

  /** "1. Text" or "1) Text" at the start would begin a numbered list. */
  private static void escapeListNumber(StringBuilder s) {
    int i = 0;
    while (i < s.length() && i < 10 && Character.isDigit(s.charAt(i))) {
      i++;
    }
    if (i > 0 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')')) {
      s.insert(i, '\\');
    }
  }

  /** Text as a double-quoted YAML string, for front matter. */
  static String yamlString(String text) {
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
