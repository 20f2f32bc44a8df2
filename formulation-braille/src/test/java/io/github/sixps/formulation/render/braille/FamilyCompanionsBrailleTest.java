package io.github.sixps.formulation.render.braille;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.render.View;
import io.github.sixps.formulation.render.testing.Families;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The family's Braille file, read back to print by liblouis, gives the family tree as its
 * sentences (one relationship each) and the chronology's events with their dates as recorded.
 */
class FamilyCompanionsBrailleTest {
  @ParameterizedTest
  @EnumSource(BrailleGrade.class)
  void theTreeIsItsSentencesAndTheChronologyItsEvents(BrailleGrade grade) {
    Formulation f = Families.blended();
    // A family's Braille, like its handout, gives the tree and the chronology on their own.
    String brf = BrailleRenderer.builder().grade(grade).view(View.GENOGRAM).build().render(f)
        + BrailleRenderer.builder().grade(grade).view(View.CHRONOLOGY).build().render(f);
    List<String> read = Brf.words(Brf.backTranslate(brf, grade));
    List<String> missing = new ArrayList<>();
    for (String text : List.of("Lena is Kai's mother.", "Tom is Kai's stepfather.",
        "Daniel and Lena separated in 2020.", "Nana June died in February 2022.",
        "Lena, Tom, Kai and Mia live together in Mum's flat.", "Tom moved in.",
        "about 2020", "Kai lost the person he went to after school.")) {
      if (!Brf.containsRun(read, Brf.words(text))) {
        missing.add(text);
      }
    }
    assertTrue(missing.isEmpty(), grade + ": not read back: " + missing);
  }
}
