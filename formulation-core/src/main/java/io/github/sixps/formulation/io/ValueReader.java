package io.github.sixps.formulation.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.sixps.formulation.internal.KebabCase;
import io.github.sixps.formulation.spelling.NearestMatch;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one value of one type. Called with the cursor on the value's first token; returns with
 * it on the value's last token. A value with a problem is {@linkplain Cursor#reject rejected}:
 * the reader returns null and reading goes on, so that one read finds every problem.
 */
@FunctionalInterface
interface ValueReader<T> {
  T read(Cursor c) throws IOException;

  /**
   * Text. In YAML, any plain scalar in a text field is its text as written, so that
   * {@code title: no}, {@code statement: 12:30} and {@code id: 0417} are the text they look like,
   * not a boolean or a number; JSON, which has types, needs a string.
   */
  ValueReader<String> TEXT = c -> textOf(c, "text");

  ValueReader<Integer> WHOLE_NUMBER = c -> {
    JsonToken token = c.token();
    if (c.isYaml() && isScalar(token) && !isQuoted(c)
        && withoutLeadingZeros(c.parser().getText()) != null) {
      // YAML 1.1 readers (SnakeYAML, PyYAML) read 010 as eight and 08 as text, YAML 1.2 readers
      // both as decimal: refused, so that every reader of the file agrees on the number.
      String text = c.parser().getText();
      String decimal = withoutLeadingZeros(text);
      return c.reject("a whole number with a leading zero (" + text + ") is read as another"
          + " number by some YAML readers; write it without the leading zero: " + decimal,
          decimal);
    }
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return wholeNumber(c);
    }
    String found = Cursor.describe(token);
    if (token == JsonToken.VALUE_STRING || (c.isYaml() && isScalar(token))) {
      String text = c.parser().getText();
      boolean digits = text.matches("[-+]?[0-9]+");
      if (digits && !isQuoted(c)) {
        // Plain digits YAML read as text: too many for the parser to take as a number.
        return c.reject("the number " + Echo.shortened(text) + " is too "
            + (text.startsWith("-") ? "small; the smallest is " + Integer.MIN_VALUE
                : "large; the largest is " + Integer.MAX_VALUE), null);
      }
      String decimal = withoutLeadingZeros(text);
      found = "text " + Echo.quoted(text) + (!digits ? "" : decimal != null
          ? "; leave out the quotes and the leading zero: " + decimal : "; leave out the quotes");
    }
    return c.reject("expected a whole number, found " + found, null);
  };

  ValueReader<LocalDate> DATE = c -> {
    String text = textOf(c, "a date");
    if (text == null) {
      return null;
    }
    DateText.Result date = DateText.read(text);
    return date.date() != null ? date.date() : c.reject(date.problem(), date.suggestion());
  };

  /**
   * The date of an event, a birth, a death or a partnership, as precisely as it is known:
   * {@code 2019}, {@code 2019-03}, {@code 2019-03-14}, perhaps after {@code about }. In YAML a
   * plain {@code 2019} is the year, though a YAML reader would read a number.
   */
  ValueReader<io.github.sixps.formulation.model.EventDate> EVENT_DATE = c -> {
    String text = textOf(c, "a date");
    if (text == null) {
      return null;
    }
    EventDateText.Result date = EventDateText.read(text);
    return date.date() != null ? date.date() : c.reject(date.problem(), date.suggestion());
  };

  /** True or false, written so in YAML as in JSON; YAML 1.1's yes and no are refused. */
  ValueReader<Boolean> TRUE_OR_FALSE = c -> {
    JsonToken token = c.token();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      String written = c.isYaml() ? c.parser().getText() : null;
      if (written == null || written.equals("true") || written.equals("false")) {
        return token == JsonToken.VALUE_TRUE;
      }
      String meant = Boolean.toString(token == JsonToken.VALUE_TRUE);
      return c.reject(Echo.quoted(written) + " is read as " + meant + " by some YAML readers and"
          + " as text by others; write " + meant, meant);
    }
    return c.reject("expected true or false, found " + Cursor.describe(token), null);
  };

  /** Reads a lower-kebab-case name of one of the enum's constants. */
  static <E extends Enum<E>> ValueReader<E> oneOf(Class<E> type, String noun) {
    return oneOf(type, noun, word -> Optional.empty());
  }

  /**
   * Reads a lower-kebab-case name of one of the enum's constants, suggesting first the one an
   * everyday word means ({@code brother}: {@code sibling}), then a near spelling.
   */
  static <E extends Enum<E>> ValueReader<E> oneOf(Class<E> type, String noun,
      Function<String, Optional<String>> meant) {
    Map<String, E> byName = new LinkedHashMap<>();
    for (E value : type.getEnumConstants()) {
      byName.put(KebabCase.of(value), value);
    }
    String choices = String.join(", ", byName.keySet());
    return c -> {
      String text = textOf(c, noun);
      if (text == null) {
        return null;
      }
      E value = byName.get(text);
      if (value == null) {
        return c.reject(Echo.quoted(text) + " is not " + noun + "; use one of " + choices,
            meant.apply(text).or(() -> NearestMatch.among(text, byName.keySet()))
                .orElse(null));
      }
      return value;
    };
  }

  /** Reads a list whose every entry is read by {@code entry}; null if any entry is rejected. */
  static <T> ValueReader<ImmutableList<T>> listOf(ValueReader<T> entry) {
    return c -> {
      if (c.token() != JsonToken.START_ARRAY) {
        return c.reject("expected a list, found " + Cursor.describe(c.token()), null);
      }
      c.enter();
      List<T> values = new ArrayList<>();
      boolean complete = true;
      int index = 0;
      while (c.next() != JsonToken.END_ARRAY) {
        c.pushIndex(index);
        T value = c.token() == JsonToken.VALUE_NULL
            ? c.reject("this list entry is empty; remove it or fill it in", null)
            : c.value(entry);
        if (value == null) {
          complete = false;
        } else {
          values.add(value);
        }
        c.popIndex();
        index++;
      }
      c.exit();
      return complete ? ImmutableList.copyOf(values) : null;
    };
  }

  /** Reads an object of the given shape and turns it into a value; null if any part is rejected. */
  static <T> ValueReader<T> object(ObjectSpec spec, Function<Fields, T> make) {
    return c -> {
      Fields fields = spec.read(c);
      return fields == null ? null : make.apply(fields);
    };
  }

  /** Reads an object whose keys are ids and whose values are read by {@code value}. */
  static <V> ValueReader<ImmutableMap<String, V>> mapOf(ValueReader<V> value) {
    return c -> {
      if (c.token() != JsonToken.START_OBJECT) {
        return c.reject("expected a set of ids and values, found " + Cursor.describe(c.token()),
            null);
      }
      c.enter();
      Map<String, V> values = new LinkedHashMap<>();
      Map<String, JsonLocation> seen = new HashMap<>();
      boolean complete = true;
      while (c.next() == JsonToken.FIELD_NAME) {
        String key = c.key();
        c.pushKey(key);
        boolean first = ObjectSpec.firstTime(c, seen, key);
        c.next();
        V read;
        if (!first) {
          read = c.skip();
        } else if (c.token() == JsonToken.VALUE_NULL) {
          read = c.reject("no value given for " + Echo.quoted(key), null);
        } else {
          read = c.value(value);
        }
        if (read == null) {
          complete = false;
        } else {
          values.put(key, read);
        }
        c.popKey();
      }
      c.exit();
      return complete ? ImmutableMap.copyOf(values) : null;
    };
  }

  /** The current value as text, or null when it is not text and so rejected. */
  private static String textOf(Cursor c, String noun) throws IOException {
    JsonToken token = c.token();
    if (token == JsonToken.VALUE_STRING || (c.isYaml() && isScalar(token))) {
      return c.text();
    }
    String found = Cursor.describe(token);
    String hint = "";
    if (token != null && token.isScalarValue() && !c.isYaml()) {
      hint = "; put it in quotes if it is meant as text: \"" + c.parser().getText() + "\"";
    } else if (c.isYaml() && noun.equals("text")
        && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
      hint = yamlCollectionHint(c);
    }
    return c.reject("expected " + noun + ", found " + found + hint, null);
  }

  /**
   * Text that YAML read as a list or a set of keys: it started with a bracket, or held a colon
   * and a space, as in {@code - Mum said: he hits}.
   */
  private static String yamlCollectionHint(Cursor c) {
    JsonLocation at = c.location();
    char first = c.sourceText().at(at.getLineNr(), at.getColumnNr());
    if (first == '[' || first == '{') {
      return "; text cannot start with " + first + " unless it is in quotes: " + c.withQuotes();
    }
    if (c.token() == JsonToken.START_OBJECT
        && YamlMistakes.keyColon(c.sourceText().from(at.getLineNr(), at.getColumnNr())) >= 0) {
      return "; if it is text with a colon and a space in it, put the whole text in quotes: "
          + c.withQuotes();
    }
    return "";
  }

  /** Whole-number digits with a leading zero ({@code 010}, {@code -08}) without it, or null. */
  private static String withoutLeadingZeros(String text) {
    return text.matches("[-+]?0[0-9]+") ? text.replaceFirst("^([-+]?)0+(?=[0-9])", "$1") : null;
  }

  /** Whether the YAML scalar at the cursor is written in quotes. */
  private static boolean isQuoted(Cursor c) {
    JsonLocation at = c.location();
    char first = c.sourceText().at(at.getLineNr(), at.getColumnNr());
    return first == '"' || first == '\'';
  }

  /** A scalar other than nothing and binary data, which YAML text can be read as. */
  private static boolean isScalar(JsonToken token) {
    return token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL
        && token != JsonToken.VALUE_EMBEDDED_OBJECT;
  }

  /**
   * A number that is whole and fits, however it is written: {@code 7}, {@code 7.0} and
   * {@code 7e0} are all 7, as the JSON Schema's {@code integer} counts them.
   */
  private static Integer wholeNumber(Cursor c) throws IOException {
    if (c.token() == JsonToken.VALUE_NUMBER_INT
        && c.parser().getNumberType() == JsonParser.NumberType.INT) {
      return c.parser().getIntValue();
    }
    String written = Echo.shortened(c.parser().getText());
    BigDecimal value;
    try {
      value = c.parser().getDecimalValue();
    } catch (NumberFormatException | JsonProcessingException e) {
      // YAML's .inf and .nan are numbers with no decimal value.
      return c.reject("expected a whole number, found " + Echo.quoted(written), null);
    }
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      return c.reject("expected a whole number, found a decimal number (" + written + ")", null);
    }
    if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      return c.reject("the number " + written + " is too large; the largest is "
          + Integer.MAX_VALUE, null);
    }
    if (value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
      return c.reject("the number " + written + " is too small; the smallest is "
          + Integer.MIN_VALUE, null);
    }
    return value.intValueExact();
  }
}
