package io.github.sixps.formulation.language;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that must stand next to a lexicon phrase, written as a pattern in which {@code _} is the
 * phrase: {@code "supervised _"}, {@code "_ with [her|his] @family"}, {@code "eye _"}. A
 * {@link Context} uses them to say when a phrase counts and when it does not.
 *
 * <pre>{@code
 * Map<String, List<String>> sets = Map.of("family", List.of("mum", "dad", "nan"));
 * Neighbours withFamily = Neighbours.parse("_ with [her|his|their] @family", sets);
 * }</pre>
 *
 * <p>A pattern is made of slots separated by spaces, and exactly one {@code _}. Each slot is one
 * word of the text:
 *
 * <ul>
 *   <li>a word, such as {@code supervised}, found without regard to case. A word of three letters
 *       or more is also found in its other forms ({@code take} finds {@code took} and
 *       {@code taking}, {@code mum} finds {@code mum's}); a shorter one only as written
 *       ({@code a}, {@code in}, {@code to}), except the forms of common irregular verbs
 *       ({@code be} finds {@code is}, {@code was}, {@code been});
 *   <li>{@code @name}: any word of the named set, in the same forms;
 *   <li>{@code *}: any word at all;
 *   <li>choices separated by {@code |}: {@code her|his|@family};
 *   <li>any of these in square brackets, to make the slot optional: {@code [the]},
 *       {@code [her|his]}.
 * </ul>
 *
 * <p>Slots before the {@code _} must come, in order, right before the phrase, and slots after it
 * right after: the words must follow on, as the words of a phrase do (spaces and hyphens between
 * them, not commas or full stops), though an aside set off by commas, dashes or brackets may lie
 * between ({@code "contact, which Dad asked for, took place"}). Neighbours are immutable.
 */
public final class Neighbours {
  /**
   * One word of a pattern: the forms it accepts (none for any word), whether it may be left out,
   * and a word it accepts, for examples.
   */
  record Slot(ImmutableSet<String> forms, boolean optional, String example) {
    boolean accepts(String key) {
      return forms.isEmpty() || forms.contains(key.toLowerCase(Locale.ROOT));
    }
  }

  private final String pattern;
  /** The slots before the phrase, nearest first. */
  private final ImmutableList<Slot> before;
  /** The slots after the phrase, nearest first. */
  private final ImmutableList<Slot> after;

  private Neighbours(String pattern, ImmutableList<Slot> before, ImmutableList<Slot> after) {
    this.pattern = pattern;
    this.before = before;
    this.after = after;
  }

  /**
   * A pattern with no word sets.
   *
   * @param pattern the pattern, such as {@code "eye _"} or {@code "_ details|number"}
   * @return the neighbours it describes
   * @throws IllegalArgumentException if the pattern is malformed or names a word set
   */
  public static Neighbours parse(String pattern) {
    return parse(pattern, ImmutableMap.of());
  }

  /**
   * A pattern whose {@code @name} slots are words of the given sets.
   *
   * @param pattern the pattern, such as {@code "_ with [her|his] @family"}
   * @param wordSets word sets by name (without the {@code @}), each a list of words
   * @return the neighbours it describes
   * @throws IllegalArgumentException if the pattern is malformed or names a set not given
   */
  public static Neighbours parse(String pattern,
      Map<String, ? extends Collection<String>> wordSets) {
    Preconditions.checkNotNull(pattern, "pattern");
    Preconditions.checkNotNull(wordSets, "wordSets");
    String written = pattern.strip().replaceAll("\\s+", " ");
    ImmutableList.Builder<Slot> before = ImmutableList.builder();
    ImmutableList.Builder<Slot> after = ImmutableList.builder();
    boolean seenPhrase = false;
    for (String token : written.isEmpty() ? new String[0] : written.split(" ")) {
      if (token.equals("_")) {
        Preconditions.checkArgument(
            !seenPhrase, "pattern has more than one _: \"%s\"", pattern);
        seenPhrase = true;
        continue;
      }
      Slot slot = slot(token, pattern, wordSets);
      (seenPhrase ? after : before).add(slot);
    }
    Preconditions.checkArgument(seenPhrase,
        "pattern must have a _ where the phrase stands: \"%s\"", pattern);
    ImmutableList<Slot> b = before.build().reverse();
    ImmutableList<Slot> a = after.build();
    Preconditions.checkArgument(
        !(b.isEmpty() && a.isEmpty()), "pattern must have a word beside the _: \"%s\"", pattern);
    Preconditions.checkArgument(
        !(b.stream().allMatch(Slot::optional) && a.stream().allMatch(Slot::optional)),
        "pattern must have a word that is not optional: \"%s\"", pattern);
    return new Neighbours(written, b, a);
  }

  private static Slot slot(String token, String pattern,
      Map<String, ? extends Collection<String>> wordSets) {
    boolean optional = token.startsWith("[") && token.endsWith("]") && token.length() > 2;
    String body = optional ? token.substring(1, token.length() - 1) : token;
    Set<String> forms = new LinkedHashSet<>();
    boolean any = false;
    String example = null;
    for (String choice : body.split("\\|", -1)) {
      if (choice.equals("*")) {
        any = true;
        example = example == null ? "something" : example;
      } else if (choice.startsWith("@")) {
        String name = choice.substring(1);
        Collection<String> words = wordSets.get(name);
        Preconditions.checkArgument(words != null, "pattern \"%s\" names the word set @%s,"
            + " which is not given; the sets are %s", pattern, name, wordSets.keySet());
        Preconditions.checkArgument(!words.isEmpty(),
            "pattern \"%s\" names the word set @%s, which has no words", pattern, name);
        for (String word : words) {
          addForms(word, forms, pattern);
          example = example == null ? word : example;
        }
      } else {
        addForms(choice, forms, pattern);
        example = example == null ? choice : example;
      }
    }
    return new Slot(any ? ImmutableSet.of() : ImmutableSet.copyOf(forms), optional, example);
  }

  private static void addForms(String word, Set<String> forms, String pattern) {
    Words words = Words.of(word);
    Preconditions.checkArgument(
        words.size() == 1 && words.start(0) == 0 && words.end(0) == word.length(),
        "pattern \"%s\" has \"%s\" where a word, @set, * or [optional] slot belongs",
        pattern, word);
    forms.addAll(WordForms.patternForms(words.key(0).toLowerCase(Locale.ROOT)));
  }

  /**
   * A short text in which these neighbours stand around {@code phrase}: the first choice of each
   * slot that is not optional, such as {@code "supervised contact"} for {@code "supervised _"}.
   */
  String around(String phrase) {
    StringBuilder text = new StringBuilder();
    for (Slot slot : before.reverse()) {
      if (!slot.optional()) {
        text.append(slot.example()).append(' ');
      }
    }
    text.append(phrase);
    for (Slot slot : after) {
      if (!slot.optional()) {
        text.append(' ').append(slot.example());
      }
    }
    return text.toString();
  }

  /** Whether the text has these neighbours around the phrase on words {@code first..last}. */
  boolean matchAround(Words words, int first, int last) {
    return matches(words, after, 0, words.next(last), true)
        && matches(words, before, 0, words.previous(first), false);
  }

  /**
   * Whether {@code slots} from {@code index} on match, the first of them at one of
   * {@code candidates} (word numbers, -1 for none), walking forwards or backwards.
   */
  private static boolean matches(Words words, ImmutableList<Slot> slots, int index,
      int[] candidates, boolean forwards) {
    if (index == slots.size()) {
      return true;
    }
    Slot slot = slots.get(index);
    if (slot.optional() && matches(words, slots, index + 1, candidates, forwards)) {
      return true;
    }
    for (int k : candidates) {
      if (k >= 0 && slot.accepts(words.key(k))
          && matches(words, slots, index + 1,
              forwards ? words.next(k) : words.previous(k), forwards)) {
        return true;
      }
    }
    return false;
  }

  /** {@return the pattern as written, with runs of spaces made single} */
  public String pattern() {
    return pattern;
  }

  /** Whether {@code o} is neighbours with the same slots, accepting the same words. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Neighbours other && before.equals(other.before)
        && after.equals(other.after);
  }

  @Override
  public int hashCode() {
    return before.hashCode() * 31 + after.hashCode();
  }

  /** {@return the pattern as written} */
  @Override
  public String toString() {
    return pattern;
  }
}
