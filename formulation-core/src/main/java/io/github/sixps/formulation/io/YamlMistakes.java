package io.github.sixps.formulation.io;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains the YAML parser's complaints in plain words, with the fix, for the mistakes people
 * make most when they write a formulation by hand: a colon and a space inside text, quotes inside
 * quotes, text starting with a character YAML keeps for itself (such as &#64;, a backquote, %, &amp;,
 * *, !, a dash or a bracket), tabs, and lines out of line. Nothing of the parser's own vocabulary
 * ({@code <block end>}, event names) reaches the message.
 */
final class YamlMistakes {
  /** A message and where it points, lines and columns from 1. */
  record Located(int line, int column, String message) {}

  private static final String OUT_OF_LINE = "this line is not lined up with the lines above it;"
      + " check its indentation: keys that belong together start in the same column, and so do"
      + " the \"- \" entries of a list";
  static final String TAB = "this line has a tab where YAML needs spaces; replace the"
      + " tab with spaces";
  private static final String INDICATORS = "@`%&*!|>";
  private static final Pattern PARSER_WORD = Pattern.compile("'?<([a-z ]+)>'?");
  private static final Map<String, String> PARSER_WORDS = Map.of(
      "block end", "the end of this part",
      "block mapping end", "the end of this part",
      "scalar", "text",
      "block mapping start", "a key",
      "block sequence start", "a list",
      "stream end", "the end of the file",
      "document start", "the start of the document",
      "flow mapping start", "{",
      "flow sequence start", "[");

  private final SourceText text;

  YamlMistakes(SourceText text) {
    this.text = text;
  }

  /**
   * Explains one complaint of the parser.
   *
   * @param problem the parser's words for what is wrong
   * @param line where, from 1
   * @param column where, from 1
   * @param context what the parser was reading when it found the problem, or null
   * @param contextLine where that started, from 1, or 0 when unknown
   * @param contextColumn where that started, from 1, or 0 when unknown
   */
  Located explain(String problem, int line, int column, String context, int contextLine,
      int contextColumn) {
    String p = problem == null ? "" : problem;
    String ctx = context == null ? "" : context;
    String lineText = text.line(line);
    int at = SourceText.index(lineText, column);
    if (p.contains("end of stream") && contextLine > 0) {
      return unclosed(ctx, contextLine, contextColumn);
    }
    if (p.startsWith("expected ',' or") && contextLine > 0) {
      return unclosed(ctx, contextLine, contextColumn);
    }
    if (p.contains("mapping values are not allowed")) {
      return colonInText(lineText, line, column, at);
    }
    if (p.contains("could not find expected ':'") && contextLine > 0) {
      return new Located(contextLine, contextColumn, "this line is not \"key: value\"; if it is"
          + " more of the text above it, indent it further than that text's key, or put the"
          + " whole text in quotes");
    }
    if (p.contains("escape character") || p.contains("escape sequence")) {
      // The parser points after the escape; the backslash is what to look at.
      int backslash = at < 0 ? -1 : lineText.lastIndexOf('\\', at);
      int where = backslash < 0 ? column : lineText.codePointCount(0, backslash) + 1;
      return new Located(line, where, "in double quotes, a backslash starts a special"
          + " character such as \\n (a new line); to write a backslash itself, write two (\\\\),"
          + " or put the text in single quotes");
    }
    if (text.at(line, column) == '\t' || p.contains("tab character")) {
      return new Located(line, column, TAB);
    }
    Located indicator = startsWithIndicator(lineText, line, at);
    if (indicator != null) {
      return indicator;
    }
    if (p.contains("sequence entries are not allowed")) {
      int colon = keyColon(lineText);
      if (colon >= 0 && colon < at) {
        return new Located(line, column, "text cannot start with \"- \" unless it is in quotes: "
            + withQuotes(lineText, valueStart(lineText)));
      }
      return new Located(line, column, OUT_OF_LINE);
    }
    if (p.startsWith("expected <block end>") || p.startsWith("expected <block mapping end>")) {
      if (p.contains("'<scalar>'")) {
        Located quotes = quotesInQuotes(lineText, line, column, at);
        if (quotes != null) {
          return quotes;
        }
      }
      return new Located(line, column, OUT_OF_LINE);
    }
    return new Located(line, column, "this is not valid YAML here: " + plainWords(p));
  }

  /** The parser reported a key that is a list or a set of keys, such as {@code [a, b]: x}. */
  static String complexKey() {
    return "a key must be a word or text, but this one is a list or a set of keys; write"
        + " key: value";
  }

  /** The parser found a character YAML does not allow anywhere, such as a control character. */
  static String forbiddenCharacter(int codePoint) {
    return String.format("this text holds a control character (U+%04X) that YAML does not allow;"
        + " remove it", codePoint);
  }

  /**
   * The parser's words with its own vocabulary put plainly: {@code <block end>} becomes "the end
   * of this part", {@code '<scalar>'} becomes "text".
   */
  static String plainWords(String message) {
    Matcher m = PARSER_WORD.matcher(message);
    StringBuilder s = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(s, Matcher.quoteReplacement(
          PARSER_WORDS.getOrDefault(m.group(1), m.group(1))));
    }
    m.appendTail(s);
    String plain = s.toString().replace("\\t(TAB)", "a tab");
    // Anything still naming the parser's classes says nothing to a person.
    return plain.contains("org.yaml") || plain.contains("Event") ? "it cannot be read" : plain;
  }

  private Located unclosed(String context, int line, int column) {
    char open = text.at(line, column);
    String lineText = text.line(line);
    if (context.contains("quoted scalar") || open == '"' || open == '\'') {
      String mark = open == '\'' ? "'" : "\"";
      return new Located(line, column, "this quotation mark (" + mark + ") is never closed; end"
          + " the text with " + mark + " as well");
    }
    boolean list = context.contains("sequence") || open == '[';
    String close = list ? "]" : "}";
    String opened = list ? "[" : "{";
    String message = "this " + opened + " is never closed; end the " + (list ? "list" : "set of"
        + " keys") + " with " + close;
    int at = SourceText.index(lineText, column);
    if (at >= 0 && at == valueStart(lineText)) {
      message += ", or, if it is text, put it in quotes: " + withQuotes(lineText, at);
    }
    return new Located(line, column, message);
  }

  private static Located colonInText(String lineText, int line, int column, int at) {
    int colon = keyColon(lineText);
    if (colon >= 0 && colon < at) {
      return new Located(line, column, "this text has a colon and a space in it, which YAML"
          + " reads as the start of a key; put the whole text in quotes: "
          + withQuotes(lineText, valueStart(lineText)));
    }
    return new Located(line, column, "this line looks like a key, but it is indented further"
        + " than the keys above it, so YAML reads it as more of the text before it; line it up"
        + " with the other keys, or, if it is more of that text, put the whole text in quotes");
  }

  /** Text starting with a character YAML keeps for itself: {@code title: @home}. */
  private static Located startsWithIndicator(String lineText, int line, int at) {
    int value = valueStart(lineText);
    if (value < 0 || at < value || INDICATORS.indexOf(lineText.charAt(value)) < 0) {
      return null;
    }
    char c = lineText.charAt(value);
    int column = lineText.codePointCount(0, value) + 1;
    return new Located(line, column, "text cannot start with " + c + " unless it is in quotes: "
        + withQuotes(lineText, value));
  }

  /**
   * Text in quotes with more after its closing quote: {@code title: "She said "no" to me"}. The
   * fix puts the whole text in the other kind of quotes, or escapes the inner ones.
   */
  private static Located quotesInQuotes(String lineText, int line, int column, int at) {
    int value = valueStart(lineText);
    if (value < 0 || at <= value) {
      return null;
    }
    char quote = lineText.charAt(value);
    if (quote != '"' && quote != '\'') {
      return null;
    }
    String raw = stripComment(lineText.substring(value)).strip();
    String inner = raw.length() >= 2 && raw.charAt(raw.length() - 1) == quote
        ? raw.substring(1, raw.length() - 1) : raw.substring(1);
    String prefix = lineText.substring(0, value).strip();
    String fixed;
    String how;
    if (quote == '"') {
      how = "to put a \" inside text in double quotes, write \\\", or put the whole text in"
          + " single quotes";
      fixed = inner.indexOf('\'') < 0 && inner.indexOf('\\') < 0 ? "'" + inner + "'"
          : "\"" + inner.replace("\"", "\\\"") + "\"";
    } else {
      how = "to put a ' inside text in single quotes, write it twice (''), or put the whole text"
          + " in double quotes";
      fixed = inner.indexOf('"') < 0 && inner.indexOf('\\') < 0 ? "\"" + inner + "\""
          : "'" + inner.replace("'", "''") + "'";
    }
    return new Located(line, column, "the text in quotes ends before this, and more follows it; "
        + how + ": " + shortLine(prefix, fixed));
  }

  /**
   * The line with its value in quotes, as a fix to show: {@code statement: "Mum said: he hits"}.
   * Double quotes, unless the text holds some and no single ones.
   */
  static String withQuotes(String lineText, int valueIndex) {
    String prefix = lineText.substring(0, Math.max(0, valueIndex)).strip();
    String value = stripComment(lineText.substring(Math.max(0, valueIndex))).strip();
    String quoted = value.indexOf('"') >= 0 && value.indexOf('\'') < 0 ? "'" + value + "'"
        : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return shortLine(prefix, quoted);
  }

  private static String shortLine(String prefix, String quoted) {
    String shown = quoted;
    if (quoted.codePointCount(0, quoted.length()) > Echo.MAX_SHOWN) {
      shown = quoted.substring(0, quoted.offsetByCodePoints(0, Echo.MAX_SHOWN - 2)) + "…"
          + quoted.charAt(0);
    }
    return (prefix.isEmpty() ? "" : prefix + " ") + shown;
  }

  /** A plain value ends where " #" starts a comment. */
  private static String stripComment(String value) {
    int hash = value.indexOf(" #");
    return hash < 0 ? value : value.substring(0, hash);
  }

  /**
   * Where the colon ending the line's key is, after its indentation and any list dashes; -1 when
   * the line has no key.
   */
  static int keyColon(String line) {
    int i = skipDashes(line);
    if (i < line.length() && (line.charAt(i) == '"' || line.charAt(i) == '\'')) {
      int close = line.indexOf(line.charAt(i), i + 1);
      if (close < 0) {
        return -1;
      }
      i = close + 1;
    }
    for (; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '#' && i > 0 && line.charAt(i - 1) == ' ') {
        return -1;
      }
      if (c == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
        return i;
      }
    }
    return -1;
  }

  /** Where the line's value starts: after its key and colon, or after a list dash; or -1. */
  static int valueStart(String line) {
    int colon = keyColon(line);
    int i = colon >= 0 ? colon + 1 : skipDashes(line);
    if (colon < 0 && i == skipSpaces(line, 0)) {
      return -1;
    }
    i = skipSpaces(line, i);
    return i < line.length() ? i : -1;
  }

  private static int skipDashes(String line) {
    int i = skipSpaces(line, 0);
    while (i + 1 < line.length() && line.charAt(i) == '-' && line.charAt(i + 1) == ' ') {
      i = skipSpaces(line, i + 1);
    }
    return i;
  }

  private static int skipSpaces(String line, int from) {
    int i = from;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
