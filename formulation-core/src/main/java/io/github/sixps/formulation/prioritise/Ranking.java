package io.github.sixps.formulation.prioritise;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;

/**
 * The perpetuating factors of one formulation in rank order, each once, with the first few marked
 * as the top ones to focus the plan on. Made by {@link Prioritiser#rank}; immutable and safe to
 * share between threads.
 *
 * <pre>{@code
 * Ranking ranking = Prioritiser.standard().rank(formulation);
 * for (RankedFactor r : ranking.factors()) {
 *   System.out.println(r.rank() + "  " + r.id() + "  " + r.explanation());
 * }
 * boolean focus = ranking.isTop("M3");
 * }</pre>
 */
public final class Ranking {
  private final ImmutableList<RankedFactor> factors;
  private final int topCount;
  // The first factor with each id in file order, as Formulation.find picks it.
  private final ImmutableMap<String, RankedFactor> byId;

  Ranking(ImmutableList<RankedFactor> factors, ImmutableMap<String, RankedFactor> byId,
      int topCount) {
    this.factors = factors;
    this.byId = byId;
    this.topCount = topCount;
  }

  /** {@return every perpetuating factor once, first-ranked first} */
  public List<RankedFactor> factors() {
    return factors;
  }

  /**
   * {@return the top factors, the ones the plan should focus on} They are the first ones, as many
   * as the prioritiser's top count, or all if there are fewer.
   */
  public List<RankedFactor> top() {
    return factors.subList(0, Math.min(topCount, factors.size()));
  }

  /** {@return how many factors count as top, as the prioritiser was set up} */
  public int topCount() {
    return topCount;
  }

  /**
   * The rank of the perpetuating factor with this id, if there is one. When a draft repeats an id,
   * this is the rank of the first factor with it in file order.
   *
   * @param id a perpetuating factor's id, such as {@code "M1"}
   * @return its rank, from 1, or empty if no perpetuating factor has that id
   */
  public Optional<Integer> rankOf(String id) {
    return Optional.ofNullable(byId.get(checkNotNull(id, "id must not be null")))
        .map(RankedFactor::rank);
  }

  /**
   * Whether the perpetuating factor with this id, as {@link #rankOf} finds it, is in the top.
   *
   * @param id a perpetuating factor's id, such as {@code "M1"}
   * @return whether it is among the top factors; false if no perpetuating factor has that id
   */
  public boolean isTop(String id) {
    return rankOf(id).map(rank -> rank <= topCount).orElse(false);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Ranking)) {
      return false;
    }
    Ranking other = (Ranking) o;
    return topCount == other.topCount && factors.equals(other.factors);
  }

  @Override
  public int hashCode() {
    return 31 * factors.hashCode() + topCount;
  }

  /** The ids in rank order and the top count, such as {@code Ranking{ids=[M1, M4], top=3}}. */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Ranking")
        .add("ids", factors.stream().map(RankedFactor::id).collect(ImmutableList.toImmutableList()))
        .add("top", topCount)
        .toString();
  }
}
