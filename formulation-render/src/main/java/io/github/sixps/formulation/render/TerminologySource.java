package io.github.sixps.formulation.render;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.sixps.formulation.io.ReadProblem;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The keys and texts of a terminology file as written, each with its line and column, before
 * they are checked: YAML (nested groups or dotted keys) or Java properties. What cannot be read
 * at all is a problem here; whether the keys are known is {@link Terminology}'s to judge.
 */
final class TerminologySource {
  /** One key as written, and where. */
  record Entry(String key, String value, int line, int column) {}

  final String source;
  final List<Entry> entries = new ArrayList<>();
  final List<ReadProblem> problems = new ArrayList<>();

  private TerminologySource(String source) {
    this.source = source;
  }

  static TerminologySource properties(String text, String source) {
    TerminologySource s = new TerminologySource(source);
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      s.problems.add(ReadProblem.of(source, 0, 0, "", "not a properties file: "
          + e.getMessage(), null));
      return s;
    }
    // Properties keep no places; each key's line is found again, as written at a line's start.
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String stripped = line.stripLeading();
      if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
        continue;
      }
      String key = stripped.split("\\s*[=:\\s]", 2)[0].replace("\\", "");
      if (p.containsKey(key)) {
        if (seen.contains(key)) {
          s.problems.add(ReadProblem.of(source, i + 1, line.length() - stripped.length() + 1,
              key, "given twice; keep one", null));
          continue;
        }
        seen.add(key);
        s.entries.add(new Entry(key, p.getProperty(key), i + 1,
            line.length() - stripped.length() + 1));
      }
    }
    // A key this scan could not place (an escaped or continued line) still counts.
    for (String key : p.stringPropertyNames()) {
      if (!seen.contains(key)) {
        s.entries.add(new Entry(key, p.getProperty(key), 0, 0));
      }
    }
    return s;
  }

  static TerminologySource yaml(String text, String source) {
    TerminologySource s = new TerminologySource(source);
    try (JsonParser parser = new YAMLFactory().createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return s;
      }
      if (first != JsonToken.START_OBJECT) {
        s.problem(parser.currentTokenLocation(), "", "expected keys and their texts, such as "
            + "\"language: ur\"", null);
        return s;
      }
      s.object(parser, "");
    } catch (IOException e) {
      JsonLocation at = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
          ? j.getLocation() : null;
      s.problem(at, "", "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""),
          null);
    }
    return s;
  }

  /** Reads the keys of an object whose start has been read; nested keys join with dots. */
  private void object(JsonParser parser, String prefix) throws IOException {
    List<String> seen = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = prefix + parser.currentName();
      JsonLocation at = parser.currentTokenLocation();
      JsonToken value = parser.nextToken();
      if (value != JsonToken.START_OBJECT) {
        // A text's problems are the text's: point at it, where a mistyped key is seen too.
        at = parser.currentTokenLocation();
      }
      if (seen.contains(key)) {
        problem(at, key, "given twice; keep one", null);
        parser.skipChildren();
        continue;
      }
      seen.add(key);
      if (value == JsonToken.START_OBJECT) {
        object(parser, key + ".");
      } else if (value == JsonToken.START_ARRAY) {
        List<String> items = new ArrayList<>();
        boolean text = true;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          if (parser.currentToken().isScalarValue()) {
            items.add(parser.getText());
          } else {
            text = false;
            parser.skipChildren();
          }
        }
        if (text) {
          entries.add(new Entry(key, String.join("|", items), at.getLineNr(),
              at.getColumnNr()));
        } else {
          problem(at, key, "expected a list of texts", null);
        }
      } else if (value == JsonToken.VALUE_NULL) {
        entries.add(new Entry(key, "", at.getLineNr(), at.getColumnNr()));
      } else {
        entries.add(new Entry(key, parser.getText(), at.getLineNr(), at.getColumnNr()));
      }
    }
  }

  private void problem(JsonLocation at, String path, String message, String suggestion) {
    problems.add(ReadProblem.of(source, at == null ? 0 : Math.max(0, at.getLineNr()),
        at == null ? 0 : Math.max(0, at.getColumnNr()), path, message, suggestion));
  }
}
