package io.github.sixps.formulation.bench;

import io.github.sixps.formulation.model.Formulation;
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

/**
 * The first and second PDF from one renderer in a fresh JVM, as a command line sees them. Each
 * fork measures exactly two renders of the largest worked example, with no warm-up: the first
 * builds the renderer too (fonts, stylesheet, the layout engine's classes), the second reuses it.
 * The report reads the two apart from JMH's per-iteration results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 2)
@Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PdfFirstDocument {
  private Formulation formulation;
  private PdfRenderer renderer;

  @Setup
  public void setUp() {
    // Read first, so the file format's own start-up is not counted as the renderer's.
    formulation = Inputs.formulation(Inputs.WORKED);
  }

  @Benchmark
  public byte[] render() {
    if (renderer == null) {
      renderer = PdfRenderer.builder().build();
    }
    return renderer.render(formulation);
  }
}
