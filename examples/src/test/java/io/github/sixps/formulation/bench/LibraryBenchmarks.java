package io.github.sixps.formulation.bench;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReadException;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.prioritise.Ranking;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import io.github.sixps.formulation.validate.ValidationReport;
import io.github.sixps.formulation.validate.Validator;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the library does with one formulation in memory, at both sizes, against the baseline of
 * writing the same formulation as JSON with {@link FormulationWriter} (Jackson's streaming
 * generator). Each reader, writer, validator, prioritiser and renderer is built once and shared,
 * as the library's documentation asks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LibraryBenchmarks {
  /** A fixed day to validate as of, so drift findings do not change from run to run. */
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  /** Which formulation: {@code worked} or {@code generated}; see {@link Inputs}. */
  @Param({Inputs.WORKED, Inputs.GENERATED})
  public String size;

  private final FormulationWriter writer = FormulationWriter.standard();
  private final FormulationReader reader = FormulationReader.standard();
  private final Validator validator = Validator.standard();
  private final Prioritiser prioritiser = Prioritiser.standard();
  private final MarkdownRenderer markdown = MarkdownRenderer.builder().build();
  private final HtmlRenderer html = HtmlRenderer.builder().build();

  private Formulation formulation;
  private String json;
  private String yaml;

  @Setup
  public void setUp() {
    formulation = Inputs.formulation(size);
    json = writer.write(formulation, FileFormat.JSON);
    yaml = writer.write(formulation, FileFormat.YAML);
  }

  /** The baseline: the cost of merely serialising the data. */
  @Benchmark
  public String jsonBaseline() {
    return writer.write(formulation, FileFormat.JSON);
  }

  @Benchmark
  public String markdown() {
    return markdown.render(formulation);
  }

  @Benchmark
  public String html() {
    return html.render(formulation);
  }

  @Benchmark
  public ValidationReport validate() {
    return validator.validate(formulation, AS_OF);
  }

  @Benchmark
  public Ranking prioritise() {
    return prioritiser.rank(formulation);
  }

  /** The baseline for reading YAML: reading the same formulation as JSON. */
  @Benchmark
  public Formulation readJson() throws FormulationReadException {
    return reader.read(json, FileFormat.JSON, "benchmark.json");
  }

  @Benchmark
  public Formulation readYaml() throws FormulationReadException {
    return reader.read(yaml, FileFormat.YAML, "benchmark.yaml");
  }
}
