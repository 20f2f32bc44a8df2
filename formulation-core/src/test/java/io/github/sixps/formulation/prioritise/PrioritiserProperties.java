package io.github.sixps.formulation.prioritise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.Priority;
import io.github.sixps.formulation.testing.Formulations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** What holds for every ranking of every formulation, drafts included. */
class PrioritiserProperties {

  @Property(tries = 200)
  void theRankingIsAPermutationOfThePerpetuatingFactors(
      @ForAll("formulations") Formulation f, @ForAll("prioritisers") Prioritiser p) {
    Ranking r = p.rank(f);
    assertEquals(ImmutableMultiset.copyOf(f.perpetuating()),
        r.factors().stream().map(RankedFactor::factor).collect(ImmutableMultiset
            .toImmutableMultiset()));
    assertEquals(IntStream.rangeClosed(1, f.perpetuating().size()).boxed()
            .collect(Collectors.toList()),
        r.factors().stream().map(RankedFactor::rank).collect(Collectors.toList()));
    for (RankedFactor ranked : r.factors()) {
      assertTrue(ranked.explanation().startsWith(Explainer.ordinal(ranked.rank()) + ": "),
          ranked.explanation());
    }
  }

  @Property(tries = 100)
  void theSameInputAlwaysGivesTheSameOutput(
      @ForAll("formulations") Formulation f, @ForAll("prioritisers") Prioritiser p) {
    Ranking first = p.rank(f);
    assertEquals(first, p.rank(f));
    assertEquals(first, p.rank(f.toBuilder().build()), "an equal formulation, another instance");
    assertEquals(first, p.toBuilder().build().rank(f), "an equal prioritiser, another instance");
  }

  @Property(tries = 100)
  void reorderingOtherSectionsNeverChangesIt(
      @ForAll("formulations") Formulation f, @ForAll Random random) {
    Formulation shuffled = f.toBuilder()
        .people(shuffle(f.people(), random))
        .contributors(shuffle(f.contributors(), random))
        .presenting(shuffle(f.presenting(), random))
        .factors(FactorKind.PREDISPOSING, shuffle(f.predisposing(), random))
        .factors(FactorKind.PRECIPITATING, shuffle(f.precipitating(), random))
        .factors(FactorKind.PROTECTIVE, shuffle(f.protective(), random))
        .childsVoice(shuffle(f.childsVoice(), random))
        .plan(new Plan(ImmutableList.copyOf(shuffle(f.plan().goals(), random)),
            ImmutableList.copyOf(shuffle(f.plan().actions(), random)), f.plan().nextReview()))
        .reviews(shuffle(f.reviews(), random))
        .build();
    Prioritiser p = Prioritiser.standard();
    assertEquals(p.rank(f), p.rank(shuffled));
  }

  @Property(tries = 400)
  void raisingOneCriterionNeverLowersAnUnpinnedFactorsRank(
      @ForAll("formulations") Formulation f, @ForAll("prioritisers") Prioritiser p,
      @ForAll @IntRange(min = 0, max = 50) int which, @ForAll Criterion criterion,
      @ForAll @IntRange(min = 1, max = 6) int by) {
    List<Factor> factors = f.perpetuating();
    Assume.that(!factors.isEmpty());
    int position = which % factors.size();
    Factor before = factors.get(position);
    Priority priority = before.priority().orElse(Priority.none());
    Assume.that(priority.pin().isEmpty());
    Optional<Integer> recorded = criterion.recorded(priority);
    // Absent counts as nothing at all, so any rating is a rise; otherwise add, short of overflow.
    int raised = recorded.map(v -> v > 1_000_000 ? v : v + by).orElse(by - 1);
    Factor after = before.toBuilder().priority(with(priority, criterion, raised)).build();
    List<Factor> changed = new ArrayList<>(factors);
    changed.set(position, after);
    Formulation g = f.toBuilder().factors(FactorKind.PERPETUATING, changed).build();

    assertTrue(rankAt(p.rank(g), g, position) <= rankAt(p.rank(f), f, position),
        () -> "raising " + criterion + " from " + recorded + " to " + raised + "\nbefore: "
            + p.rank(f).factors() + "\nafter: " + p.rank(g).factors());
  }

  @Property(tries = 200)
  void everySafetyFirstFactorRanksAboveEveryOtherUnpinnedOne(
      @ForAll("formulations") Formulation f, @ForAll("prioritisers") Prioritiser p) {
    List<RankedFactor> unpinned = p.rank(f).factors().stream()
        .filter(r -> !r.pinned()).collect(Collectors.toList());
    int lastSafety = 0;
    int firstOther = Integer.MAX_VALUE;
    for (RankedFactor r : unpinned) {
      if (r.band() == Band.SAFETY_FIRST) {
        lastSafety = Math.max(lastSafety, r.rank());
      } else {
        firstOther = Math.min(firstOther, r.rank());
      }
    }
    assertTrue(lastSafety < firstOther, unpinned::toString);
  }

  @Property(tries = 100)
  void bandsFollowTheRatingsAndTheThreshold(
      @ForAll("formulations") Formulation f, @ForAll("prioritisers") Prioritiser p) {
    for (RankedFactor r : p.rank(f).factors()) {
      Priority priority = r.factor().priority().orElse(Priority.none());
      Band expected = priority.isUnrated() ? Band.UNSCORED
          : Criterion.URGENCY.counted(priority).orElse(0) >= p.safetyThreshold()
              ? Band.SAFETY_FIRST : Band.SCORED;
      assertEquals(expected, r.band());
      assertEquals(priority.pin().isPresent(), r.pinned());
    }
  }

  @Property(tries = 200)
  void distinctPinsInRangeAreHonouredExactlyAndTheRestCloseUp(
      @ForAll("formulations") Formulation f, @ForAll Random random,
      @ForAll @IntRange(min = 0, max = 100) int percentPinned) {
    List<Factor> factors = f.perpetuating();
    int n = factors.size();
    List<Integer> ranks = IntStream.rangeClosed(1, n).boxed().collect(Collectors.toList());
    Collections.shuffle(ranks, random);
    List<Factor> withPins = new ArrayList<>();
    List<Factor> unpinnedOnly = new ArrayList<>();
    Map<Factor, Integer> pinOf = new IdentityHashMap<>();
    for (int i = 0; i < n; i++) {
      Priority priority = factors.get(i).priority().orElse(Priority.none());
      Priority.Builder b = Priority.builder().pin(Optional.empty());
      priority.impact().ifPresent(b::impact);
      priority.changeability().ifPresent(b::changeability);
      priority.familyPriority().ifPresent(b::familyPriority);
      priority.urgency().ifPresent(b::urgency);
      if (random.nextInt(100) < percentPinned) {
        b.pin(ranks.get(i), "agreed in supervision");
        Factor pinned = factors.get(i).toBuilder().priority(b.build()).build();
        pinOf.put(pinned, ranks.get(i));
        withPins.add(pinned);
      } else {
        Factor plain = factors.get(i).toBuilder().priority(b.build()).build();
        withPins.add(plain);
        unpinnedOnly.add(plain);
      }
    }
    Prioritiser p = Prioritiser.standard();
    Ranking r = p.rank(f.toBuilder().factors(FactorKind.PERPETUATING, withPins).build());
    for (RankedFactor ranked : r.factors()) {
      Integer pin = pinOf.get(ranked.factor());
      if (pin != null) {
        assertEquals(pin, ranked.rank());
        assertTrue(ranked.pinned());
      }
    }
    List<Factor> closedUp = r.factors().stream().filter(x -> !x.pinned())
        .map(RankedFactor::factor).collect(Collectors.toList());
    List<Factor> alone = p.rank(f.toBuilder().factors(FactorKind.PERPETUATING, unpinnedOnly)
        .build()).factors().stream().map(RankedFactor::factor).collect(Collectors.toList());
    assertEquals(alone, closedUp, "the unpinned keep their order among themselves");
  }

  @Property(tries = 400)
  void anyPinsAreSettledAsTheDocumentedRuleSays(
      @ForAll("formulations") Formulation f, @ForAll("prioritisers") Prioritiser p) {
    // The rule, written the slow and obvious way: in file order, each pin takes the first free
    // rank at or after the one asked for (brought into 1..n), else the last free one before it.
    List<Factor> factors = f.perpetuating();
    int n = factors.size();
    TreeSet<Integer> free = new TreeSet<>(IntStream.rangeClosed(1, n).boxed()
        .collect(Collectors.toList()));
    ImmutableMultiset.Builder<Placed> expected = ImmutableMultiset.builder();
    for (int i = 0; i < n; i++) {
      Optional<Integer> pin = factors.get(i).priority().flatMap(Priority::pin);
      if (pin.isPresent()) {
        int wanted = Math.max(1, Math.min(n, pin.get()));
        int rank = free.stream().filter(x -> x >= wanted).findFirst()
            .orElseGet(() -> free.descendingSet().stream().filter(x -> x <= wanted).findFirst()
                .orElseThrow());
        free.remove(rank);
        expected.add(new Placed(factors.get(i), rank));
      }
    }
    // Compared as a whole, since a draft may hold equal factors pinned to the same rank.
    assertEquals(expected.build(), p.rank(f).factors().stream().filter(RankedFactor::pinned)
        .map(x -> new Placed(x.factor(), x.rank())).collect(ImmutableMultiset
            .toImmutableMultiset()));
  }

  record Placed(Factor factor, int rank) {}

  @Property(tries = 100)
  void rankOfFindsTheFirstFactorWithAnIdInFileOrder(
      @ForAll("formulations") Formulation f, @ForAll("prioritisers") Prioritiser p) {
    Ranking r = p.rank(f);
    for (int i = 0; i < f.perpetuating().size(); i++) {
      String id = f.perpetuating().get(i).id();
      int first = i;
      for (int j = 0; j < i; j++) {
        if (f.perpetuating().get(j).id().equals(id)) {
          first = j;
          break;
        }
      }
      int expected = rankAt(r, f, first);
      assertEquals(Optional.of(expected), r.rankOf(id));
      assertEquals(expected <= p.top(), r.isTop(id));
    }
  }

  /**
   * The rank of the factor at a position in the file. The ranking holds the formulation's own
   * factor instances, so the factor is found by identity, which tells equal factors apart.
   */
  private static int rankAt(Ranking r, Formulation f, int position) {
    Factor factor = f.perpetuating().get(position);
    long occurrence = f.perpetuating().subList(0, position).stream()
        .filter(x -> x == factor).count();
    List<RankedFactor> same = r.factors().stream().filter(x -> x.factor() == factor)
        .collect(Collectors.toList());
    return same.get((int) occurrence).rank();
  }

  private static Priority with(Priority p, Criterion c, int value) {
    Optional<Integer> v = Optional.of(value);
    return new Priority(
        c == Criterion.IMPACT ? v : p.impact(),
        c == Criterion.CHANGEABILITY ? v : p.changeability(),
        c == Criterion.FAMILY_PRIORITY ? v : p.familyPriority(),
        c == Criterion.URGENCY ? v : p.urgency(),
        p.pin(),
        p.reason());
  }

  private static <T> List<T> shuffle(List<T> values, Random random) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, random);
    return copy;
  }

  @Provide
  Arbitrary<Formulation> formulations() {
    // The shared drafts hold at most four perpetuating factors; some runs need many more, rated
    // in range, so that bands, ties and crowded pins all come up.
    Arbitrary<Priority> inRange = Combinators.combine(
        Arbitraries.integers().between(1, 5).optional(0.7),
        Arbitraries.integers().between(1, 5).optional(0.7),
        Arbitraries.integers().between(1, 5).optional(0.7),
        Arbitraries.integers().between(1, 5).optional(0.7),
        Arbitraries.integers().between(-1, 25).optional(0.15),
        Formulations.text().optional(0.5)).as(Priority::new);
    Arbitrary<Factor> rated = Combinators.combine(Formulations.factor(FactorKind.PERPETUATING),
        inRange.optional(0.9)).as((factor, priority) -> factor.toBuilder().priority(priority)
        .build());
    Arbitrary<List<Factor>> many = Arbitraries.oneOf(
        Formulations.factor(FactorKind.PERPETUATING).list().ofMaxSize(20),
        rated.list().ofMaxSize(20));
    return Arbitraries.oneOf(
        Formulations.drafts(),
        Combinators.combine(Formulations.drafts(), many)
            .as((f, factors) -> f.toBuilder().factors(FactorKind.PERPETUATING, factors).build()));
  }

  @Provide
  Arbitrary<Prioritiser> prioritisers() {
    Arbitrary<Integer> weight = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 5)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, Weights.MAX)));
    Arbitrary<Weights> weights = Combinators.combine(weight, weight, weight, weight, weight)
        .as((i, u, c, fp, r) -> Weights.builder().impact(i).urgency(u).changeability(c)
            .familyPriority(fp).reachPerIssue(r).build());
    return Arbitraries.oneOf(
        Arbitraries.just(Prioritiser.standard()),
        Combinators.combine(weights, Arbitraries.integers().between(1, 5),
            Arbitraries.integers().between(1, 6))
            .as((w, threshold, top) -> Prioritiser.builder().weights(w)
                .safetyThreshold(threshold).top(top).build()));
  }
}
