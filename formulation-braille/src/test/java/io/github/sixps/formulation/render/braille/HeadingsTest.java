package io.github.sixps.formulation.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Headings as Braille Formats (BANA) sets them: main headings centred with a blank line before
 * and after, subheadings in cell 5 with a blank line before, and no heading left at the foot of
 * a page without two lines of what follows under it.
 */
class HeadingsTest {
  private static final BrailleRenderer FAMILY = BrailleRenderer.builder().build();
  private static final UebTranslator UEB = UebTranslator.of(BrailleGrade.CONTRACTED);

  static List<String> examples() {
    return WorkedExamples.names();
  }

  private static String brf(String print) {
    return BrailleAscii.encode(UEB.translate(print, c -> { }));
  }

  /** Where a line stands: its page and line, or null if it is nowhere. */
  private static int[] find(List<List<String>> pages, String line) {
    for (int p = 0; p < pages.size(); p++) {
      for (int l = 0; l < pages.get(p).size(); l++) {
        if (pages.get(p).get(l).strip().equals(line)) {
          return new int[] {p, l};
        }
      }
    }
    return null;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void mainHeadingsAreCentredWithBlankLinesAndKeptWithWhatFollows(String name) {
    Formulation f = WorkedExamples.read(name);
    List<List<String>> pages = Brf.pages(FAMILY.render(f));
    List<String> headings = new ArrayList<>();
    headings.add(f.title());
    Terminology words = Terminology.family();
    for (Label label : List.of(Label.PRESENTING, Label.PREDISPOSING, Label.PRECIPITATING,
        Label.PERPETUATING, Label.PROTECTIVE, Label.CHILDS_VOICE, Label.PLAN)) {
      headings.add(words.label(label));
    }
    for (String heading : headings) {
      // A long heading takes more than one line, each centred with room on either side.
      List<String> lines = Lines.centred(UEB.translate(heading, c -> { }), 40);
      int[] at = find(pages, BrailleAscii.encode(lines.get(0)).strip());
      assertTrue(at != null, name + ": no centred line for " + heading);
      List<String> page = pages.get(at[0]);
      for (int i = 0; i < lines.size(); i++) {
        String line = page.get(at[1] + i);
        String cells = line.strip();
        int left = line.length() - line.stripLeading().length();
        assertEquals((40 - cells.length()) / 2, left, "centred: [" + line + "]");
        assertTrue(left >= 3 && cells.length() <= 34, "three blank cells either side: " + line);
      }
      assertTrue(at[1] == 0 || page.get(at[1] - 1).isBlank(),
          "a blank line before " + heading);
      int end = at[1] + lines.size();
      assertTrue(page.get(end).isBlank(), "a blank line after " + heading);
      // Two lines of text follow on the same page, above the page number's line.
      long after = page.subList(end, page.size() - 1).stream()
          .filter(s -> !s.isBlank()).count();
      assertTrue(after >= 2, name + ": heading " + heading + " is left at the foot of page "
          + (at[0] + 1));
    }
  }

  @Test
  void eachChildsNameStandsInCell5AfterABlankLine() {
    // Two children's words, each under the child's name; one child's need no heading, the
    // document's "About" naming the child.
    Formulation f = WorkedExamples.read("young-carer-kowalski");
    List<List<String>> pages = Brf.pages(FAMILY.render(f));
    for (String name : List.of("Zofia", "Tymon")) {
      String heading = brf(name);
      boolean seen = false;
      for (List<String> page : pages) {
        for (int l = 1; l < page.size(); l++) {
          if (page.get(l).equals("    " + heading)) {
            assertTrue(page.get(l - 1).isBlank(), "a blank line before the cell-5 heading: "
                + page.subList(Math.max(0, l - 3), l + 1));
            assertFalse(page.get(l + 1).isBlank(), "no blank line after a cell-5 heading");
            seen = true;
          }
        }
      }
      assertTrue(seen, "no cell-5 heading " + heading);
    }
  }

  @Test
  void listItemsStartInCell1AndTheirDetailsInCell3() {
    Formulation f = WorkedExamples.read("school-avoidance-ahmed");
    List<List<String>> pages = Brf.pages(FAMILY.render(f));
    // The first action: "What" in cell 1, then "Who: Farida. By when: …" in cell 3.
    String who = brf("Who: " + "Farida");
    int[] at = null;
    for (int p = 0; p < pages.size() && at == null; p++) {
      for (int l = 0; l < pages.get(p).size() && at == null; l++) {
        if (pages.get(p).get(l).strip().startsWith(who)) {
          at = new int[] {p, l};
        }
      }
    }
    assertTrue(at != null, "no line " + who);
    assertTrue(pages.get(at[0]).get(at[1]).startsWith("  " + who.charAt(0)),
        "details start in cell 3");
  }

  @Test
  void paragraphsStartInCell3() {
    Formulation f = WorkedExamples.read("school-avoidance-ahmed");
    String hypothesis = brf(f.hypothesis().get().statement());
    String firstWords = hypothesis.substring(0, hypothesis.indexOf(' ', 12));
    boolean seen = Brf.pages(FAMILY.render(f)).stream().flatMap(List::stream)
        .anyMatch(line -> line.startsWith("  " + firstWords));
    assertTrue(seen, "the hypothesis starts in cell 3: " + firstWords);
  }
}
