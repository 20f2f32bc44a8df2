package io.github.sixps.formulation.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns whatever a parser throws into a located {@link FormulationReadException} in plain words,
 * with the problems found before it: broken YAML or JSON, a limit passed, and faults of the
 * parser's own, so that no parser's exception leaves the reader as it was thrown.
 */
final class ParseFailures {
  private static final Pattern CHARACTER_CODE = Pattern.compile(" \\(code [0-9]+\\)");
  private static final Pattern SOURCE_LOCATION =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  private final Cursor cursor;
  private final SourceText text;
  private final FileFormat format;
  private final ReadLimits limits;

  ParseFailures(Cursor cursor, SourceText text, FileFormat format, ReadLimits limits) {
    this.cursor = cursor;
    this.text = text;
    this.format = format;
    this.limits = limits;
  }

  /** The exception for a failure, located where the parser says or at the cursor. */
  FormulationReadException convert(Exception e) {
    if (e instanceof StreamConstraintsException) {
      StreamConstraintsException c = (StreamConstraintsException) e;
      return cursor.fatalAt(c.getLocation() == null ? cursor.location() : c.getLocation(),
          constraintProblem(c), e);
    }
    if (e instanceof JacksonYAMLParseException) {
      return yamlSyntax((JacksonYAMLParseException) e);
    }
    if (e instanceof JsonParseException) {
      JsonParseException p = (JsonParseException) e;
      String message = firstLine(String.valueOf(p.getOriginalMessage()));
      return cursor.fatalAt(p.getLocation(), format == FileFormat.YAML
          && message.startsWith("Expected a field name") ? YamlMistakes.complexKey()
          : jsonProblem(withoutSource(message)), e);
    }
    if (e instanceof IOException) {
      return cursor.fatalAt(cursor.location(), plain((IOException) e), e);
    }
    if (e instanceof YAMLException) {
      // SnakeYAML reports some problems (such as its code point limit) as unchecked exceptions.
      return cursor.fatalAt(cursor.location(), "this is not valid YAML here: "
          + YamlMistakes.plainWords(firstLine(String.valueOf(e.getMessage()))), e);
    }
    return cursor.fatalAt(cursor.location(), parserFault(format, e), e);
  }

  static String parserFault(FileFormat format, Exception e) {
    return "the " + format.name() + " parser failed while reading here ("
        + e.getClass().getSimpleName() + "); this is a fault in the parser, not in the file:"
        + " please report it, with the file if you can";
  }

  private String constraintProblem(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("nesting depth")) {
      return "nested more than " + limits.maxDepth() + " levels deep";
    }
    if (message.contains("String value length") || message.contains("string length")) {
      return "a text value is longer than the limit of " + limits.maxStringLength()
          + " characters";
    }
    if (message.contains("Name length")) {
      return "a key is longer than the limit of " + limits.maxStringLength() + " characters";
    }
    return firstLine(message);
  }

  private FormulationReadException yamlSyntax(JacksonYAMLParseException e) {
    Throwable cause = e.getCause();
    if (cause instanceof MarkedYAMLException) {
      MarkedYAMLException marked = (MarkedYAMLException) cause;
      Mark mark = marked.getProblemMark();
      Mark context = marked.getContextMark();
      if (mark != null) {
        YamlMistakes.Located explained = new YamlMistakes(text).explain(marked.getProblem(),
            mark.getLine() + 1, mark.getColumn() + 1, marked.getContext(),
            context == null ? 0 : context.getLine() + 1,
            context == null ? 0 : context.getColumn() + 1);
        // The parser stops at a tab before the reader reaches its line: the line says where.
        Optional<String> path = explained.message().equals(YamlMistakes.TAB)
            ? LinePath.of(text, explained.line()) : Optional.empty();
        return cursor.fatalAt(explained.line(), explained.column(), path, explained.message(), e);
      }
    }
    if (cause instanceof ReaderException) {
      // A character YAML does not allow at all; its place is counted in code points.
      ReaderException r = (ReaderException) cause;
      int[] at = text.locate(r.getPosition());
      return cursor.fatalAt(at[0], at[1], YamlMistakes.forbiddenCharacter(r.getCodePoint()), e);
    }
    String detail = cause != null ? String.valueOf(cause.getMessage()) : e.getOriginalMessage();
    return cursor.fatalAt(e.getLocation(), "this is not valid YAML here: "
        + YamlMistakes.plainWords(firstLine(detail)), e);
  }

  /**
   * Jackson's words for broken JSON, with the two commonest mistakes explained: a comma before
   * a closing bracket, and single quotes. Character codes such as "(code 93)" are left out.
   */
  private String jsonProblem(String message) {
    String plain = CHARACTER_CODE.matcher(message).replaceAll("");
    boolean closing = plain.startsWith("Unexpected character (']')")
        || plain.startsWith("Unexpected character ('}')");
    if (closing && (plain.contains("expected a valid value")
        || plain.contains("double-quote to start field name"))) {
      return "this is not valid JSON: a comma comes before this closing bracket with nothing"
          + " after it; remove the last comma";
    }
    if (plain.startsWith("Unexpected character (''')")) {
      return "this is not valid JSON: text and keys go in double quotes (\"), not single ones";
    }
    return "this is not valid " + format.name() + ": " + plain;
  }

  static String plain(IOException e) {
    if (e instanceof CharConversionException) {
      return "the file is not UTF-8 text";
    }
    String message = e instanceof JsonProcessingException
        ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
    return firstLine(String.valueOf(message));
  }

  /**
   * Jackson names a second location as "[Source: ...; line: 4, column: 5]", where the source is
   * always REDACTED; shortens it to "line 4, column 5".
   */
  private static String withoutSource(String message) {
    return SOURCE_LOCATION.matcher(message).replaceAll("line $1, column $2");
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }
}
