package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the parser says, the reader's message is in plain words: no class, method or feature
 * of the parser (such as {@code StreamReadConstraints.getMaxNumberLength()} or
 * {@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}), for broken JSON and YAML that parsers
 * describe in their own terms.
 */
class PlainParseMessagesTest {
  // Names in backticks, UPPER_SNAKE feature names, Java method calls and the parser's packages.
  private static final Pattern INTERNALS = Pattern.compile(
      "`|\\b[A-Z]+_[A-Z_]+\\b|\\w\\(\\)|Feature|Constraints|Jackson|fasterxml|snakeyaml"
          + "|REDACTED|\\(code \\d+\\)|CTRL-CHAR");

  static Stream<Arguments> inputs() {
    String head = "{\"schema\": \"sixps/1\", \"id\": \"F-1\", \"people\": [{\"id\": \"a\", ";
    return Stream.of(
        json(head + "\"age\": " + "9".repeat(2000) + "}]}", "a number is longer than"),
        json(head + "\"age\": NaN}]}", "NaN"),
        json(head + "\"age\": Infinity}]}", "Infinity"),
        json(head + "\"age\": -Infinity}]}", "Infinity"),
        json(head + "\"age\": +7}]}", "leave out the +"),
        json(head + "\"age\": .5}]}", "0.5"),
        json(head + "\"age\": 07}]}", "leading zero"),
        json(head + "\"age\": 7.}]}", "decimal point"),
        json("{\"schema\": \"sixps/1\", // the format\n \"id\": \"F-1\"}", "comments"),
        json("{\"schema\": \"sixps/1\", /* the format */ \"id\": \"F-1\"}", "comments"),
        json("{\"schema\": \"sixps/1\", # the format\n \"id\": \"F-1\"}", "comments"),
        json("{\"schema\": \"sixps/1\", id: \"F-1\"}", "double quotes"),
        json("{\"schema\": \"sixps/1\", \"id\": True}", "true"),
        json("{\"schema\": \"sixps/1\", \"title\": \"a\nb\"}", "line break"),
        json("{\"schema\": \"sixps/1\", \"title\": \"a\\qb\"}", "backslash"),
        json("{\"schema\": \"sixps/1\", \"title\": \"a", "ends"),
        json("{\"schema\": \"sixps/1\"} {}", "after"),
        yaml("schema: sixps/1\npeople:\n  - id: a\n    age: " + "9".repeat(2000) + "\n",
            "is too large; the largest is 2147483647"),
        yaml("schema: sixps/1\ntitle: \"a\n", "never closed"));
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void theMessageIsPlain(String text, FileFormat format, String says) {
    FormulationReadException e = assertThrows(FormulationReadException.class,
        () -> FormulationReader.standard().read(text, format, "f." + format.extension()));
    String message = e.getMessage();
    assertFalse(INTERNALS.matcher(message).find(), message);
    assertEquals(true, message.contains(says), message);
  }

  private static Arguments json(String text, String says) {
    return Arguments.of(text, FileFormat.JSON, says);
  }

  private static Arguments yaml(String text, String says) {
    return Arguments.of(text, FileFormat.YAML, says);
  }
}
