package io.github.sixps.formulation.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.sixps.formulation.internal.KebabCase;
import io.github.sixps.formulation.internal.NearestMatch;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one value of one type. Called with the cursor on the value's first token; returns with
 * it on the value's last token.
 */
@FunctionalInterface
interface ValueReader<T> {
  T read(Cursor c) throws IOException;

  ValueReader<String> TEXT = c -> {
    expect(c, JsonToken.VALUE_STRING, "text");
    return c.text();
  };

  ValueReader<Integer> WHOLE_NUMBER = c -> {
    JsonToken token = c.token();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      if (c.parser().getNumberType() != JsonParser.NumberType.INT) {
        throw c.error("the number " + c.parser().getText() + " is too large", null);
      }
      return c.parser().getIntValue();
    }
    String found = Cursor.describe(token);
    if (token == JsonToken.VALUE_STRING) {
      String text = c.text();
      found += " \"" + text + "\"" + (text.matches("[-+]?[0-9]+") ? "; leave out the quotes" : "");
    }
    throw c.error("expected a whole number, found " + found, null);
  };

  ValueReader<LocalDate> DATE = c -> {
    expect(c, JsonToken.VALUE_STRING, "a date");
    String text = c.text();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw c.error("\"" + text + "\" is not a date; write dates as YYYY-MM-DD, such as 2026-11-02",
          null);
    }
  };

  /** Reads a lower-kebab-case name of one of the enum's constants. */
  static <E extends Enum<E>> ValueReader<E> oneOf(Class<E> type, String noun) {
    Map<String, E> byName = new LinkedHashMap<>();
    for (E value : type.getEnumConstants()) {
      byName.put(KebabCase.of(value), value);
    }
    String choices = String.join(", ", byName.keySet());
    return c -> {
      expect(c, JsonToken.VALUE_STRING, noun);
      String text = c.text();
      E value = byName.get(text);
      if (value == null) {
        throw c.error("\"" + text + "\" is not " + noun + "; use one of " + choices,
            NearestMatch.among(text, byName.keySet()).orElse(null));
      }
      return value;
    };
  }

  /** Reads a list whose every entry is read by {@code entry}. */
  static <T> ValueReader<ImmutableList<T>> listOf(ValueReader<T> entry) {
    return c -> {
      expect(c, JsonToken.START_ARRAY, "a list");
      c.enter();
      ImmutableList.Builder<T> values = ImmutableList.builder();
      int index = 0;
      while (c.next() != JsonToken.END_ARRAY) {
        c.pushIndex(index);
        if (c.token() == JsonToken.VALUE_NULL) {
          throw c.error("this list entry is empty; remove it or fill it in", null);
        }
        values.add(entry.read(c));
        c.popIndex();
        index++;
      }
      c.exit();
      return values.build();
    };
  }

  /** Reads an object of the given shape and turns it into a value. */
  static <T> ValueReader<T> object(ObjectSpec spec, Function<Fields, T> make) {
    return c -> make.apply(spec.read(c));
  }

  /** Reads an object whose keys are ids and whose values are read by {@code value}. */
  static <V> ValueReader<ImmutableMap<String, V>> mapOf(ValueReader<V> value) {
    return c -> {
      expect(c, JsonToken.START_OBJECT, "a set of ids and values");
      c.enter();
      Map<String, V> values = new LinkedHashMap<>();
      Map<String, JsonLocation> seen = new HashMap<>();
      while (c.next() == JsonToken.FIELD_NAME) {
        String key = c.text();
        c.pushKey(key);
        ObjectSpec.checkNotRepeated(c, seen, key);
        c.next();
        if (c.token() == JsonToken.VALUE_NULL) {
          throw c.error("no value given for \"" + key + "\"", null);
        }
        values.put(key, value.read(c));
        c.popKey();
      }
      c.exit();
      return ImmutableMap.copyOf(values);
    };
  }

  private static void expect(Cursor c, JsonToken wanted, String noun) throws IOException {
    JsonToken token = c.token();
    if (token != wanted) {
      String found = Cursor.describe(token);
      String hint = "";
      if (wanted == JsonToken.VALUE_STRING && token != null && token.isScalarValue()) {
        hint = "; put it in quotes if it is meant as text: \"" + c.parser().getText() + "\"";
      }
      throw c.error("expected " + noun + ", found " + found + hint, null);
    }
  }
}
