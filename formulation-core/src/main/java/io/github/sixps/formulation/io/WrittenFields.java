package io.github.sixps.formulation.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.sixps.formulation.model.EventDate;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How {@link FormulationWriter} writes one key and its value, the same in every part: absent
 * values, blank text and empty lists left out, every text checked by {@link WritableText} as it
 * is written, and quotes in YAML wherever a YAML 1.1 reader would read the text otherwise.
 */
final class WrittenFields {
  private WrittenFields() {}

  @FunctionalInterface
  interface PartWriter<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  static <T> void list(JsonGenerator g, String key, List<T> values, PartWriter<T> part)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(key);
    for (T value : values) {
      part.write(g, value);
    }
    g.writeEndArray();
  }

  static void strings(JsonGenerator g, String key, List<String> values)
      throws IOException {
    list(g, key, values, WrittenFields::string);
  }

  static void field(JsonGenerator g, String key, String value) throws IOException {
    g.writeFieldName(key);
    string(g, value);
  }

  /**
   * Writes one string of text, an id or a name. In YAML, two kinds go in double quotes:
   *
   * <ul>
   *   <li>text holding control characters or the rarer line breaks (next line, line and
   *       paragraph separators) across lines, where they are escaped: in a literal block a YAML
   *       reader would turn them into plain line breaks or spaces;
   *   <li>text that looks like a date, which a date field's value does not need: a YAML 1.1
   *       reader such as PyYAML would otherwise read it as a date, not as text.
   * </ul>
   */
  static void string(JsonGenerator g, String value) throws IOException {
    texts(g).check(g.getOutputContext(), value, false);
    if (g instanceof YAMLGenerator && (YamlQuoting.isDate(value)
        || (value.indexOf('\n') >= 0 && YamlQuoting.needsEscapes(value)))) {
      YAMLGenerator yamlOut = (YAMLGenerator) g;
      yamlOut.disable(YAMLGenerator.Feature.MINIMIZE_QUOTES);
      yamlOut.disable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE);
      yamlOut.writeString(value);
      yamlOut.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES);
      yamlOut.enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE);
    } else {
      g.writeString(value);
    }
  }

  /** The checker {@link FormulationWriter} gave the document's object. */
  static WritableText texts(JsonGenerator g) {
    JsonStreamContext c = g.getOutputContext();
    while (!c.getParent().inRoot()) {
      c = c.getParent();
    }
    return (WritableText) c.getCurrentValue();
  }

  static void text(JsonGenerator g, String key, String value) throws IOException {
    if (!value.isEmpty()) {
      field(g, key, value);
    }
  }

  static void text(JsonGenerator g, String key, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      field(g, key, value.get());
    }
  }

  static void number(JsonGenerator g, String key, Optional<Integer> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(key, value.get());
    }
  }

  static void date(JsonGenerator g, String key, Optional<LocalDate> value)
      throws IOException {
    if (value.isPresent()) {
      // Not through string(): a date's value stays unquoted, as every YAML reader reads it alike.
      g.writeFieldName(key);
      g.writeString(value.get().toString());
    }
  }

  /** Writes an event's date as {@link EventDateText} does, as text every YAML reader reads so. */
  static void eventDate(JsonGenerator g, String key, Optional<EventDate> value)
      throws IOException {
    if (value.isPresent()) {
      field(g, key, EventDateText.write(value.get()));
    }
  }
}
