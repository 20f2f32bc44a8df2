package io.github.sixps.formulation.language;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a lexicon file: a map of named word sets and a list of entries, or, in the shorter form,
 * just the list of entries.
 *
 * <pre>{@code
 * words:
 *   family: [mum, dad, nan, brother, sister]
 * entries:
 *   - phrase: contact
 *     kind: jargon
 *     forms: noun
 *     when: ["supervised|weekly _", "_ with [her|his] @family"]
 *     unless: ["eye _", "_ details"]
 *     alternative: "family time"
 *     note: "Time with family is not an appointment."
 * }</pre>
 *
 * <p>Each entry has the keys {@code phrase}, {@code kind} ({@code jargon}, {@code acronym} or
 * {@code deficit}), {@code alternative} and {@code note}, all required and none blank; and, if
 * it needs them, {@code forms} ({@code all}, the default, or {@code noun}: see
 * {@link PhraseForms}) and {@code when} and {@code unless}, each a list of {@link Neighbours}
 * patterns (see {@link Context}). A pattern names a word set as {@code @name}.
 *
 * <p>Read with Jackson's streaming parser, token by token, because the core does not depend on
 * jackson-databind. The file is ours, so any mistake in it is an {@link IllegalArgumentException}
 * naming the line: a broken lexicon should fail the build's tests, not be half read.
 */
final class LexiconFile {
  private LexiconFile() {}

  private static final ImmutableSet<String> TOP = ImmutableSet.of("words", "entries");
  private static final ImmutableSet<String> REQUIRED =
      ImmutableSet.of("phrase", "kind", "alternative", "note");
  private static final ImmutableSet<String> KEYS = ImmutableSet.<String>builder()
      .addAll(REQUIRED).add("forms", "when", "unless").build();
  private static final Pattern SET_NAME = Pattern.compile("[a-z][a-z0-9-]*");

  /** An entry as written, before its patterns are read against the word sets. */
  private record Written(int line, Map<String, String> fields, List<String> when,
      List<String> unless) {}

  static ImmutableList<LexiconEntry> read(InputStream in, String name) throws IOException {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    List<Written> written = new ArrayList<>();
    try (JsonParser p = YAMLFactory.builder().build().createParser(in)) {
      JsonToken token = p.nextToken();
      if (token == JsonToken.START_ARRAY) {
        readEntries(p, name, written);
      } else if (token == JsonToken.START_OBJECT) {
        boolean sawEntries = false;
        while (p.nextToken() != JsonToken.END_OBJECT) {
          String key = p.currentName();
          p.nextToken();
          if ("words".equals(key)) {
            readSets(p, name, sets);
          } else if ("entries".equals(key)) {
            if (p.currentToken() != JsonToken.START_ARRAY) {
              throw problem(name, p, "\"entries\" must be a list of entries");
            }
            readEntries(p, name, written);
            sawEntries = true;
          } else {
            throw problem(name, p, "unknown key \"" + key + "\"; the keys are " + TOP);
          }
        }
        if (!sawEntries) {
          throw problem(name, p, "the file needs a list of \"entries\"");
        }
      } else {
        throw problem(name, p, "the file must be a list of entries, or a map of " + TOP);
      }
    }
    ImmutableList.Builder<LexiconEntry> entries = ImmutableList.builder();
    for (Written w : written) {
      entries.add(entry(name, w, sets));
    }
    return entries.build();
  }

  private static void readSets(JsonParser p, String name, Map<String, List<String>> sets)
      throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw problem(name, p, "\"words\" must be a map from a set's name to its words");
    }
    while (p.nextToken() != JsonToken.END_OBJECT) {
      String set = p.currentName();
      if (!SET_NAME.matcher(set).matches()) {
        throw problem(name, p, "a word set's name is lower-case letters, digits and hyphens,"
            + " not \"" + set + "\"");
      }
      p.nextToken();
      List<String> words = texts(p, name, "the word set \"" + set + "\"");
      if (words.isEmpty()) {
        throw problem(name, p, "the word set \"" + set + "\" has no words");
      }
      if (sets.put(set, words) != null) {
        throw problem(name, p, "the word set \"" + set + "\" is given twice");
      }
    }
  }

  private static void readEntries(JsonParser p, String name, List<Written> written)
      throws IOException {
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw problem(name, p, "each entry must be a map of " + KEYS);
      }
      int line = p.currentLocation().getLineNr();
      Map<String, String> fields = new HashMap<>();
      List<String> when = List.of();
      List<String> unless = List.of();
      while ((token = p.nextToken()) != JsonToken.END_OBJECT) {
        String key = p.currentName();
        if (!KEYS.contains(key)) {
          throw problem(name, p, "unknown key \"" + key + "\"; the keys are " + KEYS);
        }
        token = p.nextToken();
        if (fields.containsKey(key) || ("when".equals(key) && !when.isEmpty())
            || ("unless".equals(key) && !unless.isEmpty())) {
          throw problem(name, p, "\"" + key + "\" is given twice");
        }
        if ("when".equals(key)) {
          when = texts(p, name, "\"when\"");
        } else if ("unless".equals(key)) {
          unless = texts(p, name, "\"unless\"");
        } else {
          if (token == null || !token.isScalarValue() || token == JsonToken.VALUE_NULL) {
            throw problem(name, p, "\"" + key + "\" must be text");
          }
          fields.put(key, p.getText());
        }
      }
      written.add(new Written(line, fields, when, unless));
    }
  }

  /** A list of texts, or one text standing for a list of one. */
  private static List<String> texts(JsonParser p, String name, String what) throws IOException {
    JsonToken token = p.currentToken();
    if (token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
      return List.of(p.getText());
    }
    if (token != JsonToken.START_ARRAY) {
      throw problem(name, p, what + " must be a list of texts");
    }
    List<String> texts = new ArrayList<>();
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null || !token.isScalarValue() || token == JsonToken.VALUE_NULL) {
        throw problem(name, p, what + " must be a list of texts");
      }
      texts.add(p.getText());
    }
    return texts;
  }

  private static LexiconEntry entry(String name, Written w, Map<String, List<String>> sets) {
    Map<String, String> fields = w.fields();
    for (String key : REQUIRED) {
      String value = fields.get(key);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(
            name + " line " + w.line() + ": the entry needs a non-blank \"" + key + "\"");
      }
    }
    LexiconKind kind = parseEnum(LexiconKind.class, fields.get("kind"), name, w.line(), "kind",
        "the kinds are jargon, acronym and deficit");
    PhraseForms forms = fields.containsKey("forms")
        ? parseEnum(PhraseForms.class, fields.get("forms"), name, w.line(), "forms",
            "the forms are all and noun")
        : PhraseForms.ALL;
    try {
      return new LexiconEntry(fields.get("phrase"), kind, fields.get("alternative").strip(),
          fields.get("note").strip(), forms, Context.parse(w.when(), w.unless(), sets));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " line " + w.line() + ": " + e.getMessage(), e);
    }
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String name,
      int line, String key, String choices) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " line " + line + ": unknown " + key + " \""
          + value + "\"; " + choices, e);
    }
  }

  private static IllegalArgumentException problem(String name, JsonParser p, String message) {
    return new IllegalArgumentException(
        name + " line " + p.currentLocation().getLineNr() + ": " + message);
  }
}
