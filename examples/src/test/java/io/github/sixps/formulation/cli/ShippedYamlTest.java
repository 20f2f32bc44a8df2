package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.testing.PyYaml;
import io.github.sixps.formulation.validate.Profile;
import io.github.sixps.formulation.validate.Rule;
import io.github.sixps.formulation.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every YAML file SixPs ships reads the same in PyYAML, a YAML 1.1 reader as many other tools
 * are, as in SixPs: the worked and teaching examples, the template {@code formulation new}
 * writes, and the YAML in the README and the guides. A bare {@code on:} key, which YAML 1.1 reads
 * as true, or {@code title: no}, read as false, would show here.
 */
class ShippedYamlTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void everyShippedFormulationReadsTheSameInPyYaml() throws Exception {
    Map<String, String> formulations = new LinkedHashMap<>();
    for (String folder : List.of("worked", "teaching")) {
      try (Stream<Path> files = Files.walk(Path.of("src/main/resources", folder))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted()
            .collect(Collectors.toList())) {
          formulations.put(f.toString(), Files.readString(f));
        }
      }
    }
    Path fresh = dir.resolve("new.yaml");
    assertEquals(0, run("new", "--out", fresh.toString()).code());
    formulations.put("the template formulation new writes", Files.readString(fresh));
    for (Snippet s : snippets()) {
      if (kind(s.text()) == Kind.FORMULATION) {
        // A snippet shows part of a file; the rest of it is the format name.
        String text = s.text().startsWith("schema:") ? s.text() : "schema: sixps/1\n" + s.text();
        formulations.put(s.where(), text);
      }
    }
    assertTrue(formulations.size() > 12, formulations.keySet().toString());

    Map<String, PyYaml.Loaded> loaded = PyYaml.load(copy(formulations, "formulations"), true);

    List<String> differences = new ArrayList<>();
    FormulationReader reader = FormulationReader.standard();
    int i = 0;
    for (Map.Entry<String, String> e : formulations.entrySet()) {
      PyYaml.Loaded py = loaded.get(name(i++));
      String where = e.getKey();
      List<String> found = py.differences();
      found.forEach(d -> differences.add(where + ": " + d));
      if (!found.isEmpty()) {
        continue;
      }
      Formulation bySixPs = reader.read(e.getValue(), FileFormat.YAML, where);
      Formulation byPyYaml = reader.read(JSON.writeValueAsString(py.data()), FileFormat.JSON,
          where + " as PyYAML read it");
      if (!bySixPs.equals(byPyYaml)) {
        differences.add(where + ": PyYAML reads it otherwise than SixPs");
      }
    }
    assertEquals(List.of(), differences);
  }

  @Test
  void everyOtherYamlSnippetInTheDocsReadsTheSameInPyYaml() throws Exception {
    Map<String, String> others = new LinkedHashMap<>();
    Map<String, Kind> kinds = new LinkedHashMap<>();
    for (Snippet s : snippets()) {
      Kind kind = kind(s.text());
      if (kind != Kind.FORMULATION) {
        others.put(s.where(), s.text());
        kinds.put(s.where(), kind);
      }
    }
    assertTrue(kinds.containsValue(Kind.PROFILE) && kinds.containsValue(Kind.TERMINOLOGY),
        kinds.toString());

    Map<String, PyYaml.Loaded> loaded = PyYaml.load(copy(others, "others"), false);

    int i = 0;
    for (Map.Entry<String, String> e : others.entrySet()) {
      PyYaml.Loaded py = loaded.get(name(i++));
      String where = e.getKey();
      String asPyYamlReadIt = JSON.writeValueAsString(py.data());
      assertEquals(List.of(), py.differences(), where);
      if (kinds.get(where) == Kind.PROFILE) {
        // YAML 1.1 reads "off" as false, which a profile takes as off as well.
        Profile bySixPs = Profile.parse(e.getValue(), where);
        Profile byPyYaml = Profile.parse(asPyYamlReadIt, where);
        assertEquals(bySixPs.overrides(), byPyYaml.overrides(), where);
        for (Rule rule : Validator.standard().rules()) {
          assertEquals(bySixPs.severityOf(rule), byPyYaml.severityOf(rule), where);
        }
      } else if (kinds.get(where) == Kind.TERMINOLOGY && whole(e.getValue(), where)) {
        Terminology bySixPs = Terminology.parseYaml(e.getValue(), where);
        Terminology byPyYaml = Terminology.parseYaml(asPyYamlReadIt, where);
        for (Label label : Label.values()) {
          assertEquals(bySixPs.label(label), byPyYaml.label(label), where + ": " + label);
        }
      }
    }
  }

  /**
   * Whether a terminology snippet is a whole file; the guides also show parts of one (two
   * headings, to show the two ways of writing keys), which PyYAML must still read the same.
   */
  private static boolean whole(String yaml, String where) {
    try {
      Terminology.parseYaml(yaml, where);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A YAML block in a document: where it is, and its text. */
  private record Snippet(String where, String text) {}

  /** What a snippet shows; a lexicon entry is the core's data, read by its own tests. */
  private enum Kind { FORMULATION, PROFILE, TERMINOLOGY, LEXICON }

  private static Kind kind(String yaml) {
    if (yaml.lines().anyMatch(l -> l.startsWith("rules:") || l.startsWith("extends:"))) {
      return Kind.PROFILE;
    }
    if (yaml.lines().anyMatch(l -> l.startsWith("diagram:") || l.startsWith("findings:")
        || l.startsWith("headings:") || l.startsWith("headings.") || l.startsWith("base:"))) {
      return Kind.TERMINOLOGY;
    }
    if (yaml.startsWith("- phrase:")) {
      return Kind.LEXICON;
    }
    return Kind.FORMULATION;
  }

  /** Every {@code yaml} block in the README and the guides. */
  private static List<Snippet> snippets() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    List<Snippet> snippets = new ArrayList<>();
    for (Path doc : docs) {
      int[] n = {0};
      Parser.builder().build().parse(Files.readString(doc, StandardCharsets.UTF_8))
          .accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
              String info = block.getInfo() == null ? "" : block.getInfo().strip();
              if (info.equals("yaml") || info.equals("yml")) {
                snippets.add(new Snippet(ROOT.relativize(doc) + ", YAML block " + ++n[0],
                    block.getLiteral()));
              }
            }
          });
    }
    return snippets;
  }

  /** Writes the texts to numbered files in a new folder, in order. */
  private Path copy(Map<String, String> texts, String folder) throws IOException {
    Path to = Files.createDirectory(dir.resolve(folder));
    int i = 0;
    for (String text : texts.values()) {
      Files.writeString(to.resolve(name(i++)), text);
    }
    return to;
  }

  private static String name(int i) {
    return String.format("%03d.yaml", i);
  }
}
