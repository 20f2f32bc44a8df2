package io.github.sixps.formulation.render.braille;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.PresentingIssue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liblouis.DisplayTable;
import org.liblouis.Translator;

/**
 * Long unbroken text, a word of 3,000 letters or a long web address, never runs past the 40th
 * cell: it is divided across lines, each ending in a hyphen, and every letter of it is read back.
 */
class LongTextTest {
  private static final String WORD = "abcdefghij".repeat(300);
  private static final String URL = "https://www.example.org/families/" + "x1y2z3".repeat(60)
      + "?page=2&view=family";

  private static Formulation withLongText() {
    return Formulation.builder()
        .title(WORD)
        .addPerson(Person.of("p", URL, PersonRole.PARENT))
        .addPresenting(PresentingIssue.of("P1", "Before " + WORD + " and " + URL + " after."))
        .build();
  }

  @Test
  void nothingOverflowsAtAnySize() {
    for (int width : List.of(40, 32, 12)) {
      for (BrailleGrade grade : BrailleGrade.values()) {
        String brf = BrailleRenderer.builder().cellsPerLine(width).grade(grade).build()
            .render(withLongText());
        BrfGeometry.check(brf, width, 25, false);
      }
    }
  }

  @Test
  void everyLetterIsReadBackOnceTheDividedLinesAreJoined() throws Exception {
    String brf = BrailleRenderer.builder().grade(BrailleGrade.UNCONTRACTED).build()
        .render(withLongText());
    // Join each line that ends in a hyphen to the next, as a reader does: no line of this
    // document ends in a hyphen of its own.
    StringBuilder cells = new StringBuilder();
    for (List<String> page : Brf.pages(brf)) {
      for (String line : Brf.textLines(page, false)) {
        if (line.endsWith("-")) {
          cells.append(line.strip(), 0, line.strip().length() - 1);
        } else {
          cells.append(line.strip()).append(' ');
        }
      }
    }
    String unicode = DisplayTable.fromTable("en-us-brf.dis").decode(cells.toString());
    String print = new Translator(BrailleGrade.UNCONTRACTED.table()).backTranslate(unicode);
    assertTrue(print.contains("Before " + WORD + " and " + URL + " after."), print);
    assertTrue(print.contains(URL), "the parent's name, a long address, in full");
  }
}
