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
import java.util.List;
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
    // The worked example has no chronology or family tree yet: those headings are looked for
    // in a family that has both.
    String headings = doc.select("h2, h3").eachText().toString() + Jsoup.parse(
        HtmlRenderer.builder().terminology(words).build().render(
            io.github.sixps.formulation.render.testing.Families.blended()))
        .select("h2, h3").eachText();
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
    assertTrue(e.getMessage().endsWith("; every heading needs one"), e.getMessage());
  }

  @Test
  void unknownAndBlankLabelsAreClearErrors() {
    Map<String, String> typo = new java.util.LinkedHashMap<>();
    councilWords().forEach((k, v) -> typo.put(k.key(), v));
    typo.put("presentng", "x");
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> Terminology.of("t", typo));
    assertEquals("t: presentng: unknown key; did you mean \"headings.presenting\"?",
        unknown.getMessage());
    Map<String, String> blank = new java.util.LinkedHashMap<>();
    councilWords().forEach((k, v) -> blank.put(k.key(), v));
    blank.put("plan", "  ");
    assertEquals("t: headings.plan: has no text; give one, or leave the key out and name a base"
        + " set to take it from", assertThrows(IllegalArgumentException.class,
        () -> Terminology.of("t", blank)).getMessage());
  }

  @Test
  void aPartialFileTakesTheRestFromItsBase() throws IOException {
    Path file = dir.resolve("polish.yaml");
    Files.writeString(file, "base: family\nlanguage: pl\nheadings:\n  presenting: Co nas"
        + " martwi\nmonths:\n  november: listopada\nfacts.date: Data\n");
    Terminology words = Terminology.load(file);
    assertEquals("pl", words.language());
    assertEquals(Direction.LTR, words.direction());
    assertEquals("Co nas martwi", words.label(Label.PRESENTING));
    assertEquals("What is helping", words.label(Label.PROTECTIVE), "from the family set");
    assertEquals("listopada", words.text("months.november"));
    assertEquals("Data", words.text("facts.date"));
    assertEquals("Under way", words.text("actionStatus.inProgress"), "from leeds-6ps, below");
    String md = MarkdownRenderer.builder().terminology(words).build()
        .render(FormulationReader.standard().read(AHMED));
    assertTrue(md.contains("- **Data:** 2 listopada 2026"), md.substring(0, 400));
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsLineColumnAndAGuess() throws IOException {
    Path file = dir.resolve("mistakes.yaml");
    Files.writeString(file, String.join("\n",
        "base: famly",
        "language: ur_PK",
        "direction: rlt",
        "headings:",
        "  presentng: x",
        "  plan: ''",
        "facts:",
        "  date: Date {dat}",
        "supervision.due: Due {date}, {when}; {statuss}",
        ""));
    TerminologyException e = assertThrows(TerminologyException.class,
        () -> Terminology.load(file));
    assertEquals(List.of(
        file + ":1:7: base: no built-in set is called \"famly\"; use leeds-6ps,"
            + " clinical-5ps-plan, family; did you mean \"family\"?",
        file + ":2:11: language: \"ur_PK\" is not a language tag (BCP 47), such as en-GB, ur"
            + " or pl; did you mean \"ur-PK\"?",
        file + ":3:12: direction: \"rlt\" is not a direction; use ltr (left to right) or rtl"
            + " (right to left); did you mean \"rtl\"?",
        file + ":5:14: headings.presentng: unknown key; did you mean \"headings.presenting\"?",
        file + ":6:9: headings.plan: has no text; give one, or leave the key out and name a"
            + " base set to take it from",
        file + ":8:9: facts.date: {dat} is not filled in here: this text has no placeholders",
        file + ":9:18: supervision.due: {statuss} is not filled in here; this text can use"
            + " {date}, {when}, {status}; did you mean \"{status}\"?"),
        e.problems().stream().map(Object::toString).toList(), e.getMessage());
  }

  @Test
  void aFileWithoutABaseListsEveryMissingKeyInOneGo() {
    TerminologyException e = assertThrows(TerminologyException.class,
        () -> Terminology.parseProperties("language=cy\nheadings.plan=Ein cynllun\n",
            "welsh.properties"));
    assertEquals(1, e.problems().size(), e.getMessage());
    String message = e.problems().get(0).message();
    assertTrue(message.startsWith("no text is given for direction, headings.presenting,"),
        message);
    for (String key : Terminology.keys()) {
      if (!key.equals("language") && !key.equals("headings.plan")) {
        assertTrue(message.contains(key), key);
      }
    }
    assertTrue(message.endsWith("or name a built-in set to take the rest from, such as"
        + " \"base: leeds-6ps\""), message);
  }

  @Test
  void propertiesProblemsHaveTheirLine() {
    TerminologyException e = assertThrows(TerminologyException.class,
        () -> Terminology.parseProperties("base=leeds-6ps\n# a note\n  roles.chlid=Plentyn\n",
            "welsh.properties"));
    assertEquals("welsh.properties:3:3: roles.chlid: unknown key; did you mean"
        + " \"roles.child\"?", e.getMessage());
  }

  @Test
  void theTemplateIsCompleteAndReadsBackAsTheSameWords() {
    for (Terminology set : List.of(Terminology.leeds6Ps(), Terminology.family(),
        Terminology.clinical5PsPlan())) {
      String yaml = set.template();
      Terminology back = Terminology.parseYaml(yaml, "template.yaml");
      for (String key : Terminology.keys()) {
        assertEquals(set.text(key), back.text(key), key);
      }
      for (String key : Terminology.keys()) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        assertTrue(yaml.contains(last + ":"), key + " is in the template");
      }
    }
  }

  @Test
  void everyKeyIsDocumented() throws IOException {
    String doc = Files.readString(Path.of("../docs/terminology.md"));
    for (String key : Terminology.keys()) {
      assertTrue(doc.contains("`" + key + "`"), key + " is in docs/terminology.md");
    }
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
