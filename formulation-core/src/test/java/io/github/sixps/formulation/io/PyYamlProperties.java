package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Review;
import io.github.sixps.formulation.testing.Formulations;
import io.github.sixps.formulation.testing.PyYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * PyYAML, a YAML 1.1 reader as Ruby's Psych, Go's yaml.v2 and many case systems' tools are,
 * reads every file the writer writes as SixPs reads it: the same values, dates only where there
 * are dates, no key turned into a boolean, and a document the JSON Schema accepts.
 */
class PyYamlProperties {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Text a YAML 1.1 reader takes for something else when it is not quoted: booleans, nothing,
   * numbers in every base and in base 60, dates and times, the merge and value keys, and the
   * characters YAML keeps for itself.
   */
  static final List<String> YAML_11_TRAPS = List.of(
      "yes", "Yes", "YES", "no", "No", "on", "On", "ON", "off", "Off", "y", "Y", "n", "N",
      "true", "False", "~", "null", "Null", "=", "<<", ":name", "12:30", "1:20:30", "190:20:30",
      "1e3", "1.5e+3", ".5", "5.", "0x1F", "0o17", "017", "0b101", "1_000", "+1", "-1", ".inf",
      "-.Inf", ".NaN", "2026-11-02", "2026-1-5", "2026-13-45", "2026-11-02 10:30:00",
      "2026-11-02T10:30:00Z", "!", "&", "*", "|", ">", "?", "-", "---", "...", "#", "%", "@", "`",
      "'", "\"", "[", "{", ",", "key: value", "a #b", "- item", "? key");

  private final FormulationReader reader = FormulationReader.standard();
  private final FormulationWriter writer = FormulationWriter.standard();

  @Property(tries = 4, shrinking = ShrinkingMode.OFF)
  void pyYamlReadsWhatTheWriterWritesAsSixPsReadsIt(
      @ForAll("batches") List<Formulation> batch) throws Exception {
    checkReadAlike(batch);
  }

  @Example
  void textThatYaml11ReadsAsSomethingElseIsWrittenSoThatItReadsAsText() throws Exception {
    List<Formulation> batch = new ArrayList<>();
    for (String trap : YAML_11_TRAPS) {
      batch.add(Formulation.builder()
          .id(trap)
          .title(trap)
          .formulatedOn(LocalDate.of(2026, 11, 2))
          .people(List.of(new Person(trap, trap, Optional.empty(), Optional.of(7))))
          .presenting(List.of(new PresentingIssue("P1", trap, Optional.empty(),
              ImmutableList.of(trap))))
          .childsVoice(List.of(new ChildsVoice(trap, ImmutableList.of(trap), ImmutableList.of(),
              ImmutableList.of())))
          .plan(new Plan(ImmutableList.of(), ImmutableList.of(),
              Optional.of(LocalDate.of(2026, 12, 7))))
          .reviews(List.of(Review.builder().on(LocalDate.of(2026, 11, 30)).by(trap)
              .scale(Map.of(trap, 5)).actions(Map.of(trap, ActionStatus.DONE)).notes(trap)
              .build()))
          .build());
    }
    checkReadAlike(batch);
  }

  private void checkReadAlike(List<Formulation> batch) throws Exception {
    Path dir = Files.createTempDirectory("pyyaml");
    Map<String, String> written = new LinkedHashMap<>();
    Map<String, Formulation> byFile = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      String name = String.format("f%04d.yaml", i);
      String yaml = writer.write(batch.get(i), FileFormat.YAML);
      Files.writeString(dir.resolve(name), yaml);
      written.put(name, yaml);
      byFile.put(name, batch.get(i));
    }

    Map<String, PyYaml.Loaded> loaded = PyYaml.load(dir, true);

    assertEquals(byFile.keySet(), loaded.keySet());
    for (Map.Entry<String, Formulation> e : byFile.entrySet()) {
      PyYaml.Loaded py = loaded.get(e.getKey());
      String yaml = written.get(e.getKey());
      assertEquals(List.of(), py.differences(), () -> "PyYAML reads this otherwise:\n" + yaml);
      assertNotNull(py.data());
      Formulation asPyYamlReadIt = reader.read(JSON.writeValueAsString(py.data()),
          FileFormat.JSON, e.getKey() + " as PyYAML read it");
      assertEquals(e.getValue(), asPyYamlReadIt, () -> "PyYAML reads this otherwise:\n" + yaml);
    }
    assertTrue(loaded.size() > 0);
    try (var files = Files.list(dir)) {
      for (Path f : files.collect(Collectors.toList())) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Provide
  Arbitrary<List<Formulation>> batches() {
    return Formulations.drafts().list().ofSize(60);
  }
}
