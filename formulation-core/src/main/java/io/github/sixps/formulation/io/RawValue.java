package io.github.sixps.formulation.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value this version does not know the meaning of, kept as it was written so that it can be
 * written back: maps (in the file's order), lists, text, numbers, true or false, and null, all
 * unmodifiable.
 */
final class RawValue {
  private RawValue() {}

  /** Reads the value at the cursor, leaving the cursor on its last token. */
  static Object read(Cursor c) throws IOException {
    JsonToken token = c.token();
    if (token == JsonToken.START_OBJECT) {
      c.enter();
      Map<String, Object> map = new LinkedHashMap<>();
      while (c.next() == JsonToken.FIELD_NAME) {
        String key = c.key();
        c.next();
        map.put(key, read(c));
      }
      c.exit();
      return Collections.unmodifiableMap(map);
    }
    if (token == JsonToken.START_ARRAY) {
      c.enter();
      List<Object> list = new ArrayList<>();
      while (c.next() != JsonToken.END_ARRAY) {
        list.add(read(c));
      }
      c.exit();
      return Collections.unmodifiableList(list);
    }
    switch (token) {
      case VALUE_STRING:
        return c.parser().getText();
      case VALUE_NUMBER_INT:
        return c.parser().getBigIntegerValue();
      case VALUE_NUMBER_FLOAT:
        return c.parser().getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** Writes a value {@link #read} gave back. */
  static void write(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName((String) e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        write(g, item);
      }
      g.writeEndArray();
    } else if (value instanceof String text) {
      g.writeString(text);
    } else if (value instanceof BigInteger number) {
      g.writeNumber(number);
    } else if (value instanceof BigDecimal number) {
      g.writeNumber(number);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeNull();
    }
  }
}
