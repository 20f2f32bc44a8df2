package io.github.sixps.formulation.io;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Which text the YAML writer puts in quotes: Jackson's choices, plus any text that a YAML 1.1
 * reader would take for something else. PyYAML, Ruby's Psych, Go's yaml.v2 and many case systems'
 * own tools read YAML 1.1, where {@code 12:30} is a number, {@code 2026-11-02} a date, {@code =}
 * and {@code <<} special keys and {@code :name} (in Psych) a symbol; quoted, each is text to
 * every reader, so a file SixPs writes reads the same everywhere. Jackson already quotes the
 * words YAML 1.1 reads as true, false or nothing ({@code yes}, {@code off}, {@code y},
 * {@code ~}...).
 */
final class YamlQuoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value) || needsQuotes(value);
  }

  @Override
  public boolean needToQuoteName(String name) {
    return super.needToQuoteName(name) || needsQuotes(name);
  }

  private static boolean needsQuotes(String s) {
    return startsLikeNumber(s) || isYaml11Special(s) || needsEscapes(s);
  }

  /**
   * {@return whether the text is a real date in YYYY-MM-DD form} A date field's value is left
   * unquoted, to stay easy to read: every YAML reader takes it for the same date. Text of that
   * form in a text field is quoted by the writer, not here, since only it knows the field.
   */
  static boolean isDate(String s) {
    if (!ISO_DATE.matcher(s).matches()) {
      return false;
    }
    try {
      LocalDate.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      // Such as 2026-13-45: a YAML 1.1 reader would fail on it, unquoted.
      return false;
    }
  }

  /**
   * Text starting like a number: YAML 1.1 reads {@code 1e3}, {@code .inf}, {@code 0x1F},
   * {@code 12:30} (base 60) and {@code 2026-1-5} (a date) as other things than text.
   */
  private static boolean startsLikeNumber(String s) {
    if (s.isEmpty()) {
      return true;
    }
    if (isDate(s)) {
      return false;
    }
    char c = s.charAt(0);
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
  }

  /** YAML 1.1's value key {@code =} and merge key {@code <<}, and Psych's symbols. */
  private static boolean isYaml11Special(String s) {
    return s.equals("=") || s.equals("<<") || s.startsWith(":");
  }

  /**
   * Control characters and the rarer line breaks (next line, line and paragraph separators) and
   * the byte-order mark: in plain or single-quoted text a YAML reader would change or drop them,
   * so they go in double quotes, where they are escaped.
   */
  static boolean needsEscapes(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
          || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
        return true;
      }
    }
    return false;
  }
}
