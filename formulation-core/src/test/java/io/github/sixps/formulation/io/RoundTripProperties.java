package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.testing.Formulations;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoundTripProperties {
  private final FormulationReader reader = FormulationReader.standard();
  private final FormulationWriter writer = FormulationWriter.standard();

  @Property(tries = 1000)
  void yamlRoundTripLosesNothing(@ForAll("drafts") Formulation f) throws Exception {
    String yaml = writer.write(f, FileFormat.YAML);
    Formulation back = reader.read(yaml, FileFormat.YAML, "generated.yaml");
    assertEquals(f, back, yaml);
    assertEquals(yaml, writer.write(back, FileFormat.YAML), "writing is canonical");
  }

  @Property(tries = 1000)
  void jsonRoundTripLosesNothing(@ForAll("drafts") Formulation f) throws Exception {
    String json = writer.write(f, FileFormat.JSON);
    Formulation back = reader.read(json, FileFormat.JSON, "generated.json");
    assertEquals(f, back, json);
    assertEquals(json, writer.write(back, FileFormat.JSON), "writing is canonical");
  }

  @Property(tries = 300)
  void yamlAndJsonHoldTheSameTree(@ForAll("drafts") Formulation f) throws Exception {
    Formulation viaJson = reader.read(writer.write(f, FileFormat.JSON), FileFormat.JSON, "g.json");
    assertEquals(writer.write(f, FileFormat.YAML), writer.write(viaJson, FileFormat.YAML));
  }

  @Provide
  Arbitrary<Formulation> drafts() {
    return Formulations.drafts();
  }
}
