package io.github.sixps.formulation.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.render.testing.WordsInUrdu;
import io.github.sixps.formulation.render.testing.WorkedExamples;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Braille has no language mark, so a child's words said in another language are named once,
 * before each run of them: the .brf read back by liblouis says "said in Urdu" before each of
 * the three runs of Amira's Urdu words, and nothing like it where no language is recorded.
 */
class LanguageNamedBrailleTest {

  @ParameterizedTest
  @EnumSource(BrailleGrade.class)
  void eachRunOfUrduWordsIsNamedOnce(BrailleGrade grade) {
    String brf = BrailleRenderer.builder().grade(grade).build()
        .render(WordsInUrdu.formulation());
    List<String> read = Brf.words(Brf.backTranslate(brf, grade));
    String text = String.join(" ", read).toLowerCase(java.util.Locale.ROOT);
    assertEquals(3, count(text, "said in urdu"), "one note a run: " + text);
    for (String label : List.of("worries", "good things", "dreams")) {
      assertTrue(text.contains(label + " said in urdu"), label + " is followed by the note: "
          + text);
    }
  }

  @ParameterizedTest
  @EnumSource(BrailleGrade.class)
  void noLanguageNoNote(BrailleGrade grade) {
    String brf = BrailleRenderer.builder().grade(grade).build()
        .render(WorkedExamples.read("school-avoidance-ahmed"));
    String text = String.join(" ", Brf.words(Brf.backTranslate(brf, grade)));
    assertEquals(0, count(text.toLowerCase(java.util.Locale.ROOT), "said in"), text);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
