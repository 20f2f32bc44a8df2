package io.github.sixps.formulation.render.braille;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.internal.Words;
import io.github.sixps.formulation.render.testing.UserText;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every worked example's family Braille file, read back to print by liblouis, holds the words of
 * everything a family reads: their words, the worries, what is helping, and the plan with who
 * will do each thing and by when.
 */
class BackTranslationTest {
  // The family version's dates, in the words of the family terminology the renderer uses.
  private static final Words FAMILY_WORDS = new Words(Terminology.family());

  static List<String> examples() {
    return WorkedExamples.names();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void contracted(String name) {
    check(name, BrailleGrade.CONTRACTED);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void uncontracted(String name) {
    check(name, BrailleGrade.UNCONTRACTED);
  }

  private static void check(String name, BrailleGrade grade) {
    Formulation f = WorkedExamples.read(name);
    String brf = BrailleRenderer.builder().grade(grade).build().render(f);
    List<String> read = Brf.words(Brf.backTranslate(brf, grade));
    List<String> expected = new ArrayList<>(UserText.of(f, Audience.FAMILY));
    for (Action a : f.plan().actions()) {
      a.owner().flatMap(f::find).ifPresent(o -> expected.add(o instanceof Person
          ? ((Person) o).name() : ((Contributor) o).name()));
      a.due().ifPresent(d -> expected.add(FAMILY_WORDS.date(d)));
    }
    List<String> missing = new ArrayList<>();
    for (String text : expected) {
      if (!Brf.containsRun(read, Brf.words(text))) {
        missing.add(text);
      }
    }
    assertTrue(missing.isEmpty(), name + " (" + grade + "): not read back: " + missing);
  }
}
