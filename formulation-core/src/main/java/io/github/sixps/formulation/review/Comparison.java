package io.github.sixps.formulation.review;

import static io.github.sixps.formulation.review.Quotation.oneLine;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Formulation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Works out the changes between two versions of a formulation for {@link FormulationDiff}: items
 * matched by id across the whole formulation, by position where an id is blank or repeated, then
 * compared field by field.
 *
 * <p>The sentences are written for a supervisor reading them cold, in an email or on a screen:
 * people by name rather than by id, a long text that was reworded shown by the words that
 * changed, a review by its scores against the ones before.
 *
 * <p>One comparison holds the two versions and the changes found so far; each part of the
 * formulation is compared by a class of its own ({@link HeaderChanges}, {@link ItemChanges},
 * {@link ChildsVoiceChanges}, {@link HypothesisChanges}, {@link ReviewChanges}).
 */
final class Comparison {
  private final Formulation older;
  private final Formulation newer;
  private final List<Change> changes = new ArrayList<>();

  private Comparison(Formulation older, Formulation newer) {
    this.older = older;
    this.newer = newer;
  }

  static ImmutableList<Change> of(Formulation older, Formulation newer) {
    Comparison c = new Comparison(older, newer);
    HeaderChanges.find(c);
    ItemChanges.find(c);
    FamilyChanges.find(c);
    ChildsVoiceChanges.find(c);
    HypothesisChanges.find(c);
    c.dateChange(Heading.PLAN, "plan.nextReview", "The next review date",
        older.plan().nextReview(), newer.plan().nextReview());
    ReviewChanges.find(c);
    // Stable: within a heading, changes keep the order they were found in.
    return c.changes.stream().sorted(Comparator.comparing(Change::heading))
        .collect(ImmutableList.toImmutableList());
  }

  Formulation older() {
    return older;
  }

  Formulation newer() {
    return newer;
  }

  void change(Change.Kind kind, Heading heading, String path, Optional<String> before,
      Optional<String> after, String description) {
    changes.add(new Change(kind, heading, path, before, after, ended(oneLine(description))));
  }

  /** A change to a field of an item matched in both versions, at {@code key} below its path. */
  void fieldChange(PlacedItem o, PlacedItem n, String key, Optional<String> before,
      Optional<String> after, String description) {
    Change.Kind kind = kindOf(before, after);
    // A removed value is named where it was, so that swapping the versions swaps added and
    // removed without changing a path.
    PlacedItem at = kind == Change.Kind.REMOVED ? o : n;
    change(kind, n.heading(), at.path() + "." + key, before, after, description);
  }

  /** A date that changed: recorded as a file writes it, said as a reader would. */
  void dateChange(Heading heading, String path, String subject, Optional<LocalDate> a,
      Optional<LocalDate> b) {
    if (!a.equals(b)) {
      Optional<String> before = a.map(LocalDate::toString);
      Optional<String> after = b.map(LocalDate::toString);
      change(kindOf(before, after), heading, path, before, after,
          Sentences.sentence(subject, a.map(Sentences::ukDate), b.map(Sentences::ukDate),
              Quotation::plain));
    }
  }

  static Change.Kind kindOf(Optional<String> before, Optional<String> after) {
    return before.isEmpty() ? Change.Kind.ADDED
        : after.isEmpty() ? Change.Kind.REMOVED : Change.Kind.EDITED;
  }

  /**
   * The sentence without a full stop doubled after a quotation that ends one already:
   * {@code a new worry: "Why?".} becomes {@code a new worry: "Why?"}.
   */
  private static String ended(String sentence) {
    int n = sentence.length();
    if (n >= 3 && sentence.endsWith("\".") && ".?!…".indexOf(sentence.charAt(n - 3)) >= 0) {
      return sentence.substring(0, n - 1);
    }
    return sentence;
  }
}
