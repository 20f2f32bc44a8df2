package io.github.sixps.formulation.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import io.github.sixps.formulation.validate.Validator;
import java.io.IOException;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the library does with one formulation in memory, at both sizes, each timed in {@linkplain
 * Paired pairs} with its baseline: writing the same formulation as JSON with {@link
 * FormulationWriter} (Jackson's streaming generator), or, for reading YAML, reading the same
 * formulation's JSON. Each reader, writer, validator, prioritiser and renderer is built once and
 * shared, as the library's documentation asks.
 *
 * <p>Three more, in one fork each, explain results rather than meet targets: validation without
 * its four plain-language rules, and Jackson's JSON and YAML parsers alone reading every token
 * of the same text, each against reading the formulation's JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LibraryBenchmarks {
  /** A fixed day to validate as of, so drift findings do not change from run to run. */
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  /** Which formulation: {@code worked} or {@code generated}; see {@link Inputs}. */
  @Param({Inputs.WORKED, Inputs.GENERATED})
  public String size;

  private final FormulationWriter writer = FormulationWriter.standard();
  private final FormulationReader reader = FormulationReader.standard();
  private final Validator validator = Validator.standard();
  private final Validator withoutLanguage = Validator.builder().disable("jargon")
      .disable("acronym").disable("deficit-language").disable("hard-to-read").build();
  private final Prioritiser prioritiser = Prioritiser.standard();
  private final MarkdownRenderer markdown = MarkdownRenderer.builder().build();
  private final HtmlRenderer html = HtmlRenderer.builder().build();
  private final JsonFactory jsonParsers = new JsonFactory();
  private final YAMLFactory yamlParsers = new YAMLFactory();

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
  private String writeJson() {
    return writer.write(formulation, FileFormat.JSON);
  }

  /** The baseline for reading YAML. */
  private Formulation readJson() throws IOException {
    return reader.read(json, FileFormat.JSON, "benchmark.json");
  }

  @Benchmark
  public void markdown(Paired pair, Blackhole sink) throws Exception {
    pair.time(() -> markdown.render(formulation), this::writeJson, sink);
  }

  @Benchmark
  public void html(Paired pair, Blackhole sink) throws Exception {
    pair.time(() -> html.render(formulation), this::writeJson, sink);
  }

  @Benchmark
  public void validate(Paired pair, Blackhole sink) throws Exception {
    pair.time(() -> validator.validate(formulation, AS_OF), this::writeJson, sink);
  }

  @Benchmark
  public void prioritise(Paired pair, Blackhole sink) throws Exception {
    pair.time(() -> prioritiser.rank(formulation), this::writeJson, sink);
  }

  @Benchmark
  public void readYaml(Paired pair, Blackhole sink) throws Exception {
    pair.time(() -> reader.read(yaml, FileFormat.YAML, "benchmark.yaml"), this::readJson, sink);
  }

  /** For comparison: the rules other than the plain-language ones. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
  public void validateWithoutLanguageRules(Paired pair, Blackhole sink) throws Exception {
    pair.time(() -> withoutLanguage.validate(formulation, AS_OF), this::writeJson, sink);
  }

  /** For comparison: Jackson's JSON parser alone, reading every token and text. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
  public void jsonTokens(Paired pair, Blackhole sink) throws Exception {
    pair.time(() -> tokens(jsonParsers.createParser(json)), this::readJson, sink);
  }

  /** For comparison: Jackson's YAML parser (SnakeYAML underneath) alone, the same way. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
  public void yamlTokens(Paired pair, Blackhole sink) throws Exception {
    pair.time(() -> tokens(yamlParsers.createParser(yaml)), this::readJson, sink);
  }

  private static int tokens(JsonParser parser) throws IOException {
    int hash = 0;
    try (parser) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        hash = 31 * hash + (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME
            ? parser.getText().length() : t.ordinal());
      }
    }
    return hash;
  }
}
