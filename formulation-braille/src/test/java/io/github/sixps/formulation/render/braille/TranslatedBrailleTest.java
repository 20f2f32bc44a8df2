package io.github.sixps.formulation.render.braille;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import org.junit.jupiter.api.Test;

/** The words braille adds of its own come from the terminology, as every other fixed word does. */
class TranslatedBrailleTest {
  @Test
  void theTeachingNotesLabelIsTheTerminologys() {
    Terminology welsh = Terminology.parseYaml("base: family\n"
        + "document.aboutThisPart: Am y rhan hon\n", "welsh.yaml");
    BrailleRenderer renderer = BrailleRenderer.builder().terminology(welsh).teaching(true)
        .grade(BrailleGrade.UNCONTRACTED).build();
    String read = Brf.backTranslate(renderer.render(WorkedExamples.read(
        WorkedExamples.names().get(0))), BrailleGrade.UNCONTRACTED).toLowerCase();
    assertTrue(read.contains("am y rhan hon:"), read);
    assertFalse(read.contains("about this part"), read);
  }
}
