package io.github.sixps.formulation.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import io.github.sixps.formulation.spelling.NearestMatch;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The keys one kind of object may have, how each value is read, and which keys it must have. */
final class ObjectSpec {
  private final String noun;
  private final Map<String, ValueReader<?>> fields = new LinkedHashMap<>();
  private final Set<String> required = new LinkedHashSet<>();
  private final Map<String, Integer> addedIn = new HashMap<>();

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

  /**
   * An optional key that minor version {@code minor} of {@code sixps/1} added: a reader of an
   * earlier version does not know it, and a file that gives it a value must say that version.
   */
  ObjectSpec added(int minor, String key, ValueReader<?> reader) {
    addedIn.put(key, minor);
    return optional(key, reader);
  }

  ObjectSpec required(String key, ValueReader<?> reader) {
    required.add(key);
    return optional(key, reader);
  }

  /**
   * Reads one object. A key given with no value (YAML's {@code key:} or {@code ~}, JSON's
   * {@code null}) counts as left out, so a half-filled template reads as a draft. Every unknown,
   * repeated or missing key and every rejected value is recorded, and then the object is null.
   */
  Fields read(Cursor c) throws IOException {
    if (c.token() != JsonToken.START_OBJECT) {
      return c.reject("expected " + noun + " (a set of keys and values), found "
          + Cursor.describe(c.token()), null);
    }
    JsonLocation start = c.location();
    int problemsBefore = c.problemCount();
    c.enter();
    Map<String, Object> values = new HashMap<>();
    Set<String> given = new HashSet<>();
    Set<String> empty = new HashSet<>();
    Map<String, JsonLocation> seen = new HashMap<>();
    Set<String> known = known(c.newestMinor());
    String objectPath = c.path();
    while (c.next() == JsonToken.FIELD_NAME) {
      String key = c.key();
      c.pushKey(key);
      JsonLocation keyAt = c.location();
      boolean first = firstTime(c, seen, key);
      ValueReader<?> reader = known.contains(key) ? fields.get(key) : null;
      if (reader == null) {
        String suggestion = NearestMatch.among(key, known).orElse(null);
        String problem = "unknown key " + Echo.quoted(key) + " in " + noun;
        if (suggestion == null) {
          problem += "; the keys are " + String.join(", ", known);
        }
        if (c.lenient() && first) {
          // Judged once the whole file is read, when its version is known for certain.
          c.next();
          c.unknown(objectPath, key, noun, keyAt, problem, suggestion, RawValue.read(c));
          c.popKey();
          continue;
        }
        c.report(keyAt, problem, suggestion);
      }
      c.next();
      if (reader == null || !first) {
        c.skip();
      } else if (c.token() == JsonToken.VALUE_NULL) {
        empty.add(key);
      } else {
        given.add(key);
        Object value = c.value(reader);
        if (value != null) {
          values.put(key, value);
          if (addedIn.containsKey(key) && !isEmpty(value)) {
            c.usedLaterKey(addedIn.get(key), key, keyAt);
          }
        }
      }
      c.popKey();
    }
    c.exit();
    for (String key : required) {
      if (empty.contains(key)) {
        c.report(start, "the required key " + Echo.quoted(key) + " has no value in " + noun
            + "; fill it in", null);
      } else if (!given.contains(key)) {
        c.report(start, "missing the required key " + Echo.quoted(key) + " in " + noun, null);
      }
    }
    return c.problemCount() > problemsBefore ? null : new Fields(values);
  }

  /** The keys a reader of {@code sixps/1} up to minor version {@code newestMinor} knows. */
  private Set<String> known(int newestMinor) {
    if (addedIn.isEmpty()) {
      return fields.keySet();
    }
    Set<String> known = new LinkedHashSet<>(fields.keySet());
    known.removeIf(key -> addedIn.getOrDefault(key, 0) > newestMinor);
    return known;
  }

  /**
   * Whether a value records nothing, as an empty list or family tree does: the writer leaves
   * such a value out, so it needs no later version.
   */
  private static boolean isEmpty(Object value) {
    return value instanceof java.util.Collection<?> list && list.isEmpty()
        || value instanceof io.github.sixps.formulation.model.FamilyTree tree && tree.isEmpty();
  }

  /**
   * Whether this is the first time the object gives this key; a repeat is recorded as a problem,
   * with where the key was first given.
   */
  static boolean firstTime(Cursor c, Map<String, JsonLocation> seen, String key)
      throws FormulationReadException {
    JsonLocation first = seen.putIfAbsent(key, c.location());
    if (first != null) {
      c.report(c.location(), "the key " + Echo.quoted(key) + " is given twice; it was first given"
          + " on line " + first.getLineNr() + ", column " + first.getColumnNr(), null);
      return false;
    }
    return true;
  }
}
