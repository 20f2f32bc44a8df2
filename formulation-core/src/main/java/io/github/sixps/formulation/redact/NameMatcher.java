package io.github.sixps.formulation.redact;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names of a formulation's people and contributors in text and replaces each with its
 * owner's placeholder.
 *
 * <p>Each owner is known by every form a writer is likely to use: the full name, and each word of
 * it on its own (the first name alone, the surname alone, each half of a hyphenated surname).
 * Matching ignores case, treats straight and curly apostrophes alike and any run of spaces as one,
 * and takes whole words only, where a word is a run of letters, marks and digits in any script; so
 * {@code Amira's} and {@code AMIRA} are found and {@code Amiral} is not. A title just before a name
 * ({@code Mr Okafor}, {@code Dr. Lloyd}) goes with it. Longer forms are tried first, so
 * {@code Jo Blake} is replaced as a whole rather than word by word.
 *
 * <p>Names win over ordinary words: a person called Dawn makes every {@code dawn} a placeholder.
 * Safety comes before style here.
 */
final class NameMatcher {
  /** Titles that may stand before a name, and go with it when they do. */
  static final ImmutableSet<String> TITLES =
      ImmutableSet.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev");

  private static final String WORD_CHAR = "\\p{L}\\p{M}\\p{N}";
  private static final String APOSTROPHES = "'\u2019\u02BC\u2018";
  private static final String HYPHENS = "-\u2010\u2011";

  /** One form of one owner's name. */
  private record Form(String key, String text, String replacement, boolean full, int owner) {}

  private final Pattern pattern;
  private final Map<String, String> replacements;
  private final Map<String, ImmutableList<String>> shared;

  private NameMatcher(
      Pattern pattern, Map<String, String> replacements, Map<String, ImmutableList<String>> shared) {
    this.pattern = pattern;
    this.replacements = replacements;
    this.shared = shared;
  }

  /** Collects the owners of names, in order of precedence. */
  static final class Builder {
    private final List<Form> forms = new ArrayList<>();
    private int owners;

    /** Adds a person or contributor: their full name and each word of it. */
    Builder addName(String name, String placeholder) {
      int owner = owners++;
      String full = clean(name);
      if (full.isEmpty()) {
        return this;
      }
      add(full, placeholder, true, owner);
      for (String word : words(full)) {
        add(word, placeholder, false, owner);
      }
      return this;
    }

    /** Adds a phrase, such as an agency's name, replaced only as a whole. */
    Builder addPhrase(String phrase, String replacement) {
      String full = clean(phrase);
      if (!full.isEmpty()) {
        add(full, replacement, true, owners++);
      }
      return this;
    }

    private void add(String text, String replacement, boolean full, int owner) {
      forms.add(new Form(key(text), text, replacement, full, owner));
      // Case-insensitive matching folds one character at a time, which misses ß and SS and their
      // like; the whole word in upper and lower case covers those.
      for (String variant : List.of(
          text.toUpperCase(Locale.ROOT), text.toLowerCase(Locale.ROOT))) {
        if (!key(variant).equals(key(text))) {
          forms.add(new Form(key(variant), variant, replacement, full, owner));
        }
      }
    }

    NameMatcher build() {
      // Who a form stands for: a full name before a word of one, then the owner added first.
      List<Form> ordered = new ArrayList<>(forms);
      ordered.sort(Comparator.comparing((Form f) -> !f.full()).thenComparingInt(Form::owner));
      Map<String, String> replacements = new LinkedHashMap<>();
      Map<String, Set<String>> owners = new LinkedHashMap<>();
      Map<String, String> patterns = new LinkedHashMap<>();
      for (Form f : ordered) {
        replacements.putIfAbsent(f.key(), f.replacement());
        owners.computeIfAbsent(f.key(), k -> new LinkedHashSet<>()).add(f.replacement());
        patterns.putIfAbsent(regexOf(f.text()), f.text());
      }
      Map<String, ImmutableList<String>> shared = new LinkedHashMap<>();
      owners.forEach((key, who) -> {
        if (who.size() > 1) {
          shared.put(key, ImmutableList.copyOf(who));
        }
      });
      if (patterns.isEmpty()) {
        return new NameMatcher(null, replacements, shared);
      }
      List<Map.Entry<String, String>> alternatives = new ArrayList<>(patterns.entrySet());
      // Longest first, so that "Jo Blake" wins over "Jo"; then by text, so the same names always
      // make the same pattern.
      alternatives.sort(Comparator
          .comparingInt((Map.Entry<String, String> e) -> -e.getValue().length())
          .thenComparing(Map.Entry::getValue));
      StringBuilder names = new StringBuilder();
      for (Map.Entry<String, String> e : alternatives) {
        names.append(names.length() == 0 ? "" : "|").append(e.getKey());
      }
      String titles = String.join("|", TITLES);
      Pattern pattern = Pattern.compile(
          "(?<![" + WORD_CHAR + "])(?:(?:" + titles + ")\\.?\\s+)?(" + names + ")(?![" + WORD_CHAR
              + "])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      return new NameMatcher(pattern, replacements, shared);
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * The text with every name replaced. {@code onShared} hears of each replaced name that more
   * than one owner shares: the placeholder used and all the placeholders it could have been.
   */
  String replace(String text, BiConsumer<String, List<String>> onShared) {
    return replace(text, UnaryOperator.identity(), onShared);
  }

  /** The text with every name replaced by its placeholder in the given form, such as kebab case. */
  String replace(
      String text, UnaryOperator<String> form, BiConsumer<String, List<String>> onShared) {
    String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
    if (pattern == null) {
      return normalised;
    }
    Matcher m = pattern.matcher(normalised);
    StringBuilder out = new StringBuilder(normalised.length());
    int last = 0;
    while (m.find()) {
      String key = key(m.group(1));
      // A form found by case folding that its key does not reach (rare: ligatures, special
      // casings) is still a name; it gets a neutral word rather than staying.
      String replacement = replacements.getOrDefault(key, "someone");
      out.append(normalised, last, m.start()).append(form.apply(replacement));
      last = m.end();
      ImmutableList<String> who = shared.get(key);
      if (who != null) {
        onShared.accept(replacement, who);
      }
    }
    return out.append(normalised, last, normalised.length()).toString();
  }

  /** The replacement for the first name found in the text, if any. */
  Optional<String> firstReplacementIn(String text) {
    if (pattern == null) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
    return m.find()
        ? Optional.of(replacements.getOrDefault(key(m.group(1)), "someone"))
        : Optional.empty();
  }

  /** Whether any name is found in the text. */
  boolean findsIn(String text) {
    return pattern != null
        && pattern.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).find();
  }

  /** The name, normalised and trimmed, with runs of space made one. */
  static String clean(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
  }

  /**
   * The shorter forms of a name: each word alone, titles and single letters left out (an initial
   * is not a name alone), each half of a hyphenated word, and each run of two or more words, so
   * that a surname of several words ({@code Ó Briain}, {@code van der Berg}) goes as a whole.
   */
  static List<String> words(String name) {
    List<String> tokens = new ArrayList<>();
    for (String word : name.split("\\s+")) {
      String bare = word.replaceAll("^[^" + WORD_CHAR + "]+|[^" + WORD_CHAR + "]+$", "");
      if (!bare.isEmpty() && !TITLES.contains(bare.toLowerCase(Locale.ROOT))) {
        tokens.add(bare);
      }
    }
    List<String> words = new ArrayList<>();
    for (String token : tokens) {
      if (token.codePointCount(0, token.length()) >= 2) {
        words.add(token);
      }
      String[] parts = token.split("[" + HYPHENS + "]");
      if (parts.length > 1) {
        for (String part : parts) {
          if (part.codePointCount(0, part.length()) >= 2) {
            words.add(part);
          }
        }
      }
    }
    for (int from = 0; from < tokens.size(); from++) {
      for (int to = from + 2; to <= tokens.size(); to++) {
        words.add(String.join(" ", tokens.subList(from, to)));
      }
    }
    return words;
  }

  /** How forms are compared: lower case, one kind of apostrophe, hyphens and spaces alike. */
  static String key(String text) {
    return clean(text).toLowerCase(Locale.ROOT)
        .replaceAll("[" + APOSTROPHES + "]", "'")
        .replaceAll("[" + HYPHENS + "\\s]+", " ");
  }

  /** A pattern for one form: apostrophes of any kind, hyphens or spaces where it has either. */
  private static String regexOf(String text) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    text.codePoints().forEach(cp -> {
      String separator = null;
      if (APOSTROPHES.indexOf(cp) >= 0) {
        separator = "[" + APOSTROPHES + "]";
      } else if (HYPHENS.indexOf(cp) >= 0 || Character.isWhitespace(cp)) {
        separator = "[" + HYPHENS + "\\s]+";
      }
      if (separator == null) {
        literal.appendCodePoint(cp);
      } else {
        if (literal.length() > 0) {
          regex.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        regex.append(separator);
      }
    });
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
    }
    return regex.toString();
  }
}
