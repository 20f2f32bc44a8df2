package io.github.sixps.formulation.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A braille reader reads everything in order, with no picture to glance past: read back from the
 * file, each worked example says its first worry once (the picture's words, the sections said
 * again, are left out), and "Actions" heads the actions once (the table's caption under the
 * heading of the same words is not said again).
 */
class NoRepeatsTest {
  static List<String> examples() {
    return WorkedExamples.names();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void eachThingIsSaidOnce(String name) {
    Formulation f = WorkedExamples.read(name);
    for (Audience audience : Audience.values()) {
      Terminology t = audience == Audience.FAMILY ? Terminology.family()
          : Terminology.leeds6Ps();
      String brf = BrailleRenderer.builder().audience(audience).grade(
          BrailleGrade.UNCONTRACTED).build().render(f);
      List<String> read = Brf.words(Brf.backTranslate(brf, BrailleGrade.UNCONTRACTED));
      String where = name + " " + audience;
      assertEquals(0, runs(read, Brf.words(t.label(Label.DIAGRAM))), where + ": "
          + t.label(Label.DIAGRAM));
      assertEquals(1, runs(read, Brf.words(f.presenting().get(0).statement())),
          where + ": the first worry");
      if (audience == Audience.PRACTITIONER && !f.plan().actions().isEmpty()) {
        // Uncontracted, a heading of one word is its letters with a capital sign.
        assertEquals(1, brf.lines().filter(l -> l.strip().equals(",ACTIONS")).count(),
            where + ": lines saying Actions");
      }
    }
  }

  /** How many times {@code part} stands in {@code read} as a run of whole words. */
  private static int runs(List<String> read, List<String> part) {
    int count = 0;
    for (int i = 0; i + part.size() <= read.size(); i++) {
      if (Brf.containsRun(read.subList(i, i + part.size()), part)) {
        count++;
      }
    }
    return count;
  }
}
