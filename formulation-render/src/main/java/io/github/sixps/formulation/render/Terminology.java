package io.github.sixps.formulation.render;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import io.github.sixps.formulation.internal.NearestMatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The words a rendered formulation uses for its headings and labels. Three sets are built in:
 * {@code leeds-6ps} (the default), {@code clinical-5ps-plan} and {@code family}. A council can
 * use its own words from a small YAML or properties file that gives every {@link Label} a text:
 *
 * <pre>
 * presenting: What we are worried about
 * predisposing: Background
 * ...
 * </pre>
 *
 * <pre>{@code
 * Terminology words = Terminology.named("clinical-5ps-plan");
 * Terminology ours = Terminology.load(Path.of("council-words.yaml"));
 * }</pre>
 */
public final class Terminology {
  private static final List<String> BUILT_IN = List.of("leeds-6ps", "clinical-5ps-plan",
      "family");
  private static final Map<String, Terminology> LOADED = loadBuiltIns();

  private final String name;
  private final ImmutableMap<Label, String> labels;

  private Terminology(String name, Map<Label, String> labels) {
    this.name = name;
    this.labels = ImmutableMap.copyOf(labels);
  }

  private static Map<String, Terminology> loadBuiltIns() {
    Map<String, Terminology> sets = new LinkedHashMap<>();
    for (String set : BUILT_IN) {
      String resource = "terminology/" + set + ".properties";
      try (InputStream in = Terminology.class.getResourceAsStream(resource)) {
        Preconditions.checkState(in != null, "missing resource %s", resource);
        sets.put(set, parseProperties(new String(in.readAllBytes(), StandardCharsets.UTF_8),
            set));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + resource, e);
      }
    }
    return ImmutableMap.copyOf(sets);
  }

  /** {@return the Leeds 6Ps words: presenting issues, predisposing factors, and so on} */
  public static Terminology leeds6Ps() {
    return LOADED.get("leeds-6ps");
  }

  /** {@return the clinical "5Ps + Plan" words} */
  public static Terminology clinical5PsPlan() {
    return LOADED.get("clinical-5ps-plan");
  }

  /** {@return plain words for families: "What we are worried about", "What is helping"} */
  public static Terminology family() {
    return LOADED.get("family");
  }

  /**
   * A built-in set by name.
   *
   * @param name {@code leeds-6ps}, {@code clinical-5ps-plan} or {@code family}, in any case
   * @return that set of words
   * @throws IllegalArgumentException for an unknown name, with the closest suggested
   */
  public static Terminology named(String name) {
    Preconditions.checkNotNull(name, "name");
    Terminology t = LOADED.get(name.toLowerCase(Locale.ROOT));
    if (t == null) {
      throw new IllegalArgumentException("no terminology is called \"" + name + "\"; use "
          + String.join(", ", BUILT_IN) + ", or a file of your own"
          + NearestMatch.among(name, BUILT_IN).map(s -> "; did you mean \"" + s + "\"?")
          .orElse(""));
    }
    return t;
  }

  /**
   * Reads a terminology file: YAML ({@code .yaml}, {@code .yml}) or Java properties
   * ({@code .properties}), giving a text for every label.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .properties} file with a text for every
   *     {@link Label} key
   * @return the words, named after the file
   * @throws IllegalArgumentException if a label is missing, unknown or blank
   * @throws IOException if the file cannot be read
   */
  public static Terminology load(Path file) throws IOException {
    Preconditions.checkNotNull(file, "file");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String name = file.toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".properties")
        ? parseProperties(text, name) : parseYaml(text, name);
  }

  /**
   * Reads terminology from the text of a properties file.
   *
   * @param text {@code key=text} lines, a text for every {@link Label} key
   * @param source the name to use in messages, such as the file name
   * @return the words, named after the source
   * @throws IllegalArgumentException if the text is not properties, or a label is missing, unknown
   *     or blank
   */
  public static Terminology parseProperties(String text, String source) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": not a properties file: " + e.getMessage(), e);
    }
    Map<String, String> entries = new LinkedHashMap<>();
    p.stringPropertyNames().stream().sorted().forEach(k -> entries.put(k, p.getProperty(k)));
    return of(source, entries);
  }

  /**
   * Reads terminology from the text of a YAML file.
   *
   * @param text {@code key: text} lines, a text for every {@link Label} key
   * @param source the name to use in messages, such as the file name
   * @return the words, named after the source
   * @throws IllegalArgumentException if the text is not YAML, or a label is missing, unknown or
   *     blank
   */
  public static Terminology parseYaml(String text, String source) {
    Map<String, String> entries = new LinkedHashMap<>();
    try (JsonParser parser = new YAMLFactory().createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(source + ": expected labels and their texts");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!value.isScalarValue()) {
          throw new IllegalArgumentException(source + ":" + parser.currentTokenLocation()
              .getLineNr() + ": " + key + ": expected text");
        }
        entries.put(key, parser.getText());
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(source + ": not valid YAML: " + e.getMessage()
          .lines().findFirst().orElse(""), e);
    }
    return of(source, entries);
  }

  /**
   * Terminology from label keys and texts.
   *
   * @param name the set's name, used in messages
   * @param texts each {@link Label#key()} and the text to show for it
   * @return the words
   * @throws IllegalArgumentException if a label is missing, unknown or blank
   */
  public static Terminology of(String name, Map<String, String> texts) {
    Preconditions.checkNotNull(name, "name");
    Preconditions.checkNotNull(texts, "texts");
    Map<String, Label> byKey = Arrays.stream(Label.values())
        .collect(Collectors.toMap(Label::key, l -> l));
    Map<Label, String> labels = new EnumMap<>(Label.class);
    for (Map.Entry<String, String> e : texts.entrySet()) {
      Label label = byKey.get(e.getKey());
      if (label == null) {
        throw new IllegalArgumentException(name + ": unknown label \"" + e.getKey() + "\""
            + NearestMatch.among(e.getKey(), byKey.keySet())
            .map(s -> "; did you mean \"" + s + "\"?").orElse(""));
      }
      if (e.getValue() == null || e.getValue().isBlank()) {
        throw new IllegalArgumentException(name + ": the label \"" + e.getKey() + "\" is blank");
      }
      labels.put(label, e.getValue().strip());
    }
    List<String> missing = new ArrayList<>();
    for (Label label : Label.values()) {
      if (!labels.containsKey(label)) {
        missing.add(label.key());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(name + ": no text is given for "
          + String.join(", ", missing) + "; every label needs one");
    }
    return new Terminology(name, labels);
  }

  /** {@return the set's name: a built-in name or the file it came from} */
  public String name() {
    return name;
  }

  /**
   * The text for a label.
   *
   * @param label a heading or label the documents show
   * @return the text to show for it in this set, such as "What is helping"
   */
  public String label(Label label) {
    return labels.get(Preconditions.checkNotNull(label, "label"));
  }

  @Override
  public String toString() {
    return "Terminology{" + name + "}";
  }
}
