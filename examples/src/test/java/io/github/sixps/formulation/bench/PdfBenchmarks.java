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

/**
 * A warm PDF of the largest worked example against openhtmltopdf's own time on a {@linkplain
 * PlainPage plain page} carrying the same text. Both start from text in memory and end with the
 * PDF's bytes; the renderer also builds its outline and page from the formulation each time.
 *
 * <p>Two more runs of the plain page apportion the difference: with the renderer's embedded
 * fonts ({@code pdfBaselineWithFonts}), and with those fonts and PDF/UA tagging as well
 * ({@code pdfBaselineTagged}). What remains between that and {@code pdf} is the renderer's own:
 * its stylesheet, its two pictures and its outline.
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
  public byte[] pdf() {
    return renderer.render(formulation);
  }

  /** The baseline: openhtmltopdf with its defaults, on the same text without any styling. */
  @Benchmark
  public byte[] pdfBaseline() throws IOException {
    return plain(plainPage, false, false);
  }

  /** The plain page set in the renderer's embedded fonts (DejaVu Sans, subset). */
  @Benchmark
  public byte[] pdfBaselineWithFonts() throws IOException {
    return plain(plainPageInDejaVu, true, false);
  }

  /** The plain page in the embedded fonts, tagged for PDF/UA as the renderer's PDFs are. */
  @Benchmark
  public byte[] pdfBaselineTagged() throws IOException {
    return plain(plainPageInDejaVu, true, true);
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
