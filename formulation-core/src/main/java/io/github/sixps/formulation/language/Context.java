package io.github.sixps.formulation.language;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * When a lexicon phrase counts, told by the words around it: a word such as {@code contact} is
 * jargon in {@code supervised contact} and {@code contact with her dad}, but not in
 * {@code eye contact} or {@code contact details}.
 *
 * <pre>{@code
 * Context contact = Context.of(
 *     List.of(Neighbours.parse("supervised|weekly _"), Neighbours.parse("_ with [her|his] mum|dad")),
 *     List.of(Neighbours.parse("eye _"), Neighbours.parse("_ details|number")));
 * }</pre>
 *
 * <p>A phrase counts where at least one of the {@link #when()} neighbours is around it (or
 * anywhere, if there are none), and none of the {@link #unless()} neighbours is. So
 * {@code unless} wins: {@code "no contact details"} is not jargon even though {@code "no _"}
 * is a {@code when}. The {@linkplain #ANY default} has neither: the phrase counts wherever it
 * is found.
 *
 * @param when neighbours of which at least one must be around the phrase; if empty, any place
 *     will do
 * @param unless neighbours none of which may be around the phrase
 */
public record Context(List<Neighbours> when, List<Neighbours> unless) {
  /** No conditions: the phrase counts wherever it is found. */
  public static final Context ANY = new Context(ImmutableList.of(), ImmutableList.of());

  /**
   * Checks that neither list is null nor holds null.
   *
   * @param when neighbours of which at least one must be around the phrase; if empty, any place
   *     will do
   * @param unless neighbours none of which may be around the phrase
   * @throws NullPointerException if a list is null or holds null
   */
  public Context {
    when = ImmutableList.copyOf(Preconditions.checkNotNull(when, "when"));
    unless = ImmutableList.copyOf(Preconditions.checkNotNull(unless, "unless"));
  }

  /**
   * A context of the given neighbours.
   *
   * @param when neighbours of which at least one must be around the phrase; if empty, any place
   *     will do
   * @param unless neighbours none of which may be around the phrase
   * @return the context
   */
  public static Context of(List<Neighbours> when, List<Neighbours> unless) {
    Preconditions.checkNotNull(when, "when");
    Preconditions.checkNotNull(unless, "unless");
    return new Context(ImmutableList.copyOf(when), ImmutableList.copyOf(unless));
  }

  /**
   * A context from patterns, each read by {@link Neighbours#parse(String, Map)}.
   *
   * @param when patterns of which at least one must match around the phrase; if empty, any
   *     place will do
   * @param unless patterns none of which may match around the phrase
   * @param wordSets the word sets the patterns may name with {@code @name}
   * @return the context
   * @throws IllegalArgumentException if a pattern is malformed or names a set not given
   */
  public static Context parse(List<String> when, List<String> unless,
      Map<String, ? extends Collection<String>> wordSets) {
    Preconditions.checkNotNull(when, "when");
    Preconditions.checkNotNull(unless, "unless");
    return new Context(
        when.stream().map(p -> Neighbours.parse(p, wordSets)).collect(ImmutableList.toImmutableList()),
        unless.stream().map(p -> Neighbours.parse(p, wordSets))
            .collect(ImmutableList.toImmutableList()));
  }

  /** {@return whether this context has no conditions, so the phrase counts wherever it is} */
  public boolean isAny() {
    return when.isEmpty() && unless.isEmpty();
  }

  /** Whether a phrase found on words {@code first..last} of {@code words} counts here. */
  boolean holds(Words words, int first, int last) {
    if (isAny()) {
      return true;
    }
    for (Neighbours n : unless) {
      if (n.matchAround(words, first, last)) {
        return false;
      }
    }
    if (when.isEmpty()) {
      return true;
    }
    for (Neighbours n : when) {
      if (n.matchAround(words, first, last)) {
        return true;
      }
    }
    return false;
  }

  /** The conditions in one line: {@code when [supervised _], unless [eye _]}, or {@code any}. */
  @Override
  public String toString() {
    if (isAny()) {
      return "any";
    }
    return (when.isEmpty() ? "" : "when " + when + (unless.isEmpty() ? "" : ", "))
        + (unless.isEmpty() ? "" : "unless " + unless);
  }
}
