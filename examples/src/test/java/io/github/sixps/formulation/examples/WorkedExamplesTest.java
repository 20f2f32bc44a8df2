package io.github.sixps.formulation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.FormulationSchema;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.validate.ValidationReport;
import io.github.sixps.formulation.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled worked example, current or from before a review, reads, matches the schema,
 * survives conversion, says it is fictional and validates with no errors or warnings.
 */
class WorkedExamplesTest {
  static final Path RESOURCES = Path.of("src/main/resources");
  static final Path WORKED = RESOURCES.resolve("worked");
  static final Path BEFORE_REVIEW = WORKED.resolve("before-review");
  static final Path TEACHING = RESOURCES.resolve("teaching");

  static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(FormulationSchema.json(),
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  /** The YAML files directly in a folder, sorted. */
  static List<Path> yamlIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted()
          .collect(Collectors.toList());
    }
  }

  /** The current versions. */
  static List<Path> examples() throws IOException {
    List<Path> found = yamlIn(WORKED);
    assertTrue(found.size() >= 8, "at least eight worked examples are bundled: " + found);
    return found;
  }

  /** The versions from before a review, each the older half of a pair. */
  static List<Path> earlierVersions() throws IOException {
    List<Path> found = yamlIn(BEFORE_REVIEW);
    assertTrue(found.size() >= 2, "at least two examples come in two versions: " + found);
    return found;
  }

  /** Every example meant to be good practice: current versions and earlier ones. */
  static List<Path> finished() throws IOException {
    List<Path> all = new ArrayList<>(examples());
    all.addAll(earlierVersions());
    return all;
  }

  /** Every bundled file, the flawed teaching ones included. */
  static List<Path> everyBundled() throws IOException {
    List<Path> all = finished();
    all.addAll(yamlIn(TEACHING));
    return all;
  }

  static Formulation read(Path file) throws IOException {
    return FormulationReader.standard().read(file);
  }

  /** The date of the last review, or the formulation date if there is none. */
  static LocalDate lastDate(Formulation f) {
    return f.reviews().stream().flatMap(r -> r.on().stream())
        .max(LocalDate::compareTo).orElse(f.formulatedOn().orElseThrow());
  }

  @ParameterizedTest
  @MethodSource("finished")
  void readsAndMatchesTheSchemaAsJson(Path file) throws Exception {
    String json = FormulationWriter.standard().write(read(file), FileFormat.JSON);
    assertEquals(Set.of(), SCHEMA.validate(new ObjectMapper().readTree(json)), file.toString());
  }

  @ParameterizedTest
  @MethodSource("finished")
  void validatesWithNoErrorsOrWarnings(Path file) throws Exception {
    Formulation f = read(file);
    // As of its own last date, so that the example does not go stale as real time passes.
    ValidationReport report = Validator.standard().validate(f, lastDate(f));
    assertEquals(List.of(), report.errors(), file.toString());
    assertEquals(List.of(), report.warnings(), file.toString());
  }

  @ParameterizedTest
  @MethodSource("finished")
  void convertsBetweenYamlAndJsonWithNoLoss(Path file) throws Exception {
    FormulationReader reader = FormulationReader.standard();
    FormulationWriter writer = FormulationWriter.standard();
    Formulation f = reader.read(file);
    Formulation viaJson = reader.read(writer.write(f, FileFormat.JSON), FileFormat.JSON, "j");
    Formulation viaYaml = reader.read(writer.write(f, FileFormat.YAML), FileFormat.YAML, "y");
    assertEquals(f, viaJson);
    assertEquals(f, viaYaml);
  }

  @ParameterizedTest
  @MethodSource("everyBundled")
  void saysItIsFictionalInItsHeader(Path file) throws Exception {
    String text = Files.readString(file);
    assertTrue(text.startsWith("#") && text.lines().limit(5)
        .anyMatch(l -> l.startsWith("#") && l.toLowerCase().contains("fictional")),
        file + " says it is fictional in its opening comment");
  }

  @ParameterizedTest
  @MethodSource("finished")
  void isComplete(Path file) throws Exception {
    Formulation f = read(file);
    assertTrue(!f.title().isBlank() && !f.presenting().isEmpty() && !f.perpetuating().isEmpty()
        && !f.protective().isEmpty() && !f.childsVoice().isEmpty() && f.hypothesis().isPresent()
        && !f.plan().goals().isEmpty() && !f.plan().actions().isEmpty()
        && f.plan().nextReview().isPresent(), file + " is complete");
    // Every reference in a finished example points at something that exists.
    f.plan().actions().forEach(a -> {
      a.owner().ifPresent(o -> assertTrue(f.find(o).isPresent(), a.id() + " owner " + o));
      a.addresses().forEach(id -> assertTrue(f.find(id).isPresent(), a.id() + " -> " + id));
      a.goals().forEach(id -> assertTrue(f.find(id).isPresent(), a.id() + " -> " + id));
    });
    f.allFactors().forEach(factor -> factor.explains().forEach(id ->
        assertTrue(f.find(id).isPresent(), factor.id() + " explains " + id)));
  }

  @Test
  void theLargestExampleIsLargeEnoughToMeasureWith() throws Exception {
    // Benchmarks and layout tests use the largest worked example; it should stretch them.
    Formulation largest = examples().stream().map(p -> {
      try {
        return read(p);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).max(Comparator.comparingInt(f -> f.items().size())).orElseThrow();
    assertTrue(largest.plan().actions().size() >= 12, largest.title());
    assertTrue(largest.perpetuating().size() >= 7, largest.title());
    assertTrue(largest.reviews().size() >= 3, largest.title());
    assertTrue(largest.childsVoice().size() >= 2, largest.title());
  }

  @Test
  void theBundledListGoesInTheOrderATrainerMeetsThem() {
    // That the list and the files agree is BundledExamplesTest's to check; this is the order.
    List<String> listed = BundledExamples.paths();
    List<Integer> groups = listed.stream().map(l -> l.startsWith("teaching/") ? 2
        : l.startsWith("worked/before-review/") ? 1 : 0).collect(Collectors.toList());
    List<Integer> sorted = new ArrayList<>(groups);
    sorted.sort(Comparator.naturalOrder());
    assertEquals(sorted, groups, "current, then before review, then teaching: " + listed);
    assertEquals("worked/school-avoidance-ahmed.yaml", listed.get(0), "a gentle start");
  }
}
