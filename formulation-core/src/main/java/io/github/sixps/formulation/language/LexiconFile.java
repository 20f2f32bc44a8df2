package io.github.sixps.formulation.language;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a lexicon file: a YAML list of entries, each a map with the four keys
 * {@code phrase}, {@code kind} ({@code jargon}, {@code acronym} or {@code deficit}),
 * {@code alternative} and {@code note}, all required and none blank.
 *
 * <pre>{@code
 * - phrase: fail to engage
 *   kind: deficit
 *   alternative: "has not found a way to work with us yet"
 *   note: "Puts all the responsibility on the family."
 * }</pre>
 *
 * <p>Read with Jackson's streaming parser, token by token, because the core does not depend on
 * jackson-databind. The file is ours, so any mistake in it is an {@link IllegalArgumentException}
 * naming the line: a broken lexicon should fail the build's tests, not be half read.
 */
final class LexiconFile {
  private LexiconFile() {}

  private static final ImmutableSet<String> KEYS =
      ImmutableSet.of("phrase", "kind", "alternative", "note");

  static ImmutableList<LexiconEntry> read(InputStream in, String name) throws IOException {
    ImmutableList.Builder<LexiconEntry> entries = ImmutableList.builder();
    try (JsonParser p = YAMLFactory.builder().build().createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw problem(name, p, "the file must be a list of entries");
      }
      JsonToken token;
      while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
        if (token != JsonToken.START_OBJECT) {
          throw problem(name, p, "each entry must be a map of " + KEYS);
        }
        int line = p.currentLocation().getLineNr();
        Map<String, String> fields = new HashMap<>();
        while ((token = p.nextToken()) != JsonToken.END_OBJECT) {
          String key = p.currentName();
          if (!KEYS.contains(key)) {
            throw problem(name, p, "unknown key \"" + key + "\"; the keys are " + KEYS);
          }
          token = p.nextToken();
          if (token == null || !token.isScalarValue() || token == JsonToken.VALUE_NULL) {
            throw problem(name, p, "\"" + key + "\" must be text");
          }
          if (fields.put(key, p.getText()) != null) {
            throw problem(name, p, "\"" + key + "\" is given twice");
          }
        }
        entries.add(entry(name, line, fields));
      }
    }
    return entries.build();
  }

  private static LexiconEntry entry(String name, int line, Map<String, String> fields) {
    for (String key : KEYS) {
      String value = fields.get(key);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(
            name + " line " + line + ": the entry needs a non-blank \"" + key + "\"");
      }
    }
    LexiconKind kind;
    try {
      kind = LexiconKind.valueOf(fields.get("kind").strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " line " + line + ": unknown kind \""
          + fields.get("kind") + "\"; the kinds are jargon, acronym and deficit", e);
    }
    try {
      return LexiconEntry.of(fields.get("phrase"), kind, fields.get("alternative").strip(),
          fields.get("note").strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " line " + line + ": " + e.getMessage(), e);
    }
  }

  private static IllegalArgumentException problem(String name, JsonParser p, String message) {
    return new IllegalArgumentException(
        name + " line " + p.currentLocation().getLineNr() + ": " + message);
  }
}
