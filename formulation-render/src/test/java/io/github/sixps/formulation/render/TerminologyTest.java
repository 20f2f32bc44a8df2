package io.github.sixps.formulation.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.html.HtmlRenderer;
import io.github.sixps.formulation.render.markdown.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminologyTest {
  static final Path AHMED = Path.of("../examples/src/main/resources/worked/"
      + "school-avoidance-ahmed.yaml");

  @TempDir
  Path dir;

  /** A council's own words: every label gets a text no built-in set uses. */
  private static Map<Label, String> councilWords() {
    Map<Label, String> words = new EnumMap<>(Label.class);
    for (Label label : Label.values()) {
      words.put(label, "Council " + label.key() + " heading");
    }
    return words;
  }

  @Test
  void aCustomYamlFileChangesEveryHeading() throws IOException {
    Path file = dir.resolve("council.yaml");
    Files.writeString(file, councilWords().entrySet().stream()
        .map(e -> e.getKey().key() + ": " + e.getValue()).collect(Collectors.joining("\n")));
    Terminology words = Terminology.load(file);
    Formulation f = FormulationReader.standard().read(AHMED);
    String html = HtmlRenderer.builder().terminology(words)
        .findings(io.github.sixps.formulation.validate.Validator.standard()).build().render(f);
    Document doc = Jsoup.parse(html);
    String headings = doc.select("h2, h3").eachText().toString();
    for (Label label : Label.values()) {
      if (label == Label.WORRIES || label == Label.GOOD_THINGS || label == Label.DREAMS) {
        assertTrue(doc.text().contains(words.label(label)), label + " is used");
      } else {
        assertTrue(headings.contains(words.label(label)), label + " heads a section: "
            + headings);
      }
    }
    for (String builtIn : new String[] {"Presenting issues", "Protective factors", "Hypothesis"}) {
      assertFalse(headings.contains(builtIn), builtIn + " is replaced");
    }
  }

  @Test
  void aCustomPropertiesFileWorksTheSame() throws IOException {
    Path file = dir.resolve("council.properties");
    Files.writeString(file, councilWords().entrySet().stream()
        .map(e -> e.getKey().key() + "=" + e.getValue()).collect(Collectors.joining("\n")));
    String md = MarkdownRenderer.builder().terminology(Terminology.load(file)).build()
        .render(FormulationReader.standard().read(AHMED));
    assertTrue(md.contains("## Council presenting heading"), md.substring(0, 300));
    assertTrue(md.contains("## Council plan heading"));
  }

  @Test
  void aMissingLabelIsAClearError() throws IOException {
    Path file = dir.resolve("short.yaml");
    Files.writeString(file, "presenting: What worries us\nplan: Our plan\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Terminology.load(file));
    assertTrue(e.getMessage().startsWith(file + ": no text is given for predisposing, "
        + "precipitating, perpetuating, protective, people,"), e.getMessage());
    assertTrue(e.getMessage().endsWith("; every label needs one"), e.getMessage());
  }

  @Test
  void unknownAndBlankLabelsAreClearErrors() {
    Map<String, String> typo = new java.util.LinkedHashMap<>();
    councilWords().forEach((k, v) -> typo.put(k.key(), v));
    typo.put("presentng", "x");
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> Terminology.of("t", typo));
    assertEquals("t: unknown label \"presentng\"; did you mean \"presenting\"?",
        unknown.getMessage());
    Map<String, String> blank = new java.util.LinkedHashMap<>();
    councilWords().forEach((k, v) -> blank.put(k.key(), v));
    blank.put("plan", "  ");
    assertEquals("t: the label \"plan\" is blank", assertThrows(IllegalArgumentException.class,
        () -> Terminology.of("t", blank)).getMessage());
  }

  @Test
  void builtInSetsByName() {
    assertEquals("Presenting issues", Terminology.named("leeds-6ps").label(Label.PRESENTING));
    assertEquals("Presenting problem",
        Terminology.named("clinical-5ps-plan").label(Label.PRESENTING));
    assertEquals("What we are worried about", Terminology.named("family")
        .label(Label.PRESENTING));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Terminology.named("leeds"));
    assertTrue(e.getMessage().contains("use leeds-6ps, clinical-5ps-plan, family"),
        e.getMessage());
  }
}
