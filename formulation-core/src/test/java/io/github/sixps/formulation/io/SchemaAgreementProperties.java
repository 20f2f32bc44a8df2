package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.testing.Formulations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader and the published JSON Schema agree on every document at the schema's edges: both
 * accept what the schema allows (nulls for keys left out, keys in any order, 7.0 for 7, text at
 * the longest, numbers at the largest, leap days, later minor versions) and both refuse what it
 * does not (text one character too long, numbers one past the range, impossible dates, unknown
 * keys, empty list entries, nulls where a value is required). The documents are the writer's, of
 * generated formulations, edited where the schema says what may be there.
 */
class SchemaAgreementProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonNode SCHEMA = read(FormulationSchema.json());
  private static final int MAX_LENGTH = ReadLimits.defaults().maxStringLength();

  private final FormulationReader reader = FormulationReader.standard();

  /** One place in a document, and what the schema says may be there. */
  private record Slot(JsonNode container, String key, int index, JsonNode schema,
      boolean property, boolean required, boolean present) {
    JsonNode value() {
      return key != null ? container.get(key) : container.get(index);
    }

    void set(JsonNode value) {
      if (key != null) {
        ((ObjectNode) container).set(key, value);
      } else {
        ((ArrayNode) container).set(index, value);
      }
    }
  }

  /** A change to a document: what it does, whether the schema allows it, and whether it keeps
   * the formulation the same. */
  private record Edit(String name, boolean allowed, boolean keepsMeaning,
      Predicate<Slot> fits, EditAction action) {}

  @FunctionalInterface
  private interface EditAction {
    void apply(Slot slot, ObjectNode doc, Random random);
  }

  private static final List<Edit> EDITS = List.of(
      // Allowed, and the formulation read is the same.
      new Edit("null for a key left out", true, true,
          s -> s.property() && !s.required() && !s.present(), (s, d, r) -> s.set(NODES.nullNode())),
      new Edit("an empty list for a list left out", true, true,
          s -> s.property() && !s.required() && !s.present() && types(s).contains("array"),
          (s, d, r) -> s.set(NODES.arrayNode())),
      new Edit("keys in another order", true, true,
          s -> s.present() && s.value().isObject(), (s, d, r) -> shuffle((ObjectNode) s.value(), r)),
      new Edit("a whole number written with a decimal point", true, true,
          s -> s.present() && s.value().isInt(),
          (s, d, r) -> s.set(NODES.numberNode(new BigDecimal(s.value().bigIntegerValue())
              .setScale(1 + r.nextInt(3))))),
      new Edit("a whole number written with an exponent", true, true,
          s -> s.present() && s.value().isInt(),
          // 70e-1 is 7; JSON allows no 00e-1 for 0.
          (s, d, r) -> s.set(NODES.rawValueNode(new RawValue(s.value().asText()
              + pick(r, "e0", "E+0", ".0e0", s.value().asInt() == 0 ? "e5" : "0e-1"))))),
      // Allowed, and the formulation read changes.
      new Edit("a whole number at the edge of the range", true, false,
          s -> s.present() && types(s).contains("integer"),
          (s, d, r) -> s.set(NODES.numberNode(pick(r, Integer.MIN_VALUE, Integer.MAX_VALUE, 0,
              -1)))),
      new Edit("text at the longest", true, false, SchemaAgreementProperties::isText,
          (s, d, r) -> s.set(NODES.textNode(text(MAX_LENGTH, r)))),
      new Edit("a date at an edge", true, false, SchemaAgreementProperties::isDate,
          (s, d, r) -> s.set(NODES.textNode(pick(r, "2024-02-29", "2000-02-29", "1900-02-28",
              "9999-12-31", "0001-01-01", "2026-12-31")))),
      new Edit("an empty set of keys for an object left out", true, false,
          s -> s.property() && !s.present() && types(s).contains("object")
              && s.schema().has("properties") && !s.schema().has("required"),
          (s, d, r) -> s.set(NODES.objectNode())),
      new Edit("the version written another way, or a later one that holds it", true, false,
          s -> s.property() && "schema".equals(s.key()),
          (s, d, r) -> s.set(NODES.textNode(s.value().asText().equals("sixps/1.1") ? "sixps/1.1"
              : pick(r, "sixps/1", "sixps/1.0", "sixps/1.1")))),
      // Dates as people say them are keys of 1.1 (an event's, a birth's, a death's): a file that
      // gives one says so, as a person adding one would have to.
      new Edit("an event's date at an edge", true, false, SchemaAgreementProperties::isEventDate,
          (s, d, r) -> {
            s.set(NODES.textNode(pick(r, "2024-02-29", "2000-02-29", "0000-02-29",
                "about 1900-02-28", "9999-12-31", "0001", "about 2019", "2026-12", "2026-04-30")));
            d.put("schema", "sixps/1.1");
          }),
      // Refused by both.
      new Edit("text one character too long", false, false, SchemaAgreementProperties::isText,
          (s, d, r) -> s.set(NODES.textNode(text(MAX_LENGTH + 1, r)))),
      new Edit("a whole number past the range", false, false,
          s -> s.present() && types(s).contains("integer"),
          (s, d, r) -> s.set(NODES.numberNode(pick(r,
              BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE),
              BigInteger.valueOf(Integer.MIN_VALUE).subtract(BigInteger.ONE),
              BigInteger.TEN.pow(20))))),
      new Edit("a number that is not whole", false, false,
          s -> s.present() && types(s).contains("integer"),
          (s, d, r) -> s.set(NODES.numberNode(new BigDecimal("7.5")))),
      new Edit("a number as text", false, false, s -> s.present() && types(s).contains("integer"),
          (s, d, r) -> s.set(NODES.textNode("7"))),
      new Edit("an impossible or badly written date", false, false,
          SchemaAgreementProperties::isDate,
          (s, d, r) -> s.set(NODES.textNode(pick(r, "2026-02-29", "2026-13-01", "2026-04-31",
              "2026-00-10", "2026-4-3", "+12026-01-01", "2026-11-02T10:00", "02/11/2026",
              "1900-02-29")))),
      new Edit("an impossible or badly written event date", false, false,
          SchemaAgreementProperties::isEventDate,
          (s, d, r) -> s.set(NODES.textNode(pick(r, "2026-02-29", "1900-02-29", "2026-13",
              "2026-04-31", "2026-00", "2026-3", "March 2019", "About 2019", "about  2019",
              "c. 2019", "19", "2026-11-02T10:00", " 2019", "2019 ")))),
      new Edit("a minor version newer than this SixPs reads", false, false,
          s -> s.property() && "schema".equals(s.key()),
          (s, d, r) -> s.set(NODES.textNode(pick(r, "sixps/1.2", "sixps/1.7", "sixps/1.12")))),
      new Edit("version 1.0 named for a file that uses 1.1", false, false,
          s -> s.property() && "schema".equals(s.key()) && usesVersion1_1(s.container()),
          (s, d, r) -> s.set(NODES.textNode(pick(r, "sixps/1", "sixps/1.0")))),
      new Edit("a language that is not a tag", false, false,
          s -> s.present() && s.schema().path("pattern").asText().startsWith("^[A-Za-z]{2,3}"),
          (s, d, r) -> s.set(NODES.textNode(pick(r, "Polish", "p", "en_GB", "pl-", "")))),
      new Edit("an unknown key", false, false,
          s -> s.present() && s.value().isObject() && s.schema().has("properties"),
          (s, d, r) -> ((ObjectNode) s.value()).put("tittle", "x")),
      new Edit("null for a required key", false, false,
          s -> s.property() && s.required(), (s, d, r) -> s.set(NODES.nullNode())),
      new Edit("a required key left out", false, false,
          s -> s.property() && s.required() && s.present(),
          (s, d, r) -> ((ObjectNode) s.container()).remove(s.key())),
      new Edit("an empty list entry or id value", false, false,
          s -> !s.property() && s.present(), (s, d, r) -> s.set(NODES.nullNode())),
      new Edit("a value not in the list of choices", false, false,
          s -> s.present() && s.schema().has("enum"), (s, d, r) -> s.set(NODES.textNode("Draft"))),
      new Edit("a number or true where text belongs", false, false,
          SchemaAgreementProperties::isText,
          (s, d, r) -> s.set(r.nextBoolean() ? NODES.numberNode(5) : NODES.booleanNode(true))),
      new Edit("a list where a set of keys belongs", false, false,
          s -> s.present() && s.value().isObject(), (s, d, r) -> s.set(NODES.arrayNode())),
      new Edit("another major version", false, false,
          s -> s.property() && "schema".equals(s.key()),
          (s, d, r) -> s.set(NODES.textNode(pick(r, "sixps/2", "sixps/1.x", "sixps/01")))));

  @Property(tries = 600)
  void theReaderAndTheSchemaAgreeAtTheSchemasEdges(@ForAll("drafts") Formulation f,
      @ForAll Random random) throws Exception {
    ObjectNode doc = (ObjectNode) read(FormulationWriter.standard().write(f, FileFormat.JSON));
    List<String> applied = new ArrayList<>();
    boolean allowed = true;
    boolean keepsMeaning = true;
    int edits = random.nextInt(4);
    boolean refuse = random.nextBoolean();
    for (int i = 0; i <= edits; i++) {
      boolean last = i == edits;
      Edit edit = pickEdit(random, last && refuse ? Boolean.FALSE : Boolean.TRUE);
      if (edit.name().equals("text at the longest") && applied.contains(edit.name())) {
        continue;  // one long text a document keeps it small enough to check quickly
      }
      List<Slot> fitting = new ArrayList<>();
      for (Slot s : slots(doc)) {
        if (edit.fits().test(s)) {
          fitting.add(s);
        }
      }
      if (fitting.isEmpty()) {
        continue;
      }
      Slot slot = fitting.get(random.nextInt(fitting.size()));
      edit.action().apply(slot, doc, random);
      applied.add(edit.name() + " at " + where(slot));
      allowed &= edit.allowed();
      keepsMeaning &= edit.keepsMeaning();
    }
    String json = doc.toString();
    // Both judge the same text: the schema the tree read back from it, the reader the text.
    JsonNode parsed = read(json);

    boolean bySchema = SchemaProperties.SCHEMA.validate(parsed).isEmpty();
    Formulation read = null;
    String refusal = null;
    try {
      read = reader.read(json, FileFormat.JSON, "edited.json");
    } catch (FormulationReadException e) {
      refusal = e.getMessage();
    }

    String why = "edits: " + applied + "\nschema says: "
        + SchemaProperties.SCHEMA.validate(parsed) + "\nreader says: " + refusal + "\n"
        + shortened(json);
    assertEquals(allowed, bySchema, "the schema: " + why);
    assertEquals(allowed, read != null, "the reader: " + why);
    if (read != null && keepsMeaning) {
      assertEquals(f, read, "the formulation read: " + why);
    }
  }

  @Example
  void nullIsLeftOutForBothAndAWholeNumberIsWholeHoweverWritten() throws Exception {
    String json = "{\"schema\": \"sixps/1\", \"title\": null, \"status\": null, \"plan\": null,"
        + " \"people\": [{\"id\": \"a\", \"name\": null, \"age\": 7.0}]}";

    assertEquals(Set.of(), SchemaProperties.validate(json));
    Formulation f = reader.read(json, FileFormat.JSON, "x.json");
    assertEquals("", f.title());
    assertEquals(7, f.people().get(0).age().orElseThrow());
  }

  @Example
  void theSchemaStatesTheReadersLimits() {
    Set<Integer> maxLengths = new HashSet<>();
    Set<Long> maxima = new HashSet<>();
    Set<Long> minima = new HashSet<>();
    collect(SCHEMA, maxLengths, maxima, minima);

    assertEquals(Set.of(ReadLimits.defaults().maxStringLength()), maxLengths);
    assertEquals(Set.of((long) Integer.MAX_VALUE), maxima);
    assertEquals(Set.of((long) Integer.MIN_VALUE), minima);
  }

  private static void collect(JsonNode node, Set<Integer> maxLengths, Set<Long> maxima,
      Set<Long> minima) {
    if (node.has("maxLength")) {
      maxLengths.add(node.get("maxLength").asInt());
    }
    if (node.has("maximum")) {
      maxima.add(node.get("maximum").asLong());
    }
    if (node.has("minimum")) {
      minima.add(node.get("minimum").asLong());
    }
    node.forEach(child -> collect(child, maxLengths, maxima, minima));
  }

  private static Edit pickEdit(Random random, Boolean allowed) {
    List<Edit> choices = EDITS.stream().filter(e -> e.allowed() == allowed).toList();
    return choices.get(random.nextInt(choices.size()));
  }

  /** Every place in the document and what the schema says of it, walking both together. */
  private static List<Slot> slots(ObjectNode doc) {
    List<Slot> out = new ArrayList<>();
    walk(doc, SCHEMA, out);
    return out;
  }

  private static void walk(JsonNode value, JsonNode schema, List<Slot> out) {
    JsonNode s = resolve(schema);
    if (value.isObject() && s.has("properties")) {
      Set<String> required = new HashSet<>();
      s.path("required").forEach(r -> required.add(r.asText()));
      Iterator<Map.Entry<String, JsonNode>> props = s.get("properties").fields();
      while (props.hasNext()) {
        Map.Entry<String, JsonNode> p = props.next();
        JsonNode v = value.get(p.getKey());
        boolean present = v != null && !v.isNull();
        out.add(new Slot(value, p.getKey(), -1, resolve(p.getValue()), true,
            required.contains(p.getKey()), present));
        if (present) {
          walk(v, p.getValue(), out);
        }
      }
    } else if (value.isObject() && s.path("additionalProperties").isObject()) {
      List<String> keys = new ArrayList<>();
      value.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        out.add(new Slot(value, k, -1, resolve(s.get("additionalProperties")), false, true,
            true));
        walk(value.get(k), s.get("additionalProperties"), out);
      }
    } else if (value.isArray() && s.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        out.add(new Slot(value, null, i, resolve(s.get("items")), false, true, true));
        walk(value.get(i), s.get("items"), out);
      }
    }
  }

  /** Follows {@code $ref}s, and takes the branch of an {@code anyOf} that is not "nothing". */
  private static JsonNode resolve(JsonNode schema) {
    JsonNode s = schema;
    while (true) {
      if (s.has("$ref")) {
        s = SCHEMA.at(s.get("$ref").asText().substring(1));
      } else if (s.has("anyOf")) {
        s = s.get("anyOf").get(0);
      } else {
        return s;
      }
    }
  }

  private static Set<String> types(Slot s) {
    Set<String> types = new HashSet<>();
    JsonNode t = s.schema().get("type");
    if (t != null && t.isArray()) {
      t.forEach(x -> types.add(x.asText()));
    } else if (t != null) {
      types.add(t.asText());
    }
    return types;
  }

  private static boolean isText(Slot s) {
    return types(s).contains("string") && s.schema().has("maxLength")
        && (s.present() || s.property());
  }

  /** Whether the document, as it stands, records something only version 1.1 holds. */
  private static boolean usesVersion1_1(JsonNode doc) {
    ObjectNode as11 = ((ObjectNode) doc).deepCopy();
    as11.put("schema", "sixps/1.1");
    try {
      return FormatVersion.needed(FormulationReader.standard().read(as11.toString(),
          FileFormat.JSON, "as-1.1.json")) > 0;
    } catch (FormulationReadException e) {
      return false;  // already refused by an earlier edit, whatever the version says
    }
  }

  private static boolean isEventDate(Slot s) {
    return s.schema().path("pattern").asText().startsWith("^(about )?");
  }

  private static boolean isDate(Slot s) {
    return "date".equals(s.schema().path("format").asText());
  }

  /** Text of exactly so many code points, a third of them emoji (two UTF-16 units each). */
  private static String text(int codePoints, Random random) {
    StringBuilder s = new StringBuilder();
    int emoji = codePoints / 3;
    s.append("🙂".repeat(emoji));
    s.append(random.nextBoolean() ? "a".repeat(codePoints - emoji) : "é".repeat(codePoints
        - emoji));
    return s.toString();
  }

  private static void shuffle(ObjectNode object, Random random) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
    List<String> keys = new ArrayList<>(fields.keySet());
    Collections.shuffle(keys, random);
    object.removeAll();
    keys.forEach(k -> object.set(k, fields.get(k)));
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String where(Slot s) {
    return s.key() != null ? s.key() : "[" + s.index() + "]";
  }

  private static String shortened(String json) {
    return json.length() > 3000 ? json.substring(0, 3000) + "…" : json;
  }

  private static JsonNode read(String json) {
    try {
      return SchemaProperties.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<Formulation> drafts() {
    return Formulations.drafts();
  }
}
