package io.github.sixps.formulation.bench;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.docx.DocxRenderer;
import io.github.sixps.formulation.render.html.HtmlRenderer;
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
 * A warm Word document of the largest worked example, timed in {@linkplain Paired pairs} with the
 * HTML page of the same formulation: both build the same outline, so the ratio is what the Word
 * document costs beyond it (POI's model, its two pictures painted as PNG, the zip written twice
 * for stable bytes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DocxBenchmarks {
  private Formulation formulation;
  private DocxRenderer docx;
  private HtmlRenderer html;

  @Setup
  public void setUp() {
    formulation = Inputs.formulation(Inputs.WORKED);
    docx = DocxRenderer.builder().build();
    html = HtmlRenderer.builder().build();
  }

  @Benchmark
  public void docx(Paired pair, Blackhole sink) throws Exception {
    pair.time(() -> docx.render(formulation), () -> html.render(formulation), sink);
  }
}
