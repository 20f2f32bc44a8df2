package io.github.sixps.formulation.prioritise;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.PresentingIssue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ranks the perpetuating factors of a formulation, the "what keeps it going" that the plan works
 * on, by a transparent method a practitioner or trainer can follow by hand.
 *
 * <pre>{@code
 * Ranking ranking = Prioritiser.standard().rank(formulation);
 * ranking.top().forEach(r -> System.out.println(r.explanation()));
 *
 * Prioritiser mine = Prioritiser.builder()
 *     .weights(Weights.parse("familyPriority=4"))
 *     .safetyThreshold(4)
 *     .top(2)
 *     .build();
 * }</pre>
 *
 * <h2>The method</h2>
 *
 * <p>Each perpetuating factor may be rated from 1 to 5 on four criteria, each optional:
 * <b>impact</b> (how strongly it keeps the presenting issues going), <b>urgency</b> (the risk of
 * significant harm if it is left), <b>changeability</b> (how realistic change is within the plan)
 * and <b>family priority</b> (how much the family itself wants to change it). Its <b>reach</b> is
 * how many of the formulation's presenting issues it keeps going.
 *
 * <ol>
 *   <li><b>Bands first.</b> A factor whose urgency is at or above the safety threshold (5 unless
 *       set) is <em>safety first</em> and goes above every other factor, whatever its score:
 *       immediate safety is not traded against how changeable or popular something is. A factor
 *       with at least one rating is <em>scored</em>. A factor with no rating at all is <em>not yet
 *       rated</em> and goes after the rest, in the order written, because a missing rating is not
 *       a low one.
 *   <li><b>Then score</b>, within a band: each rating times its weight, plus the reach weight for
 *       each presenting issue (see {@link Weights} for the standard weights and why). A criterion
 *       not rated adds nothing, so a partly rated factor is still scored.
 *   <li><b>Ties</b> go to the factor keeping more presenting issues going, then to the one
 *       written first, so the result depends on the file and the settings and nothing else.
 *   <li><b>Pins.</b> A practitioner may set a factor's rank by hand ({@code priority.pin}, with a
 *       {@code reason}). Pinned factors take their ranks first, in file order; the others fill
 *       the remaining ranks in the order above, closing up around them.
 * </ol>
 *
 * <h2>Drafts</h2>
 *
 * <p>A formulation may be a draft, and ranking it never fails:
 * <ul>
 *   <li>A rating outside 1 to 5 counts as the nearest of 1 or 5, and its explanation shows the
 *       value written; the validator reports it.
 *   <li>Reach counts distinct presenting-issue ids; an id in {@code explains} that names no
 *       presenting issue of the formulation does not count.
 *   <li>A pin beyond the number of factors counts as the last rank, and one below 1 as the first.
 *       When the rank asked for is already taken by an earlier pin, the factor takes the next
 *       free rank after it, or, if there is none, the nearest free rank before it.
 *   <li>A pin without a reason is honoured all the same; the explanation says the reason is still
 *       to be written, and the validator reports it.
 * </ul>
 *
 * <p>Ranking takes O(n log n) time in the number of perpetuating factors. A prioritiser is
 * immutable and safe to share between threads.
 */
public final class Prioritiser {
  private static final Prioritiser STANDARD = new Builder().build();

  private final Weights weights;
  private final int safetyThreshold;
  private final int top;

  private Prioritiser(Builder b) {
    weights = b.weights;
    safetyThreshold = b.safetyThreshold;
    top = b.top;
  }

  /** {@return the standard method: standard weights, safety first at urgency 5, top 3} */
  public static Prioritiser standard() {
    return STANDARD;
  }

  /** {@return a builder starting from the standard method} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this prioritiser's settings, to make a changed copy} */
  public Builder toBuilder() {
    return new Builder().weights(weights).safetyThreshold(safetyThreshold).top(top);
  }

  /** {@return the weights of the score} */
  public Weights weights() {
    return weights;
  }

  /** {@return the urgency, from 1 to 5, at or above which a factor is put first for safety} */
  public int safetyThreshold() {
    return safetyThreshold;
  }

  /** {@return how many factors count as top} */
  public int top() {
    return top;
  }

  /**
   * Ranks every perpetuating factor of the formulation once; never fails on a draft.
   *
   * @param formulation the formulation whose perpetuating factors to rank, draft or not
   * @return every perpetuating factor in rank order, each with its explanation
   */
  public Ranking rank(Formulation formulation) {
    checkNotNull(formulation, "formulation must not be null");
    List<Factor> factors = formulation.perpetuating();
    int n = factors.size();
    Set<String> presentingIds = new HashSet<>();
    for (PresentingIssue p : formulation.presenting()) {
      presentingIds.add(p.id());
    }
    List<Assessment> unpinned = new ArrayList<>();
    List<Assessment> pinned = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Assessment a = Assessment.of(i, factors.get(i), presentingIds, weights, safetyThreshold);
      (a.pinned() ? pinned : unpinned).add(a);
    }

    RankedFactor[] byPosition = new RankedFactor[n];
    TreeSet<Integer> free = new TreeSet<>();
    for (int rank = 1; rank <= n; rank++) {
      free.add(rank);
    }
    settlePins(pinned, free, byPosition);
    placeTheRest(unpinned, free, byPosition);

    Map<String, RankedFactor> byId = new LinkedHashMap<>();
    for (RankedFactor r : byPosition) {
      byId.putIfAbsent(r.id(), r);
    }
    RankedFactor[] byRank = new RankedFactor[n];
    for (RankedFactor r : byPosition) {
      byRank[r.rank() - 1] = r;
    }
    return new Ranking(ImmutableList.copyOf(byRank), ImmutableMap.copyOf(byId), top);
  }

  /**
   * Gives each pinned factor, in file order, the free rank nearest the one asked for: at or after
   * it if any is free, else before it. A sorted set finds that rank in O(log n) however crowded.
   */
  private static void settlePins(List<Assessment> pinned, TreeSet<Integer> free,
      RankedFactor[] byPosition) {
    int n = byPosition.length;
    for (Assessment a : pinned) {
      int asked = a.priority().pin().orElseThrow();
      int wanted = Math.max(1, Math.min(n, asked));
      Integer rank = free.ceiling(wanted);
      if (rank == null) {
        rank = free.floor(wanted);
      }
      free.remove(rank);
      byPosition[a.position()] = ranked(a, rank,
          Explainer.pinned(rank, asked, a.priority().reason()));
    }
  }

  /** Sorts the unpinned factors by the method and gives them the free ranks in turn. */
  private void placeTheRest(List<Assessment> unpinned, TreeSet<Integer> free,
      RankedFactor[] byPosition) {
    unpinned.sort(Assessment.ORDER);
    Iterator<Integer> freeRanks = free.iterator();
    Explainer.Placed previous = null;
    for (Assessment a : unpinned) {
      int rank = freeRanks.next();
      String explanation;
      if (a.band() == Band.UNSCORED) {
        explanation = Explainer.unscored(rank);
      } else {
        Optional<Explainer.Placed> level = Optional.ofNullable(previous)
            .filter(p -> p.assessment().band() == a.band()
                && p.assessment().score().equals(a.score()));
        explanation = Explainer.rated(rank, a, weights, level);
      }
      byPosition[a.position()] = ranked(a, rank, explanation);
      previous = new Explainer.Placed(rank, a);
    }
  }

  private static RankedFactor ranked(Assessment a, int rank, String explanation) {
    return new RankedFactor(a.factor(), rank, a.band(), a.score(), a.reach(), a.pinned(),
        explanation);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Prioritiser")
        .add("weights", weights)
        .add("safetyThreshold", safetyThreshold)
        .add("top", top)
        .toString();
  }

  /** Builds a {@link Prioritiser}; every setting starts at the standard method's. */
  public static final class Builder {
    private Weights weights = Weights.standard();
    private int safetyThreshold = 5;
    private int top = 3;

    private Builder() {}

    /**
     * Sets the weights of the score; {@link Weights#standard()} by default.
     *
     * @param value how much each criterion counts towards the score
     * @return this builder
     */
    public Builder weights(Weights value) {
      weights = checkNotNull(value, "weights must not be null");
      return this;
    }

    /**
     * Sets the urgency, from 1 to 5, at or above which a factor goes first for safety; 5 by
     * default, so that only the highest urgency overrides the score.
     *
     * @param value the lowest urgency, from 1 to 5, that puts a factor first
     * @return this builder
     * @throws IllegalArgumentException if the value is not from 1 to 5
     */
    public Builder safetyThreshold(int value) {
      checkArgument(value >= Criterion.LOWEST && value <= Criterion.HIGHEST,
          "safetyThreshold must be from 1 to 5, but was %s", value);
      safetyThreshold = value;
      return this;
    }

    /**
     * Sets how many factors count as top, from 1; 3 by default, as a plan that tries to change
     * everything at once tends to change nothing.
     *
     * @param value how many factors the plan should focus on, 1 or more
     * @return this builder
     * @throws IllegalArgumentException if the value is less than 1
     */
    public Builder top(int value) {
      checkArgument(value >= 1, "top must be 1 or more, but was %s", value);
      top = value;
      return this;
    }

    /** {@return the prioritiser built from what was set} */
    public Prioritiser build() {
      return new Prioritiser(this);
    }
  }
}
