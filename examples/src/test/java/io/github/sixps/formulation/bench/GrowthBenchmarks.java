package io.github.sixps.formulation.bench;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.validate.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How the time grows with the data: each operation on the generated formulation timed in
 * {@linkplain Paired pairs} with the same operation on the worked example it was made from, so
 * that the ratio is the growth. Writing JSON is there for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class GrowthBenchmarks {
  private final Validator validator = Validator.standard();
  private final Prioritiser prioritiser = Prioritiser.standard();
  private final FormulationWriter writer = FormulationWriter.standard();

  private Formulation worked;
  private Formulation generated;

  @Setup
  public void setUp() {
    worked = Inputs.formulation(Inputs.WORKED);
    generated = Inputs.formulation(Inputs.GENERATED);
  }

  @Benchmark
  public void validate(Paired pair, Blackhole sink) throws Exception {
    pair.time(() -> validator.validate(generated, LibraryBenchmarks.AS_OF),
        () -> validator.validate(worked, LibraryBenchmarks.AS_OF), sink);
  }

  @Benchmark
  public void prioritise(Paired pair, Blackhole sink) throws Exception {
    pair.time(() -> prioritiser.rank(generated), () -> prioritiser.rank(worked), sink);
  }

  /** For comparison: the JSON baseline's own growth. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
  public void writeJson(Paired pair, Blackhole sink) throws Exception {
    pair.time(() -> writer.write(generated, FileFormat.JSON),
        () -> writer.write(worked, FileFormat.JSON), sink);
  }
}
