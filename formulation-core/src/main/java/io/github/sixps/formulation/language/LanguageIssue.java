package io.github.sixps.formulation.language;

import com.google.common.base.Preconditions;
import java.util.Locale;

/**
 * One place in a text where a lexicon entry matched.
 *
 * <p>{@code matched} is exactly the text between {@code start} (inclusive) and {@code end}
 * (exclusive), as written, so a form can highlight it: {@code text.substring(start, end)}.
 * Offsets count UTF-16 {@code char}s, like {@link String#substring(int, int)}.
 *
 * @param entry the lexicon entry that matched, with its plainer alternative and note
 * @param matched the text that matched, as written: {@code failing to engage} for the entry
 *     {@code fail to engage}
 * @param start where the match starts in the text
 * @param end where the match ends in the text
 */
public record LanguageIssue(LexiconEntry entry, String matched, int start, int end) {
  /**
   * Checks that no argument is null and that the offsets fit the matched text.
   *
   * @param entry the lexicon entry that matched, with its plainer alternative and note
   * @param matched the text that matched, as written: {@code failing to engage} for the entry
   *     {@code fail to engage}
   * @param start where the match starts in the text
   * @param end where the match ends in the text
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code start} is negative or {@code end - start} is not the
   *     length of {@code matched}
   */
  public LanguageIssue {
    Preconditions.checkNotNull(entry, "entry");
    Preconditions.checkNotNull(matched, "matched");
    Preconditions.checkArgument(start >= 0, "start must not be negative: %s", start);
    Preconditions.checkArgument(
        end - start == matched.length(),
        "end - start must be the length of matched: %s - %s for \"%s\"", end, start, matched);
  }

  /** The issue in one line: {@code jargon "placements" at 12-22: try home, or where ... lives}. */
  @Override
  public String toString() {
    return entry.kind().name().toLowerCase(Locale.ROOT) + " \"" + matched + "\" at "
        + start + "-" + end + ": try " + entry.alternative();
  }
}
