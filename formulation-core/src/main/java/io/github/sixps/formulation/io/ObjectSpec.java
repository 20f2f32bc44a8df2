package io.github.sixps.formulation.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import io.github.sixps.formulation.internal.NearestMatch;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The keys one kind of object may have, how each value is read, and which keys it must have. */
final class ObjectSpec {
  private final String noun;
  private final Map<String, ValueReader<?>> fields = new LinkedHashMap<>();
  private final Set<String> required = new LinkedHashSet<>();

  private ObjectSpec(String noun) {
    this.noun = noun;
  }

  /** A spec for objects called {@code noun} in messages, such as "a person". */
  static ObjectSpec of(String noun) {
    return new ObjectSpec(noun);
  }

  ObjectSpec optional(String key, ValueReader<?> reader) {
    fields.put(key, reader);
    return this;
  }

  ObjectSpec required(String key, ValueReader<?> reader) {
    required.add(key);
    return optional(key, reader);
  }

  /**
   * Reads one object. A key given with no value (YAML's {@code key:} or {@code ~}, JSON's
   * {@code null}) counts as left out, so a half-filled template reads as a draft.
   */
  Fields read(Cursor c) throws IOException {
    if (c.token() != JsonToken.START_OBJECT) {
      throw c.error("expected " + noun + " (a set of keys and values), found "
          + Cursor.describe(c.token()), null);
    }
    JsonLocation start = c.location();
    c.enter();
    Map<String, Object> values = new HashMap<>();
    Map<String, JsonLocation> seen = new HashMap<>();
    while (c.next() == JsonToken.FIELD_NAME) {
      String key = c.text();
      c.pushKey(key);
      checkNotRepeated(c, seen, key);
      ValueReader<?> reader = fields.get(key);
      if (reader == null) {
        String suggestion = NearestMatch.among(key, fields.keySet()).orElse(null);
        String problem = "unknown key \"" + key + "\" in " + noun;
        if (suggestion == null) {
          problem += "; the keys are " + String.join(", ", fields.keySet());
        }
        throw c.error(problem, suggestion);
      }
      if (c.next() != JsonToken.VALUE_NULL) {
        values.put(key, reader.read(c));
      }
      c.popKey();
    }
    c.exit();
    for (String key : required) {
      if (!values.containsKey(key)) {
        throw c.errorAt(start, "missing the required key \"" + key + "\" in " + noun, null);
      }
    }
    return new Fields(values);
  }

  static void checkNotRepeated(Cursor c, Map<String, JsonLocation> seen, String key)
      throws FormulationReadException {
    JsonLocation first = seen.putIfAbsent(key, c.location());
    if (first != null) {
      throw c.error("the key \"" + key + "\" is given twice; it was first given on line "
          + first.getLineNr() + ", column " + first.getColumnNr(), null);
    }
  }
}
