package io.github.sixps.formulation.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.testing.UserText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRendererTest {
  static final Path WORKED = Path.of("../examples/src/main/resources/worked");
  static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots/markdown");
  static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create())).build();

  static List<Object[]> examples() throws IOException {
    List<Object[]> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(WORKED)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted()
          .collect(Collectors.toList())) {
        for (Audience audience : Audience.values()) {
          cases.add(new Object[] {file, audience});
        }
      }
    }
    return cases;
  }

  static String render(Path file, Audience audience) throws IOException {
    return MarkdownRenderer.builder().audience(audience).build()
        .render(FormulationReader.standard().read(file));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void matchesTheApprovedSnapshot(Path file, Audience audience) throws IOException {
    String name = file.getFileName().toString().replace(".yaml", "") + "-"
        + audience.name().toLowerCase() + ".md";
    String markdown = render(file, audience);
    Path snapshot = SNAPSHOTS.resolve(name);
    if (Boolean.getBoolean("snapshots.update") || !Files.exists(snapshot)) {
      Files.createDirectories(SNAPSHOTS);
      Files.writeString(snapshot, markdown);
    }
    assertEquals(Files.readString(snapshot), markdown,
        "differs from " + snapshot + "; if the change is right, run with -Dsnapshots.update=true"
            + " and read the new snapshot before committing it");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void parsesBackIntoTheOutline(Path file, Audience audience) throws IOException {
    Formulation f = FormulationReader.standard().read(file);
    Node doc = PARSER.parse(render(file, audience));
    List<Heading> headings = new ArrayList<>();
    List<TableBlock> tables = new ArrayList<>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        headings.add(heading);
        visitChildren(heading);
      }

      @Override
      public void visit(org.commonmark.node.CustomBlock block) {
        if (block instanceof TableBlock) {
          tables.add((TableBlock) block);
        }
        visitChildren(block);
      }
    });
    assertEquals(1, headings.stream().filter(h -> h.getLevel() == 1).count(), "one title");
    int previous = 1;
    for (Heading h : headings) {
      assertTrue(h.getLevel() <= previous + 1, "no heading level is skipped");
      previous = h.getLevel();
    }
    if (audience == Audience.FAMILY) {
      assertEquals(0, tables.size(), "the family's version is lists, readable in large print");
    } else {
      assertTrue(tables.size() >= 2, "the people and the actions are tables");
    }
    String text = MarkdownProperties.textOf(doc);
    for (String s : UserText.of(f, audience)) {
      assertTrue(text.contains(s), "shows: " + s);
    }
  }

  @Test
  void theFamilyVersionHasNoScoresOrCodes() throws IOException {
    String family = render(WORKED.resolve("school-avoidance-ahmed.yaml"), Audience.FAMILY);
    assertFalse(family.contains("**P1**"), "no ids");
    assertFalse(family.contains("Score"), "no scores");
    assertTrue(family.contains("## What we are worried about"), "family words by default");
    String practitioner = render(WORKED.resolve("school-avoidance-ahmed.yaml"),
        Audience.PRACTITIONER);
    assertTrue(practitioner.contains("| Rank | Factor | Score | Group | Why this rank |"));
    assertTrue(practitioner.contains("## Presenting issues"));
  }

  @Test
  void frontMatterReadsBackAsYaml() throws IOException {
    Formulation f = FormulationReader.standard().read(WORKED.resolve(
        "school-avoidance-ahmed.yaml"));
    String md = MarkdownRenderer.builder().frontMatter(true).build().render(f);
    Node doc = Parser.builder().extensions(List.of(YamlFrontMatterExtension.create())).build()
        .parse(md);
    YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
    doc.accept(visitor);
    Map<String, List<String>> data = visitor.getData();
    assertEquals(List.of("2026-11-02"), data.get("date"));
    assertTrue(data.get("title").get(0).contains("Ahmed"), data.toString());
  }

  @Test
  void teachingNotesMarkingAndTerminology() throws IOException {
    Formulation f = FormulationReader.standard().read(WORKED.resolve(
        "young-carer-kowalski.yaml"));
    String md = MarkdownRenderer.builder().teaching(true).marking("OFFICIAL")
        .terminology(Terminology.clinical5PsPlan()).build().render(f);
    assertTrue(md.startsWith("**OFFICIAL**"), md.substring(0, 40));
    assertTrue(md.contains("> **About this part:**"));
    assertTrue(md.contains("## Presenting problem"));
    String none = MarkdownRenderer.builder().noMarking().build().render(f);
    assertTrue(none.startsWith("# "), none.substring(0, 40));
  }

  @Test
  void theBlankWorksheetHasEveryBoxWithItsQuestionThenTheHouses() {
    String md = MarkdownRenderer.builder().build().renderBlank();
    assertTrue(md.contains("## The six Ps\n"), md);
    for (String heading : List.of("Presenting issues", "Predisposing factors",
        "Precipitating factors", "Perpetuating factors", "Protective factors", "Plan")) {
      assertTrue(md.contains("### " + heading + "\n"), heading);
    }
    assertTrue(md.contains("### Perpetuating factors\n\nWhat keeps the worries going? Which"
        + " matter most to the family?\n"), md);
    int houses = md.indexOf("## The three houses\n");
    assertTrue(houses > md.indexOf("### Plan"), "the houses after the six boxes");
    for (String house : List.of("House of worries", "House of good things", "House of dreams",
        "Hypothesis")) {
      assertTrue(md.indexOf("### " + house + "\n") > houses, house);
    }
    String family = MarkdownRenderer.builder().audience(Audience.FAMILY).build().renderBlank();
    assertTrue(family.contains("What made things harder for you growing up?"), family);
    assertFalse(family.contains("Teaching notes") || family.contains("About this part"), family);
  }

  @Test
  void escapingKeepsMarkupAsText() {
    assertEquals("\\*not bold\\* \\[x\\](y) \\<b\\> a \\| b \\&amp;",
        MarkdownWriter.escape("*not bold* [x](y) <b> a | b &amp;"));
    assertEquals("\\- item", MarkdownWriter.escape("- item"));
    assertEquals("1\\. item", MarkdownWriter.escape("1. item"));
    assertEquals("\\# heading", MarkdownWriter.escape("# heading"));
    assertEquals("two lines", MarkdownWriter.escape("  two\n\n  lines  "));
    assertEquals("\\- item", MarkdownWriter.escape("\u0000 - item"), "NUL hides no list marker");
  }
}
