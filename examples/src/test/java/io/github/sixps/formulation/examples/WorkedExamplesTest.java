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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled worked example reads, matches the schema and survives conversion. */
class WorkedExamplesTest {
  static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(FormulationSchema.json(),
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/worked"))) {
      List<Path> found = files.filter(p -> p.toString().endsWith(".yaml")).sorted()
          .collect(Collectors.toList());
      assertTrue(found.size() >= 2, "at least two worked examples are bundled");
      return found;
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void readsAndMatchesTheSchemaAsJson(Path file) throws Exception {
    Formulation f = FormulationReader.standard().read(file);
    String json = FormulationWriter.standard().write(f, FileFormat.JSON);
    assertEquals(Set.of(), SCHEMA.validate(new ObjectMapper().readTree(json)), file.toString());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void validatesWithNoErrorsOrWarnings(Path file) throws Exception {
    Formulation f = FormulationReader.standard().read(file);
    // As of the last review, so that the example does not go stale as real time passes.
    LocalDate asOf = f.reviews().stream().flatMap(r -> r.on().stream())
        .max(LocalDate::compareTo).orElse(f.formulatedOn().orElseThrow());
    ValidationReport report = Validator.standard().validate(f, asOf);
    assertEquals(List.of(), report.errors(), file.toString());
    assertEquals(List.of(), report.warnings(), file.toString());
  }

  @ParameterizedTest
  @MethodSource("examples")
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
  @MethodSource("examples")
  void saysItIsFictionalAndIsComplete(Path file) throws Exception {
    String text = Files.readString(file);
    assertTrue(text.startsWith("#") && text.lines().limit(5)
        .anyMatch(l -> l.toLowerCase().contains("fictional")), file + " says it is fictional");
    Formulation f = FormulationReader.standard().read(file);
    assertTrue(!f.title().isBlank() && !f.presenting().isEmpty() && !f.perpetuating().isEmpty()
        && !f.protective().isEmpty() && !f.childsVoice().isEmpty() && f.hypothesis().isPresent()
        && !f.plan().goals().isEmpty() && !f.plan().actions().isEmpty(), file + " is complete");
    // Every reference in a finished example points at something that exists.
    f.plan().actions().forEach(a -> {
      a.owner().ifPresent(o -> assertTrue(f.find(o).isPresent(), a.id() + " owner " + o));
      a.addresses().forEach(id -> assertTrue(f.find(id).isPresent(), a.id() + " -> " + id));
      a.goals().forEach(id -> assertTrue(f.find(id).isPresent(), a.id() + " -> " + id));
    });
    f.allFactors().forEach(factor -> factor.explains().forEach(id ->
        assertTrue(f.find(id).isPresent(), factor.id() + " explains " + id)));
  }
}
