package io.github.sixps.formulation.bench;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.fop.FopPdf;
import io.github.sixps.formulation.render.pdf.PdfRenderer;
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
 * A warm PDF of the largest worked example from Apache FOP ({@link FopPdf}, the target) timed in
 * {@linkplain Paired pairs} with the shipped {@link PdfRenderer} (the baseline), both tagged for
 * PDF/UA-1 in the same fonts, each from one instance kept across documents: the ratio is FOP's
 * time over the shipped engine's, measured at the same moments. Iterations as
 * {@link PdfBenchmarks}': both engines are a great deal of code for the JIT compiler.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Djava.awt.headless=true"})
public class EngineBenchmarks {
  private Formulation formulation;
  private PdfRenderer shipped;
  private FopPdf fop;

  @Setup
  public void setUp() {
    formulation = Inputs.formulation(Inputs.WORKED);
    shipped = PdfRenderer.builder().build();
    fop = FopPdf.builder().build();
  }

  /** FOP against the shipped engine, in pairs. */
  @Benchmark
  public void fopAgainstShipped(Paired pair, Blackhole sink) throws Exception {
    pair.time(() -> fop.render(formulation), () -> shipped.render(formulation), sink);
  }
}
