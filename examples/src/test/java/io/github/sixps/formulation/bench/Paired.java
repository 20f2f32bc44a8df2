package io.github.sixps.formulation.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Times an operation and its baseline back to back, in turn, in every call of a benchmark, and
 * hands JMH the totals of each as counters. On a machine shared with other work, two benchmarks
 * measured minutes apart see different loads, and their ratio says as much about the load as
 * about the code; timed in pairs, both halves see the same moment, so the ratio of the totals
 * holds steady even when the times themselves do not. The order alternates, so that neither
 * half always runs with the other's data fresh in the cache.
 *
 * <p>JMH reports the counters per iteration: {@code targetNanos} and {@code baselineNanos}, the
 * elapsed time of each half summed over the iteration, and {@code pairs}, how many pairs ran.
 * The {@link Report} takes the ratio of the totals in each iteration.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class Paired {
  /** The target's elapsed time in this iteration, in nanoseconds. */
  public long targetNanos;
  /** The baseline's elapsed time in this iteration, in nanoseconds. */
  public long baselineNanos;
  /** How many pairs ran in this iteration. */
  public long pairs;

  @Setup(Level.Iteration)
  public void reset() {
    targetNanos = 0;
    baselineNanos = 0;
    pairs = 0;
  }

  /** One operation to time; what it returns is consumed, so that it cannot be optimised away. */
  @FunctionalInterface
  interface Operation {
    Object run() throws Exception;
  }

  /** Runs {@code target} and {@code baseline} once each, in alternating order, timing each. */
  void time(Operation target, Operation baseline, Blackhole sink) throws Exception {
    boolean targetFirst = (pairs & 1) == 0;
    long start = System.nanoTime();
    sink.consume((targetFirst ? target : baseline).run());
    long middle = System.nanoTime();
    sink.consume((targetFirst ? baseline : target).run());
    long end = System.nanoTime();
    targetNanos += targetFirst ? middle - start : end - middle;
    baselineNanos += targetFirst ? end - middle : middle - start;
    pairs++;
  }
}
