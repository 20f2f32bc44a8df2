package io.github.sixps.formulation.language;

import com.google.common.base.Preconditions;
import java.util.List;

/**
 * Finds jargon, acronyms and deficit or blaming phrases in text, each with a plainer alternative,
 * and estimates how hard a text is to read.
 *
 * <pre>{@code
 * PlainLanguage plain = PlainLanguage.standard();
 * for (LanguageIssue issue : plain.check("Mum failed to engage with the CIN plan.")) {
 *   // "failed to engage" (deficit), then "CIN" (acronym)
 *   System.out.println(issue.matched() + " -> " + issue.entry().alternative());
 * }
 * }</pre>
 *
 * <p>How text is matched against the {@link Lexicon}:
 *
 * <ul>
 *   <li>Whole words only: {@code CP} is not found in {@code CPU}, nor {@code placement} in
 *       {@code replacement}.
 *   <li>{@linkplain LexiconKind#ACRONYM Acronyms} are matched with regard to case, as written
 *       or in capitals ({@code s47} and {@code S47}), with a plural or possessive {@code s}
 *       ({@code EHCPs}, {@code IRO's}). {@code cin} is not {@code CIN}.
 *   <li>{@linkplain LexiconKind#JARGON Jargon} and {@linkplain LexiconKind#DEFICIT deficit}
 *       phrases are matched without regard to case. Their first word is matched in all its forms
 *       ({@code fails}, {@code failed}, {@code failing to engage}; {@code does not attend} for
 *       {@code did not attend}), later words in their plural and possessive forms
 *       ({@code challenging behaviours}), and British and American spellings alike
 *       ({@code behaviour}, {@code behavior}). See {@link LexiconEntry} for how to write a phrase.
 *   <li>Words of a phrase may be separated by any spaces, line breaks or hyphens, but not by
 *       other punctuation: {@code non-compliant}, {@code non compliant} and
 *       {@code noncompliant} match, {@code non. Compliant} does not. Straight and curly
 *       apostrophes are the same; {@code didn't} reads as {@code did not}. An aside of up to
 *       eight words set off by commas, dashes or brackets may stand between two words of a
 *       phrase: {@code did not, on three occasions, attend} is found, and the match takes in
 *       the aside.
 *   <li>An entry with a {@link Context} counts only where the words around it say so:
 *       {@code contact} in {@code supervised contact} but not in {@code eye contact}. An entry
 *       whose {@link LexiconEntry#forms() forms} are {@link PhraseForms#NOUN} is not found in
 *       the verb forms of its first word ({@code contacted}).
 *   <li>Matches do not overlap. Reading from the start, at each word the longest phrase that
 *       starts there and whose context holds wins ({@code placement breakdown} over
 *       {@code placement}), and reading goes on after it; where two entries match the very same
 *       words, the earlier entry in the lexicon whose context holds wins.
 * </ul>
 *
 * <p>The lexicon is compiled once, when the checker is made: checking then takes time in
 * proportion to the length of the text, whatever the size of the lexicon. A checker is immutable
 * and safe to share between threads; build it once and reuse it.
 */
public final class PlainLanguage {
  private final Lexicon lexicon;
  private final PhraseIndex index;

  private PlainLanguage(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.index = new PhraseIndex(lexicon.entries());
  }

  /**
   * {@return a checker over the {@linkplain Lexicon#standard() standard lexicon}, compiled once}
   */
  public static PlainLanguage standard() {
    return Standard.INSTANCE;
  }

  /**
   * A checker over {@code lexicon}. Compiling it takes a moment: keep and reuse the checker.
   *
   * @param lexicon the words to look for, such as the standard lexicon with a council's own entries
   * @return a checker for that lexicon
   */
  public static PlainLanguage of(Lexicon lexicon) {
    Preconditions.checkNotNull(lexicon, "lexicon");
    return new PlainLanguage(lexicon);
  }

  /** {@return the lexicon this checker looks for} */
  public Lexicon lexicon() {
    return lexicon;
  }

  /**
   * The places in {@code text} where a lexicon entry matches, in text order and without
   * overlaps; empty if none. The list is immutable. Never throws for any text, however long or
   * odd.
   *
   * @param text any text, such as a statement from a formulation
   * @return each match with its entry, where it is and the words as written
   */
  public List<LanguageIssue> check(String text) {
    Preconditions.checkNotNull(text, "text");
    return index.find(text);
  }

  /**
   * How hard {@code text} is to read: see {@link Readability} for the formula.
   *
   * @param text any text, such as a statement from a formulation
   * @return its grade level and the counts behind it
   */
  public Readability readability(String text) {
    Preconditions.checkNotNull(text, "text");
    return Readability.of(text);
  }

  @Override
  public String toString() {
    return "PlainLanguage[" + lexicon.size() + " entries]";
  }

  /** Compiled on first use, so that a caller with its own lexicon never compiles this one. */
  private static final class Standard {
    static final PlainLanguage INSTANCE = new PlainLanguage(Lexicon.standard());
  }
}
