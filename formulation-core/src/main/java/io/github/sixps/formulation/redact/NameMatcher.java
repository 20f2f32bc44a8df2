package io.github.sixps.formulation.redact;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
 * <p>A name that is also an ordinary English word ({@code Park}, {@code Green}, {@code Will}; see
 * {@link NameUse}) is replaced only where it is used as a name, so that "the park" stays; where
 * that cannot be told, it is kept and reported. Any other name is replaced in any case, since
 * {@code amira} in a note is still Amira. Accents are optional ({@code Lukasz} is {@code Łukasz}),
 * and in scripts written without spaces between words (Chinese, Japanese, Thai) a name is found
 * inside a run of text.
 */
final class NameMatcher {
  /** Titles that may stand before a name, and go with it when they do. */
  static final ImmutableSet<String> TITLES =
      ImmutableSet.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev");

  private static final String WORD_CHAR = "\\p{L}\\p{M}\\p{N}";
  private static final String APOSTROPHES = "'\u2019\u02BC\u2018";
  private static final String HYPHENS = "-\u2010\u2011";

  /** One form of one owner's name; {@code given} when it is the first name alone. */
  private record Form(
      String key, String text, String replacement, boolean full, boolean given, int owner) {}

  /** What a replacement run tells its caller. Each method does nothing unless overridden. */
  interface Found {
    /** A name was replaced by {@code placeholder}. */
    default void replaced(String placeholder) {}

    /** A name that several owners share was replaced by the first of {@code all}. */
    default void shared(String placeholder, List<String> all) {}

    /** A word that may be the name {@code placeholder} stands for, or an ordinary word, was kept. */
    default void unsure(String word, String placeholder) {}
  }

  private final Pattern pattern;
  private final Map<String, String> replacements;
  private final Map<String, ImmutableList<String>> shared;
  private final Set<String> given;
  private final Map<String, String> stems;
  private final Map<String, String> initials;

  private NameMatcher(Pattern pattern, Map<String, String> replacements,
      Map<String, ImmutableList<String>> shared, Set<String> given, Map<String, String> stems,
      Map<String, String> initials) {
    this.pattern = pattern;
    this.replacements = replacements;
    this.shared = shared;
    this.given = given;
    this.stems = stems;
    this.initials = initials;
  }

  /** Collects the owners of names, in order of precedence. */
  static final class Builder {
    private final List<Form> forms = new ArrayList<>();
    private int owners;
    private final Set<Integer> phrases = new HashSet<>();

    /** Adds a person or contributor: their full name and each word of it. */
    Builder addName(String name, String placeholder) {
      int owner = owners++;
      String full = clean(name);
      if (full.isEmpty()) {
        return this;
      }
      add(full, placeholder, true, false, owner);
      List<String> words = words(full);
      for (String word : words) {
        add(word, placeholder, false, word.equals(words.get(0)), owner);
      }
      return this;
    }

    /** Adds a phrase, such as an agency's name, replaced only as a whole. */
    Builder addPhrase(String phrase, String replacement) {
      String full = clean(phrase);
      if (!full.isEmpty()) {
        phrases.add(owners);
        add(full, replacement, true, false, owners++);
      }
      return this;
    }

    private void add(String text, String replacement, boolean full, boolean given, int owner) {
      forms.add(new Form(key(text), text, replacement, full, given, owner));
      // Case-insensitive matching folds one character at a time, which misses ß and SS and their
      // like; the whole word in upper and lower case covers those. Records often drop accents.
      for (String variant : List.of(text.toUpperCase(Locale.ROOT),
          text.toLowerCase(Locale.ROOT), Scripts.withoutAccents(text))) {
        if (!key(variant).equals(key(text))) {
          forms.add(new Form(key(variant), variant, replacement, full, given, owner));
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
      Set<String> given = new HashSet<>();
      Map<String, String> stems = new LinkedHashMap<>();
      Map<String, String> initials = new LinkedHashMap<>();
      for (Form f : ordered) {
        if (f.full() && !phrases.contains(f.owner())) {
          initialsOf(f.text()).ifPresent(i -> initials.putIfAbsent(i, f.replacement()));
        }
        replacements.putIfAbsent(f.key(), f.replacement());
        owners.computeIfAbsent(f.key(), k -> new LinkedHashSet<>()).add(f.replacement());
        patterns.putIfAbsent(regexOf(f.text(), !phrases.contains(f.owner())), f.text());
        if (f.given()) {
          given.add(f.key());
        }
        Inflections.stemOf(f.text()).ifPresent(stem -> stems.putIfAbsent(stem, f.replacement()));
      }
      Map<String, ImmutableList<String>> shared = new LinkedHashMap<>();
      owners.forEach((key, who) -> {
        if (who.size() > 1) {
          shared.put(key, ImmutableList.copyOf(who));
        }
      });
      if (patterns.isEmpty()) {
        return new NameMatcher(null, replacements, shared, given, stems, initials);
      }
      List<Map.Entry<String, String>> alternatives = new ArrayList<>(patterns.entrySet());
      // Longest first, so that "Jo Blake" wins over "Jo"; then by text, so the same names always
      // make the same pattern.
      alternatives.sort(Comparator
          .comparingInt((Map.Entry<String, String> e) -> -e.getValue().length())
          .thenComparing(Map.Entry::getValue));
      StringBuilder names = new StringBuilder();
      for (Map.Entry<String, String> e : alternatives) {
        // In a script written without spaces a name stands inside a run of letters; elsewhere
        // it is a whole word.
        String text = e.getValue();
        boolean inside = Scripts.unspaced(text.codePointAt(0))
            || Scripts.unspaced(text.codePointBefore(text.length()));
        names.append(names.length() == 0 ? "" : "|")
            .append(inside ? "" : "(?<![" + WORD_CHAR + "])")
            .append(e.getKey())
            .append(inside ? "" : "(?![" + WORD_CHAR + "])");
      }
      String titles = String.join("|", TITLES);
      Pattern pattern = Pattern.compile(
          "(?:(?<![" + WORD_CHAR + "])(?:" + titles + ")\\.?\\s+)?(" + names + ")",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      return new NameMatcher(pattern, replacements, shared, given, stems, initials);
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /** The text with every name replaced by its placeholder; {@code found} hears what happened. */
  String replace(String text, Found found) {
    return replace(text, UnaryOperator.identity(), found);
  }

  /** The text with every name replaced by its placeholder in the given form, such as kebab case. */
  String replace(String text, UnaryOperator<String> form, Found found) {
    String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
    if (pattern == null) {
      return normalised;
    }
    Matcher m = pattern.matcher(normalised);
    StringBuilder out = new StringBuilder(normalised.length());
    int last = 0;
    int from = 0;
    while (from <= normalised.length() && m.find(from)) {
      from = m.end() > m.start() ? m.end() : m.end() + 1;
      String key = key(m.group(1));
      // A form found by case folding that its key does not reach (rare: ligatures, special
      // casings) is still a name; it gets a neutral word rather than staying.
      String replacement = replacements.getOrDefault(key, "someone");
      if (NameUse.ordinary(key)) {
        // "I miss park days": only a capital makes "miss" a title; "mrs" is one in any case.
        String title = normalised.substring(m.start(), m.start(1)).strip();
        boolean titled = !title.isEmpty() && (!title.equalsIgnoreCase("miss")
            || Character.isUpperCase(title.codePointAt(0)));
        NameUse.Verdict verdict = NameUse.of(normalised, m.start(1), m.end(1), titled,
            given.contains(key), word -> replacements.containsKey(key(word.replaceAll("['\u2019][sS]$", ""))));
        if (verdict == NameUse.Verdict.UNSURE) {
          found.unsure(m.group(1), replacement);
        }
        if (verdict != NameUse.Verdict.NAME) {
          continue;
        }
      }
      out.append(normalised, last, m.start()).append(form.apply(replacement));
      last = m.end();
      found.replaced(replacement);
      ImmutableList<String> who = shared.get(key);
      if (who != null) {
        found.shared(replacement, who);
      }
    }
    return out.append(normalised, last, normalised.length()).toString();
  }

  /**
   * The placeholder of the first name an id carries, if any: a name as a whole word, or a word of
   * a name of three letters or more anywhere in it, since ids run names together ({@code liwei},
   * {@code jblake2}), or the initials of a whole name as a word of it ({@code hp} for Helen
   * Park). An id wrongly taken for a name only gets a neutral one.
   */
  Optional<String> ownerOfId(String id) {
    Optional<String> whole = firstReplacementIn(id);
    if (whole.isPresent()) {
      return whole;
    }
    String lower = key(Scripts.withoutAccents(id));
    for (String token : lower.split("[^\\p{L}\\p{M}]+")) {
      if (initials.containsKey(token)) {
        return Optional.of(initials.get(token));
      }
    }
    String letters = lower.replaceAll("[^\\p{L}\\p{M}\\p{N}]", "");
    int best = Integer.MAX_VALUE;
    String owner = null;
    for (Map.Entry<String, String> e : replacements.entrySet()) {
      String word = e.getKey();
      if (word.codePointCount(0, word.length()) >= 3 && !word.contains(" ")) {
        int at = letters.indexOf(word);
        if (at >= 0 && at < best) {
          best = at;
          owner = e.getValue();
        }
      }
    }
    return Optional.ofNullable(owner);
  }

  /** "Helen Park" gives {@code hp}; a name of one word gives none. */
  private static Optional<String> initialsOf(String name) {
    List<String> words = new ArrayList<>();
    for (String word : name.split("[\\s" + HYPHENS + "]+")) {
      String bare = word.replaceAll("^[^" + WORD_CHAR + "]+|[^" + WORD_CHAR + "]+$", "");
      if (!bare.isEmpty() && !TITLES.contains(bare.toLowerCase(Locale.ROOT))) {
        words.add(bare);
      }
    }
    if (words.size() < 2) {
      return Optional.empty();
    }
    StringBuilder initials = new StringBuilder();
    words.forEach(w -> initials.appendCodePoint(Character.toLowerCase(w.codePointAt(0))));
    return Optional.of(initials.toString());
  }

  /** Words in the text that look like other forms of a name ({@code Zosią} of {@code Zosia}). */
  List<Inflections.Found> inflectionsIn(String text) {
    return Inflections.find(text, stems, replacements.keySet());
  }

  /** {@return whether the text, as a whole, is a form of a name or phrase this matcher knows} */
  boolean isForm(String text) {
    return replacements.containsKey(key(text));
  }

  /** The replacement for the first name found in the text, if any, used as a name or not. */
  private Optional<String> firstReplacementIn(String text) {
    if (pattern == null) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
    return m.find()
        ? Optional.of(replacements.getOrDefault(key(m.group(1)), "someone"))
        : Optional.empty();
  }

  /** The name, normalised and trimmed, with runs of space made one. */
  static String clean(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
  }

  /**
   * The shorter forms of a name: each word alone, titles and single letters left out (an initial
   * is not a name alone, but one Chinese character is), each half of a hyphenated word, and each run of two or more words, so
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
      // A Chinese surname is one character, and a name for all that.
      if (token.codePointCount(0, token.length()) >= 2 || Scripts.unspaced(token.codePointAt(0))) {
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

  /**
   * A pattern for one form: apostrophes of any kind, hyphens or spaces where it has either. In a
   * name of several words ({@code asName}), a word that is also an ordinary word must start with
   * a capital, so that "she will Öztürk's" is "will" and then a name, not the whole name of Will
   * Öztürk; a phrase (an agency, an id) is found in any case.
   */
  private static String regexOf(String text, boolean asName) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    boolean severalWords = text.codePoints()
        .anyMatch(cp -> HYPHENS.indexOf(cp) >= 0 || Character.isWhitespace(cp));
    Consumer<String> word = w -> {
      if (asName && severalWords && NameUse.ordinary(w)
          && Character.isLetter(w.codePointAt(0))) {
        int first = w.offsetByCodePoints(0, 1);
        regex.append("(?-i:\\p{Lu})");
        if (first < w.length()) {
          regex.append(Pattern.quote(w.substring(first)));
        }
      } else {
        regex.append(Pattern.quote(w));
      }
    };
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
          word.accept(literal.toString());
          literal.setLength(0);
        }
        regex.append(separator);
      }
    });
    if (literal.length() > 0) {
      word.accept(literal.toString());
    }
    return regex.toString();
  }
}
