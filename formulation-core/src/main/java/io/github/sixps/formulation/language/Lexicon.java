package io.github.sixps.formulation.language;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words and phrases to avoid, each with a plainer alternative: an immutable list of
 * {@link LexiconEntry}s with at most one entry per phrase.
 *
 * <pre>{@code
 * Lexicon ours = Lexicon.standard()
 *     .with(LexiconEntry.of("FSP", LexiconKind.ACRONYM, "family support plan"))
 *     .without("robust");
 * PlainLanguage checker = PlainLanguage.of(ours);
 * }</pre>
 *
 * <p>The {@linkplain #standard() standard lexicon} is kept as data, in the resource
 * {@code lexicon.yaml} beside this class, and covers UK children's services: the initials of
 * meetings, plans and teams; words of the trade; and phrases that describe children and families
 * by a shortcoming or put the blame on them. Its alternatives and notes are written for this
 * project.
 *
 * <p>A phrase is identified by its exact text. Entries keep their order, which decides between
 * two entries that match the very same words (the earlier one wins).
 */
public final class Lexicon {
  private static final String RESOURCE = "lexicon.yaml";
  private static final Lexicon EMPTY = new Lexicon(ImmutableList.of());

  private final ImmutableList<LexiconEntry> entries;

  private Lexicon(ImmutableList<LexiconEntry> entries) {
    this.entries = entries;
  }

  /**
   * The lexicon the project ships: UK children's services jargon, acronyms and deficit phrases.
   * Read once from the resource {@code /io/github/sixps/formulation/language/lexicon.yaml}.
   *
   * @return the standard lexicon, the same instance every time
   */
  public static Lexicon standard() {
    return Standard.LEXICON;
  }

  /**
   * A lexicon of the given entries, in their order.
   *
   * @param entries the entries, in the order that decides between two that match the same words
   * @return the lexicon
   * @throws IllegalArgumentException if two entries have the same phrase
   */
  public static Lexicon of(Collection<LexiconEntry> entries) {
    Preconditions.checkNotNull(entries, "entries");
    Map<String, LexiconEntry> byPhrase = new LinkedHashMap<>();
    int index = 0;
    for (LexiconEntry entry : entries) {
      Preconditions.checkNotNull(entry, "entries[%s]", index);
      LexiconEntry earlier = byPhrase.putIfAbsent(entry.phrase(), entry);
      Preconditions.checkArgument(
          earlier == null, "entries has the phrase \"%s\" more than once", entry.phrase());
      index++;
    }
    return new Lexicon(ImmutableList.copyOf(byPhrase.values()));
  }

  /** {@return a lexicon with no entries, to build a lexicon of one's own from} */
  public static Lexicon empty() {
    return EMPTY;
  }

  /** {@return the entries, in order} */
  public List<LexiconEntry> entries() {
    return entries;
  }

  /**
   * The entry for exactly this phrase, if there is one.
   *
   * @param phrase the phrase as written in its entry, such as {@code fail to engage}
   * @return the entry, or empty if the lexicon has none for that phrase
   */
  public Optional<LexiconEntry> entry(String phrase) {
    Preconditions.checkNotNull(phrase, "phrase");
    return entries.stream().filter(e -> e.phrase().equals(phrase)).findFirst();
  }

  /** {@return how many entries there are} */
  public int size() {
    return entries.size();
  }

  /**
   * This lexicon with the given entries added. An entry whose phrase is already in the lexicon
   * replaces the old one in its place, so a council can give its own alternative for a phrase.
   *
   * @param entries the entries to add or put in place of those with the same phrase
   * @return a new lexicon; this one is unchanged
   */
  public Lexicon with(LexiconEntry... entries) {
    Preconditions.checkNotNull(entries, "entries");
    return withAll(Arrays.asList(entries));
  }

  /**
   * This lexicon with the given entries added, in order. An entry whose phrase is already in the
   * lexicon replaces the old one in its place.
   *
   * @param entries the entries to add or put in place of those with the same phrase
   * @return a new lexicon; this one is unchanged
   */
  public Lexicon withAll(Collection<LexiconEntry> entries) {
    Preconditions.checkNotNull(entries, "entries");
    Map<String, LexiconEntry> byPhrase = new LinkedHashMap<>();
    for (LexiconEntry entry : this.entries) {
      byPhrase.put(entry.phrase(), entry);
    }
    int index = 0;
    for (LexiconEntry entry : entries) {
      Preconditions.checkNotNull(entry, "entries[%s]", index);
      byPhrase.put(entry.phrase(), entry);
      index++;
    }
    return new Lexicon(ImmutableList.copyOf(byPhrase.values()));
  }

  /**
   * This lexicon without the entry for exactly this phrase; the same lexicon if it has none (see
   * {@link #entry(String)} to check first).
   *
   * @param phrase the phrase as written in its entry, such as {@code robust}
   * @return a lexicon without that entry; this one is unchanged
   */
  public Lexicon without(String phrase) {
    Preconditions.checkNotNull(phrase, "phrase");
    if (entry(phrase).isEmpty()) {
      return this;
    }
    return new Lexicon(entries.stream()
        .filter(e -> !e.phrase().equals(phrase))
        .collect(ImmutableList.toImmutableList()));
  }

  /** Whether {@code o} is a lexicon with the same entries in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Lexicon other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /** The size and the first few phrases, for debugging: {@code Lexicon[112: CIN, CP, ...]}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Lexicon[").append(entries.size());
    for (int i = 0; i < Math.min(3, entries.size()); i++) {
      s.append(i == 0 ? ": " : ", ").append(entries.get(i).phrase());
    }
    return s.append(entries.size() > 3 ? ", ...]" : "]").toString();
  }

  /** Loaded on first use, so that a caller with its own lexicon never reads the resource. */
  private static final class Standard {
    static final Lexicon LEXICON = load();

    private static Lexicon load() {
      try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("The resource " + RESOURCE + " is missing");
        }
        return of(LexiconFile.read(in, RESOURCE));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the resource " + RESOURCE, e);
      }
    }
  }
}
