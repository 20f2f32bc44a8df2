package io.github.sixps.formulation.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.regex.Matcher;
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
  private static final Pattern NON_STANDARD_TOKEN =
      Pattern.compile("Non-standard token '([^']*)'");
  private static final Pattern UNKNOWN_ESCAPE =
      Pattern.compile("Unrecognized character escape '(.)'");
  private static final Pattern ENABLE_FEATURE = Pattern.compile(":? *enable `[^`]*` to allow");
  private static final Pattern NOT_ENABLED =
      Pattern.compile(" *\\(not recognized as one since Feature '[^']*' not enabled[^)]*\\)");
  private static final Pattern BACKTICKED = Pattern.compile(",? *(from )?`[^`]*`");
  private static final Pattern MAXIMUM = Pattern.compile("maximum allowed \\((\\d+)");
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
    Matcher maximum = MAXIMUM.matcher(message);
    if (message.contains("Number value length") && maximum.find()) {
      return "a number is longer than the limit of " + maximum.group(1) + " digits";
    }
    return withoutInternals(firstLine(message));
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
   * Jackson's words for broken JSON in plain words: the commonest mistakes explained (a comma
   * before a closing bracket, single quotes, comments, NaN, keys without quotes, numbers JSON
   * does not allow, control characters in text), and the parser's own terms (character codes,
   * its features and limits in backticks) left out of the rest.
   */
  private String jsonProblem(String message) {
    String plain = CHARACTER_CODE.matcher(message).replaceAll("");
    String invalid = "this is not valid " + format.name() + ": ";
    boolean closing = plain.startsWith("Unexpected character (']')")
        || plain.startsWith("Unexpected character ('}')");
    if (closing && (plain.contains("expected a valid value")
        || plain.contains("double-quote to start field name"))) {
      return invalid + "a comma comes before this closing bracket with nothing after it; remove"
          + " the last comma";
    }
    if (plain.startsWith("Unexpected character (''')")) {
      return invalid + "text and keys go in double quotes (\"), not single ones";
    }
    if (plain.startsWith("Unexpected character ('/')")
        || plain.startsWith("Unexpected character ('#')")) {
      return invalid + "JSON has no comments; remove this one (a YAML file may have comments"
          + " after #)";
    }
    Matcher token = NON_STANDARD_TOKEN.matcher(plain);
    if (token.lookingAt()) {
      return invalid + token.group(1) + " is not a number JSON can hold; write a number, or"
          + " leave the key out";
    }
    if (plain.contains("plus sign")) {
      return invalid + "a number cannot start with +; leave out the +";
    }
    if (plain.startsWith("Unexpected character ('.')")) {
      return invalid + "a number cannot start with a decimal point; write a 0 before it, as in"
          + " 0.5";
    }
    if (plain.contains("Leading zeroes not allowed")) {
      return invalid + "a number cannot have a leading zero; write it without the leading zero";
    }
    if (plain.contains("Decimal point not followed by a digit")) {
      return invalid + "a decimal point must have a digit after it; write 7 or 7.0, not 7.";
    }
    if (plain.contains("double-quote to start field name")) {
      return invalid + "keys go in double quotes, as in \"id\":";
    }
    if (plain.startsWith("Illegal unquoted character")) {
      return invalid + "text cannot hold a line break, tab or other control character as it is;"
          + " write a line break as \\n and a tab as \\t";
    }
    Matcher escape = UNKNOWN_ESCAPE.matcher(plain);
    if (escape.lookingAt()) {
      return invalid + "\\" + escape.group(1) + " is not an escape JSON knows; write a backslash"
          + " in text as \\\\";
    }
    if (plain.startsWith("Unexpected end-of-input")) {
      return invalid + "the file ends too soon" + (plain.contains("closing quote")
          ? ", inside a text; end the text with \"" : "; close every { and [ it opens");
    }
    plain = plain.replace("(JSON String, Number, Array, Object or token 'null', 'true' or"
        + " 'false')", "(text in double quotes, a number, a list, a set of keys, true, false or"
        + " null)");
    return invalid + withoutInternals(plain);
  }

  /** Leaves out what names the parser's own features or limits, in case Jackson adds more. */
  private static String withoutInternals(String message) {
    String plain = ENABLE_FEATURE.matcher(message).replaceAll("");
    plain = NOT_ENABLED.matcher(plain).replaceAll("");
    return BACKTICKED.matcher(plain).replaceAll("").replace("(, )", "").strip();
  }

  static String plain(IOException e) {
    if (e instanceof CharConversionException) {
      return "the file is not UTF-8 text";
    }
    String message = e instanceof JsonProcessingException
        ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
    return withoutInternals(firstLine(String.valueOf(message)));
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
