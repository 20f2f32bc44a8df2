package io.github.sixps.formulation.render;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import io.github.sixps.formulation.io.ReadProblem;
import io.github.sixps.formulation.spelling.NearestMatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every word a rendered formulation shows that is not the formulation's own (headings, labels,
 * table headers, status words, empty-part sentences, dates' month names, page furniture,
 * alternative texts, teaching notes), and the language and direction of those words. Three sets
 * are built in: {@code leeds-6ps} (the default, and the complete English set), {@code
 * clinical-5ps-plan} and {@code family}. A council uses its own words from a YAML or properties
 * file. A file may name a built-in set as its {@code base} and give only the words it changes:
 *
 * <pre>
 * base: family
 * language: pl
 * headings:
 *   presenting: Co nas martwi
 *   protective: Co pomaga
 * months:
 *   january: stycznia
 * </pre>
 *
 * <p>A file without a base gives every key. A file of only the seventeen heading keys of
 * earlier versions ({@code presenting}, {@code plan} and the rest, without {@code headings.})
 * still works: its other words are the Leeds 6Ps set's. Every key, what it is for and the
 * placeholders its text may use are in {@code docs/terminology.md}; {@link #template()} writes a
 * complete file to copy. Problems are reported all at once, each with its line, column and a
 * "did you mean", as a {@link TerminologyException}.
 *
 * <pre>{@code
 * Terminology words = Terminology.named("clinical-5ps-plan");
 * Terminology ours = Terminology.load(Path.of("council-words.yaml"));
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Terminology {
  private static final List<String> BUILT_IN = List.of("leeds-6ps", "clinical-5ps-plan",
      "family");
  private static final String BASE = "base";
  private static final Map<String, Terminology> LOADED = loadBuiltIns();

  private final String name;
  private final ImmutableMap<String, String> texts;
  private final Direction direction;

  private Terminology(String name, Map<String, String> texts) {
    this.name = name;
    this.texts = ImmutableMap.copyOf(texts);
    this.direction = "rtl".equals(texts.get(TerminologyKeys.DIRECTION))
        ? Direction.RTL : Direction.LTR;
  }

  private static Map<String, Terminology> loadBuiltIns() {
    Map<String, Terminology> sets = new LinkedHashMap<>();
    for (String set : BUILT_IN) {
      String resource = "terminology/" + set + ".properties";
      try (InputStream in = Terminology.class.getResourceAsStream(resource)) {
        Preconditions.checkState(in != null, "missing resource %s", resource);
        sets.put(set, resolve(set, TerminologySource.properties(
            new String(in.readAllBytes(), StandardCharsets.UTF_8), set), sets));
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
   * ({@code .properties}), in UTF-8.
   *
   * @param file the file, giving every key or naming a {@code base} set for the rest
   * @return the words, named after the file
   * @throws TerminologyException listing every problem with the file's keys and texts
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
   * Reads terminology from the text of a properties file: {@code headings.plan=Our plan} lines.
   *
   * @param text the file's text
   * @param source the name to use in messages, such as the file name
   * @return the words, named after the source
   * @throws TerminologyException listing every problem with the text
   */
  public static Terminology parseProperties(String text, String source) {
    Preconditions.checkNotNull(text, "text");
    Preconditions.checkNotNull(source, "source");
    return resolve(source, TerminologySource.properties(text, source), LOADED);
  }

  /**
   * Reads terminology from the text of a YAML file: groups of keys, or dotted keys.
   *
   * @param text the file's text
   * @param source the name to use in messages, such as the file name
   * @return the words, named after the source
   * @throws TerminologyException listing every problem with the text
   */
  public static Terminology parseYaml(String text, String source) {
    Preconditions.checkNotNull(text, "text");
    Preconditions.checkNotNull(source, "source");
    return resolve(source, TerminologySource.yaml(text, source), LOADED);
  }

  /**
   * Terminology from keys and texts, as a file would give them.
   *
   * @param name the set's name, used in messages
   * @param texts each key, such as {@code headings.plan} or {@code base}, and its text
   * @return the words
   * @throws TerminologyException listing every problem with the keys and texts
   */
  public static Terminology of(String name, Map<String, String> texts) {
    Preconditions.checkNotNull(name, "name");
    Preconditions.checkNotNull(texts, "texts");
    TerminologySource source = TerminologySource.properties("", name);
    texts.forEach((k, v) -> source.entries.add(new TerminologySource.Entry(
        Preconditions.checkNotNull(k, "key"), v == null ? "" : v, 0, 0)));
    return resolve(name, source, LOADED);
  }

  private static Terminology resolve(String name, TerminologySource source,
      Map<String, Terminology> builtIns) {
    List<ReadProblem> problems = new ArrayList<>(source.problems);
    Map<String, String> given = new LinkedHashMap<>();
    // Keys already reported (a blank text) are not reported again as missing.
    List<String> reported = new ArrayList<>();
    Optional<Terminology> base = Optional.empty();
    boolean legacy = true;
    for (TerminologySource.Entry e : source.entries) {
      if (e.key().equals(BASE)) {
        legacy = false;
        base = Optional.ofNullable(builtIns.get(e.value().strip().toLowerCase(Locale.ROOT)));
        if (base.isEmpty()) {
          problems.add(problem(source, e, BASE, "no built-in set is called \"" + e.value()
              + "\"; use " + String.join(", ", builtIns.keySet()),
              NearestMatch.among(e.value(), builtIns.keySet()).orElse(null)));
        }
        continue;
      }
      String key = TerminologyKeys.LEGACY.getOrDefault(e.key(), e.key());
      TerminologyKeys.Key known = TerminologyKeys.BY_NAME.get(key);
      // A mistyped key says nothing about which kind of file this is.
      legacy &= TerminologyKeys.LEGACY.containsKey(e.key()) || known == null;
      if (known == null) {
        problems.add(problem(source, e, e.key(), "unknown key", nearestKey(e.key())));
        continue;
      }
      if (given.containsKey(key)) {
        problems.add(problem(source, e, e.key(), "given twice (as " + key + " too); keep one",
            null));
        continue;
      }
      String text = known.keepsOuterSpace() ? e.value() : e.value().strip();
      if (text.isBlank()) {
        problems.add(problem(source, e, key, "has no text; give one, or leave the key out"
            + " and name a base set to take it from", null));
        reported.add(key);
        continue;
      }
      check(source, e, known, text).ifPresent(problems::add);
      given.put(key, text);
    }
    List<String> missing = new ArrayList<>();
    if (legacy && base.isEmpty()) {
      // A file of headings only, as terminology files were before every word could be given.
      TerminologyKeys.LEGACY.forEach((old, key) -> {
        if (!given.containsKey(key) && !reported.contains(key)) {
          missing.add(old);
        }
      });
      base = Optional.ofNullable(builtIns.get("leeds-6ps"));
    } else if (base.isEmpty() && problems.stream().noneMatch(p -> p.path().equals(BASE))) {
      TerminologyKeys.BY_NAME.keySet().stream().filter(k -> !given.containsKey(k) && !reported.contains(k))
          .forEach(missing::add);
    }
    if (!missing.isEmpty()) {
      problems.add(ReadProblem.of(name, 0, 0, "", "no text is given for "
          + String.join(", ", missing) + (legacy ? "; every heading needs one"
          : "; give each a text, or name a built-in set to take the rest from, such as"
          + " \"base: leeds-6ps\""), null));
    }
    if (!problems.isEmpty()) {
      throw new TerminologyException(problems);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (String key : TerminologyKeys.BY_NAME.keySet()) {
      texts.put(key, given.containsKey(key) ? given.get(key) : base.orElseThrow().text(key));
    }
    return new Terminology(name, texts);
  }

  private static String nearestKey(String key) {
    List<String> all = new ArrayList<>(TerminologyKeys.BY_NAME.keySet());
    all.add(BASE);
    Optional<String> near = NearestMatch.among(key, all);
    if (near.isPresent()) {
      return near.get();
    }
    // A key in the wrong group, or a heading misspelt without its group: match the last part.
    String last = key.substring(key.lastIndexOf('.') + 1);
    return all.stream().filter(k -> k.endsWith("." + last)).findFirst()
        .or(() -> NearestMatch.among(last, TerminologyKeys.LEGACY.keySet())
            .map(TerminologyKeys.LEGACY::get))
        .orElse(null);
  }

  /** A text's placeholders, and the language tag and direction, checked. */
  private static Optional<ReadProblem> check(TerminologySource source,
      TerminologySource.Entry e, TerminologyKeys.Key key, String text) {
    if (key.name().equals(TerminologyKeys.LANGUAGE)) {
      try {
        new Locale.Builder().setLanguageTag(text);
        return Optional.empty();
      } catch (IllformedLocaleException bad) {
        return Optional.of(problem(source, e, key.name(), "\"" + text + "\" is not a language"
            + " tag (BCP 47), such as en-GB, ur or pl", text.contains("_")
            ? text.replace('_', '-') : null));
      }
    }
    if (key.name().equals(TerminologyKeys.DIRECTION)) {
      return text.equals("ltr") || text.equals("rtl") ? Optional.empty()
          : Optional.of(problem(source, e, key.name(), "\"" + text + "\" is not a direction;"
              + " use ltr (left to right) or rtl (right to left)",
              NearestMatch.among(text, List.of("ltr", "rtl")).orElse(null)));
    }
    for (String used : TerminologyKeys.placeholders(text)) {
      if (!key.placeholders().contains(used)) {
        return Optional.of(problem(source, e, key.name(), key.placeholders().isEmpty()
            ? "{" + used + "} is not filled in here: this text has no placeholders"
            : "{" + used + "} is not filled in here; this text can use " + String.join(", ",
                key.placeholders().stream().map(p -> "{" + p + "}").toList()),
            NearestMatch.among(used, key.placeholders()).map(p -> "{" + p + "}")
                .orElse(null)));
      }
    }
    return Optional.empty();
  }

  private static ReadProblem problem(TerminologySource source, TerminologySource.Entry e,
      String path, String message, String suggestion) {
    return ReadProblem.of(source.source, e.line(), e.column(), path, message, suggestion);
  }

  /** {@return every key a terminology gives a text for, in the order of the template} */
  public static List<String> keys() {
    return TerminologyKeys.BY_NAME.keySet().asList();
  }

  /** {@return the set's name: a built-in name or the file it came from} */
  public String name() {
    return name;
  }

  /**
   * The text for a heading or label.
   *
   * @param label a heading or label the documents show
   * @return the text to show for it in this set, such as "What is helping"
   */
  public String label(Label label) {
    return texts.get("headings." + Preconditions.checkNotNull(label, "label").key());
  }

  /**
   * The text for a key, as given: placeholders such as {@code {date}} are left in it.
   *
   * @param key one of {@link #keys()}, such as {@code facts.date}
   * @return its text in this set
   * @throws IllegalArgumentException if no key is called that
   */
  public String text(String key) {
    String text = texts.get(Preconditions.checkNotNull(key, "key"));
    Preconditions.checkArgument(text != null, "no terminology key is called \"%s\"", key);
    return text;
  }

  /** {@return the language of these words, as a BCP 47 tag such as {@code en-GB} or {@code ur}} */
  public String language() {
    return texts.get(TerminologyKeys.LANGUAGE);
  }

  /** {@return which way these words run} */
  public Direction direction() {
    return direction;
  }

  /**
   * A complete terminology file of these words, as YAML with a comment on every key saying what
   * it is for: a template for a council to copy and translate.
   *
   * @return the YAML text, which {@link #parseYaml} reads back as these same words
   */
  public String template() {
    return TerminologyTemplate.yaml(this);
  }

  @Override
  public String toString() {
    return "Terminology{" + name + ", " + language() + "}";
  }
}
