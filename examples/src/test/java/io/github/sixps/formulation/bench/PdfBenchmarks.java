package io.github.sixps.formulation.bench;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * A warm PDF of the largest worked example timed in {@linkplain Paired pairs} with
 * openhtmltopdf's own time on a {@linkplain PlainPage plain page} carrying the same text. Both
 * start from text in memory and end with the PDF's bytes; the renderer also builds its outline
 * and page from the formulation each time.
 *
 * <p>Two more, against the same baseline, apportion the difference: the plain page set in the
 * renderer's embedded fonts ({@code pdfWithFonts}), and in those fonts tagged for PDF/UA as well
 * ({@code pdfTagged}). What remains between that and {@code pdf} is the renderer's own: its
 * stylesheet, its two pictures and its outline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PdfBenchmarks {
  private Formulation formulation;
  private PdfRenderer renderer;
  private String plainPage;
  private String plainPageInDejaVu;

  @Setup
  public void setUp() {
    formulation = Inputs.formulation(Inputs.WORKED);
    renderer = PdfRenderer.builder().build();
    plainPage = PlainPage.of(formulation);
    plainPageInDejaVu = PlainPage.inFont(plainPage, DejaVu.FAMILY);
  }

  @Benchmark
  public void pdf(Paired pair, Blackhole sink) throws Exception {
    pair.time(() -> renderer.render(formulation), this::baseline, sink);
  }

  /** For comparison: the plain page set in the renderer's embedded fonts (DejaVu Sans, subset). */
  @Benchmark
  public void pdfWithFonts(Paired pair, Blackhole sink) throws Exception {
    pair.time(() -> plain(plainPageInDejaVu, true, false), this::baseline, sink);
  }

  /** For comparison: the plain page in the embedded fonts, tagged for PDF/UA. */
  @Benchmark
  public void pdfTagged(Paired pair, Blackhole sink) throws Exception {
    pair.time(() -> plain(plainPageInDejaVu, true, true), this::baseline, sink);
  }

  /** The baseline: openhtmltopdf with its defaults, on the same text without any styling. */
  private byte[] baseline() throws IOException {
    return plain(plainPage, false, false);
  }

  private static byte[] plain(String page, boolean fonts, boolean tagged) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    if (fonts) {
      DejaVu.register(builder);
    }
    builder.usePdfUaAccessibility(tagged);
    builder.withHtmlContent(page, null);
    builder.toStream(out);
    builder.run();
    return out.toByteArray();
  }
}
