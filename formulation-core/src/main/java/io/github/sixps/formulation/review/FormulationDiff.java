package io.github.sixps.formulation.review;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import io.github.sixps.formulation.model.Formulation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between two versions of a formulation, for outcome-focused supervision: "what
 * changed since the last supervision".
 *
 * <pre>{@code
 * FormulationDiff diff = FormulationDiff.between(lastMonth, today);
 * for (Change c : diff.changes()) {
 *   System.out.println(c.path() + ": " + c.description());
 * }
 * System.out.print(diff.toText());
 * }</pre>
 *
 * <h2>How versions are matched</h2>
 *
 * <ul>
 *   <li>Items (people, contributors, presenting issues, factors, goals, actions) are matched by
 *       id across the whole formulation, so a factor whose id moves from predisposing to
 *       perpetuating has <em>moved</em>, not been removed and added. An item whose id is blank or
 *       used more than once is matched by its position in its list instead.
 *   <li>Matched items are compared field by field: each differing field is one change, such as
 *       {@code plan.actions[A1].status}. A value that is new is <em>added</em>, one that is gone
 *       is <em>removed</em>, one in both that differs is <em>edited</em>, with both values.
 *   <li>The perpetuating factors are ranked in both versions by
 *       {@link io.github.sixps.formulation.prioritise.Prioritiser#standard()}; a factor whose rank
 *       changed has a change at {@code perpetuating[M2].rank}.
 *   <li>The child's voice is matched by child, and each worry, good thing and dream is added or
 *       removed. Reviews, which have no ids, are matched by position.
 * </ul>
 *
 * <p>Swapping the versions swaps what is added and what is removed. The order of items within a
 * list is not a change. A diff is immutable and safe to share between threads.
 */
public final class FormulationDiff {
  private final ImmutableList<Change> changes;
  private final Optional<LocalDate> since;

  private FormulationDiff(ImmutableList<Change> changes, Optional<LocalDate> since) {
    this.changes = changes;
    this.since = since;
  }

  /**
   * The changes from the older version of a formulation to the newer; never fails on drafts. The
   * diff is dated by the older version: see {@link #dateOf(Formulation)}.
   *
   * @param older the earlier version, such as the one from the last supervision
   * @param newer the later version, such as today's
   * @return every change from the older version to the newer
   */
  public static FormulationDiff between(Formulation older, Formulation newer) {
    checkNotNull(older, "older must not be null");
    checkNotNull(newer, "newer must not be null");
    return new FormulationDiff(Comparison.of(older, newer), dateOf(older));
  }

  /**
   * The date a version of a formulation stands at: the date of its latest review, or its
   * formulation date if it has no dated review. Empty when it carries no date at all.
   *
   * @param version one version of a formulation
   * @return the date of its latest dated review, else its formulation date, else empty
   */
  public static Optional<LocalDate> dateOf(Formulation version) {
    checkNotNull(version, "version must not be null");
    Optional<LocalDate> reviewed = version.reviews().stream().map(r -> r.on())
        .flatMap(Optional::stream).max(LocalDate::compareTo);
    return reviewed.or(version::formulatedOn);
  }

  /**
   * The date of the older version, as in "What changed since 23 November 2026"; by default
   * {@link #dateOf(Formulation)} the older version.
   *
   * @return the date in the title, if known
   */
  public Optional<LocalDate> since() {
    return since;
  }

  /**
   * The same changes dated from another day, when the caller knows the older version's date.
   *
   * @param date the day the older version was made or last reviewed
   * @return a diff with the same changes and that date in its title
   */
  public FormulationDiff since(LocalDate date) {
    checkNotNull(date, "date must not be null");
    return new FormulationDiff(changes, Optional.of(date));
  }

  /** {@return every change, heading by heading in {@link Heading} order} */
  public List<Change> changes() {
    return changes;
  }

  /** {@return whether nothing changed} */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * {@return the changes grouped under their headings, in {@link Heading} order} Headings with no
   * change are left out, so every list in the map holds at least one change.
   */
  public Map<Heading, List<Change>> byHeading() {
    ImmutableMap.Builder<Heading, List<Change>> groups = ImmutableMap.builder();
    Multimaps.index(changes, Change::heading).asMap()
        .forEach((heading, group) -> groups.put(heading, ImmutableList.copyOf(group)));
    return groups.build();
  }

  /**
   * The title of these changes: "What changed since 23 November 2026", or "What changed since the
   * earlier version" when the diff has no date.
   *
   * @return the title, such as "What changed since 23 November 2026"
   */
  public String title() {
    return "What changed since "
        + since.map(Sentences::ukDate).orElse("the earlier version");
  }

  /**
   * The changes as plain text for a terminal or an email, headed by the {@link #title()} and
   * grouped under the headings of the formulation, one sentence a line.
   *
   * @return the title, then each heading with one sentence a line, or "Nothing has changed."
   */
  public String toText() {
    StringBuilder s = new StringBuilder();
    s.append(title()).append('\n');
    if (changes.isEmpty()) {
      return s.append('\n').append("Nothing has changed.\n").toString();
    }
    for (Map.Entry<Heading, List<Change>> group : byHeading().entrySet()) {
      s.append('\n').append(group.getKey().label()).append('\n');
      for (Change change : group.getValue()) {
        s.append("- ").append(change.description()).append('\n');
      }
    }
    return s.toString();
  }

  /**
   * The changes as plain text, headed "What changed since" the date given.
   *
   * @param since the date of the older version, for the title
   * @return the title, then each heading with one sentence a line, or "Nothing has changed."
   */
  public String toText(LocalDate since) {
    return since(since).toText();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FormulationDiff && changes.equals(((FormulationDiff) o).changes)
        && since.equals(((FormulationDiff) o).since);
  }

  @Override
  public int hashCode() {
    return Objects.hash(changes, since);
  }

  /** The number of changes and the first few, for debugging. */
  @Override
  public String toString() {
    return "FormulationDiff{" + changes.size() + " changes"
        + (changes.isEmpty() ? "" : ": " + changes.subList(0, Math.min(3, changes.size())))
        + "}";
  }
}
