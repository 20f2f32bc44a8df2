/**
 * Benchmarks: JMH measurements of reading, writing, validating, prioritising and rendering, each
 * against a baseline measured in the same run, the command line timed over 200 files, and the
 * report that checks them against their targets. Run with
 * {@code ./mvnw -B -Pbenchmarks -DskipTests -pl examples -am verify}; see
 * {@code docs/benchmarks.md}.
 */
package io.github.sixps.formulation.bench;
