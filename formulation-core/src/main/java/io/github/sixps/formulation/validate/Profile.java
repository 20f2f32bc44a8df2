package io.github.sixps.formulation.validate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import io.github.sixps.formulation.spelling.NearestMatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Which rules run and at what severity. Three profiles are built in:
 *
 * <ul>
 *   <li>{@code standard}, the default: every rule at its own severity;
 *   <li>{@code draft}, for half-finished work: structure rules only, with text still to write
 *       and a missing presenting issue as notes of what is left, not errors;
 *   <li>{@code strict}, for sign-off: practice and SMART warnings become errors.
 * </ul>
 *
 * <p>A profile can also be read from a small YAML file, for a council's own choices:
 *
 * <pre>
 * extends: standard          # standard, draft or strict; standard if left out
 * rules:
 *   no-childs-voice: error   # error, warning, info or off
 *   single-perspective: off
 * </pre>
 *
 * <pre>{@code
 * Validator v = Validator.builder().profile(Profile.load(Path.of("council.yaml"))).build();
 * }</pre>
 */
public final class Profile {
  private static final Profile STANDARD = new Profile("standard", Base.STANDARD, ImmutableMap.of());
  // In a draft, text not yet written and a worry not yet named are what is left to do: notes,
  // not errors, so that a fresh template checks clean and lists them.
  private static final Profile DRAFT = new Profile("draft", Base.DRAFT, ImmutableMap.of(
      "blank-text", Optional.of(Severity.INFO),
      "no-presenting-issue", Optional.of(Severity.INFO)));
  private static final Profile STRICT = new Profile("strict", Base.STRICT, ImmutableMap.of());
  private static final Map<String, Profile> BUILT_IN =
      ImmutableMap.of("standard", STANDARD, "draft", DRAFT, "strict", STRICT);

  private enum Base { STANDARD, DRAFT, STRICT }

  private final String name;
  private final Base base;
  // A rule code to its severity, or to empty when the rule is switched off.
  private final ImmutableMap<String, Optional<Severity>> overrides;

  private Profile(String name, Base base, ImmutableMap<String, Optional<Severity>> overrides) {
    this.name = name;
    this.base = base;
    this.overrides = overrides;
  }

  /** {@return the standard profile, the default} It runs every rule at its own severity. */
  public static Profile standard() {
    return STANDARD;
  }

  /**
   * {@return the draft profile, for half-finished work} It runs the structure rules only, and
   * reports blank text ({@code blank-text}) and a missing presenting issue ({@code
   * no-presenting-issue}) as notes of what is left to fill in rather than errors.
   */
  public static Profile draft() {
    return DRAFT;
  }

  /** {@return the strict profile, for sign-off} Practice and SMART warnings become errors. */
  public static Profile strict() {
    return STRICT;
  }

  /**
   * A built-in profile by name: {@code standard}, {@code draft} or {@code strict}.
   *
   * @param name {@code standard}, {@code draft} or {@code strict}, in any case
   * @return that profile
   * @throws IllegalArgumentException for any other name, with the closest one suggested
   */
  public static Profile named(String name) {
    Preconditions.checkNotNull(name, "name");
    Profile profile = BUILT_IN.get(name.toLowerCase(Locale.ROOT));
    if (profile == null) {
      throw new IllegalArgumentException("no profile is called \"" + name + "\"; use standard, "
          + "draft or strict, or a profile file" + NearestMatch.among(name, BUILT_IN.keySet())
          .map(s -> "; did you mean \"" + s + "\"?").orElse(""));
    }
    return profile;
  }

  /** {@return the profile's name: a built-in name, or the file it was read from} */
  public String name() {
    return name;
  }

  /**
   * {@return the rules whose severity this profile sets itself, by code} An empty severity means
   * the rule is switched off.
   */
  public Map<String, Optional<Severity>> overrides() {
    return overrides;
  }

  /**
   * A copy that gives the rule with this code the given severity.
   *
   * @param code the rule's code, such as {@code no-childs-voice}
   * @param severity the severity its findings should have
   * @return a new profile; this one is unchanged
   */
  public Profile with(String code, Severity severity) {
    Preconditions.checkNotNull(severity, "severity");
    return override(code, Optional.of(severity));
  }

  /**
   * A copy that switches the rule with this code off.
   *
   * @param code the rule's code, such as {@code single-perspective}
   * @return a new profile; this one is unchanged
   */
  public Profile without(String code) {
    return override(code, Optional.empty());
  }

  private Profile override(String code, Optional<Severity> severity) {
    Preconditions.checkNotNull(code, "code");
    Map<String, Optional<Severity>> copy = new LinkedHashMap<>(overrides);
    copy.put(code, severity);
    return new Profile(name, base, ImmutableMap.copyOf(copy));
  }

  /**
   * The severity this profile gives a rule, or empty if it does not run.
   *
   * @param rule any rule, standard or the caller's own
   * @return the severity its findings get under this profile, or empty if it is switched off
   */
  public Optional<Severity> severityOf(Rule rule) {
    Preconditions.checkNotNull(rule, "rule");
    Optional<Severity> set = overrides.get(rule.code());
    if (set != null) {
      return set;
    }
    switch (base) {
      case DRAFT:
        return rule.category() == RuleCategory.STRUCTURE
            ? Optional.of(rule.defaultSeverity()) : Optional.empty();
      case STRICT:
        boolean raised = (rule.category() == RuleCategory.PRACTICE
            || rule.category() == RuleCategory.SMART)
            && rule.defaultSeverity() == Severity.WARNING;
        return Optional.of(raised ? Severity.ERROR : rule.defaultSeverity());
      default:
        return Optional.of(rule.defaultSeverity());
    }
  }

  /**
   * Reads a profile file.
   *
   * @param file a YAML file with {@code extends} and {@code rules}, as above
   * @return the profile, named after the file
   * @throws IllegalArgumentException if the file is not a profile, with its line and column
   * @throws IOException if it cannot be read
   */
  public static Profile load(Path file) throws IOException {
    Preconditions.checkNotNull(file, "file");
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Reads a profile from YAML text.
   *
   * @param yaml the text of a profile file, with {@code extends} and {@code rules}, as above
   * @param source the name to use in messages
   * @return the profile, named after the source
   * @throws IllegalArgumentException if the text is not a profile, with its line and column
   */
  public static Profile parse(String yaml, String source) {
    Preconditions.checkNotNull(yaml, "yaml");
    Preconditions.checkNotNull(source, "source");
    try (JsonParser p = new YAMLFactory().createParser(yaml)) {
      Profile profile = STANDARD;
      Map<String, Optional<Severity>> rules = new LinkedHashMap<>();
      Map<String, JsonLocation> keys = new HashMap<>();
      expect(p, p.nextToken(), JsonToken.START_OBJECT, source, "a profile");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation keyAt = p.currentTokenLocation();
        notRepeated(keys, key, keyAt, source);
        JsonToken value = p.nextToken();
        if (key.equals("extends")) {
          expect(p, value, JsonToken.VALUE_STRING, source, "a profile name");
          try {
            profile = named(p.getText());
          } catch (IllegalArgumentException e) {
            throw located(p, source, e.getMessage());
          }
        } else if (key.equals("rules")) {
          expect(p, value, JsonToken.START_OBJECT, source, "rule codes and severities");
          Map<String, JsonLocation> codes = new HashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String code = p.currentName();
            notRepeated(codes, code, p.currentTokenLocation(), source);
            JsonToken setting = p.nextToken();
            if (setting == JsonToken.VALUE_FALSE) {
              // YAML reads a bare "off" as false.
              rules.put(code, Optional.empty());
              continue;
            }
            expect(p, setting, JsonToken.VALUE_STRING, source, "error, warning, info or off");
            rules.put(code, severity(p, source));
          }
        } else {
          throw located(keyAt, source, "unknown key \"" + key + "\" in a profile; the keys are "
              + "extends and rules" + NearestMatch.among(key, List.of("extends", "rules"))
              .map(s -> "; did you mean \"" + s + "\"?").orElse(""));
        }
      }
      Map<String, Optional<Severity>> all = new LinkedHashMap<>(profile.overrides);
      all.putAll(rules);
      return new Profile(source, profile.base, ImmutableMap.copyOf(all));
    } catch (IOException e) {
      String at = "";
      String detail = String.valueOf(e.getMessage());
      if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
        at = ":" + (m.getProblemMark().getLine() + 1) + ":" + (m.getProblemMark().getColumn() + 1);
        detail = String.valueOf(m.getProblem());
      }
      throw new IllegalArgumentException(source + at + ": this is not valid YAML: "
          + detail.lines().findFirst().orElse(""), e);
    }
  }

  /**
   * Refuses a key given twice, as the formulation reader does: YAML would quietly keep the
   * last, and a council's choice written first would be lost without a word.
   */
  private static void notRepeated(Map<String, JsonLocation> seen, String key, JsonLocation at,
      String source) {
    JsonLocation first = seen.putIfAbsent(key, at);
    if (first != null) {
      throw located(at, source, "the key \"" + key + "\" is given twice; it was first given on "
          + "line " + first.getLineNr() + ", column " + first.getColumnNr()
          + "; keep one of them");
    }
  }

  private static Optional<Severity> severity(JsonParser p, String source) throws IOException {
    String text = p.getText().toLowerCase(Locale.ROOT);
    if (text.equals("off")) {
      return Optional.empty();
    }
    for (Severity s : Severity.values()) {
      if (s.name().toLowerCase(Locale.ROOT).equals(text)) {
        return Optional.of(s);
      }
    }
    throw located(p, source, "\"" + p.getText() + "\" is not a severity; use error, warning,"
        + " info or off" + NearestMatch.among(text, List.of("error", "warning", "info", "off"))
        .map(s -> "; did you mean \"" + s + "\"?").orElse(""));
  }

  private static void expect(JsonParser p, JsonToken found, JsonToken wanted, String source,
      String noun) {
    if (found != wanted) {
      throw located(p, source, "expected " + noun);
    }
  }

  private static IllegalArgumentException located(JsonParser p, String source, String message) {
    return located(p.currentTokenLocation(), source, message);
  }

  private static IllegalArgumentException located(JsonLocation at, String source, String message) {
    return new IllegalArgumentException(
        source + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + message);
  }

  @Override
  public String toString() {
    return "Profile{" + name + (overrides.isEmpty() ? "" : ", " + overrides) + "}";
  }
}
