package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.testing.Formulations;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The shipped JSON Schema describes exactly what the writer writes. */
class SchemaProperties {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(FormulationSchema.json(),
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  static Set<ValidationMessage> validate(String json) throws Exception {
    return SCHEMA.validate(MAPPER.readTree(json));
  }

  @Property(tries = 1000)
  void everyWrittenFormulationMatchesTheSchema(@ForAll("drafts") Formulation f) throws Exception {
    String json = FormulationWriter.standard().write(f, FileFormat.JSON);
    assertEquals(Set.of(), validate(json), json);
  }

  @Example
  void theSchemaRefusesWhatTheReaderRefuses() throws Exception {
    assertFalse(validate("{\"schema\":\"sixps/1\",\"tittle\":\"x\"}").isEmpty());
    assertFalse(validate("{\"schema\":\"sixps/1\",\"people\":[{\"name\":\"x\"}]}").isEmpty());
    assertFalse(validate("{\"schema\":\"sixps/1\",\"status\":\"finished\"}").isEmpty());
    assertFalse(validate("{\"title\":\"x\"}").isEmpty());
    assertTrue(validate("{\"schema\":\"sixps/1\"}").isEmpty());
  }

  @Example
  void aFileThatUsesAKeyOf1_1MustSaySixps1_1() throws Exception {
    String[] uses = {
        "\"events\": [{\"id\": \"E1\", \"date\": \"2019\"}]",
        "\"family\": {\"households\": [{\"id\": \"h\"}]}",
        "\"people\": [{\"id\": \"a\", \"born\": \"about 2019\"}]",
        "\"people\": [{\"id\": \"a\"}, {\"id\": \"b\", \"gender\": \"female\"}]",
        "\"childsVoice\": [{\"language\": \"pl\"}]",
        "\"protective\": [{\"id\": \"S1\", \"events\": [\"E1\"]}]"};
    for (String use : uses) {
      for (String old : new String[] {"sixps/1", "sixps/1.0"}) {
        assertFalse(validate("{\"schema\": \"" + old + "\", " + use + "}").isEmpty(), use);
      }
      assertEquals(Set.of(), validate("{\"schema\": \"sixps/1.1\", " + use + "}"), use);
    }
    assertEquals(Set.of(), validate("{\"schema\": \"sixps/1\", \"events\": [],"
        + " \"family\": {\"parents\": []}, \"people\": [{\"id\": \"a\", \"born\": null}]}"));
    assertFalse(validate("{\"schema\": \"sixps/1.2\"}").isEmpty());
  }

  @Example
  void everyPropertyIsDescribed() throws Exception {
    JsonNode schema = MAPPER.readTree(FormulationSchema.json());
    checkDescribed(schema, "");
  }

  private static void checkDescribed(JsonNode node, String where) {
    JsonNode properties = node.get("properties");
    if (properties != null) {
      properties.fields().forEachRemaining(e -> {
        JsonNode property = e.getValue();
        assertTrue(property.has("description") || property.has("$ref"),
            where + "/" + e.getKey() + " has no description");
        checkDescribed(property, where + "/" + e.getKey());
      });
    }
    node.fields().forEachRemaining(e -> {
      if (e.getValue().isObject() && !e.getKey().equals("properties")) {
        checkDescribed(e.getValue(), where + "/" + e.getKey());
      }
    });
  }

  @Provide
  Arbitrary<Formulation> drafts() {
    return Formulations.drafts();
  }
}
