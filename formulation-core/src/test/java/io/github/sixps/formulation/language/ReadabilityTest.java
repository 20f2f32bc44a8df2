package io.github.sixps.formulation.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadabilityTest {
  private static final double DELTA = 1e-9;

  private static double grade(int words, int sentences, int syllables) {
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
  }

  @Test
  void gradesAHardSentenceByTheFleschKincaidFormula() {
    // Prac-ti-tion-ers fa-cil-i-tate mul-ti-dis-ci-pli-na-ry in-ter-ven-tions: 4 + 4 + 7 + 4.
    Readability r = Readability.of("Practitioners facilitate multidisciplinary interventions.");
    assertEquals(new Readability(grade(4, 1, 19), 4, 1, 19), r);
    assertEquals(42.02, r.gradeLevel(), 1e-6);
  }

  @Test
  void gradesEasyTextAsZeroRatherThanBelow() {
    Readability r = Readability.of("The cat sat on the mat.");
    assertEquals(6, r.words());
    assertEquals(1, r.sentences());
    assertEquals(6, r.syllables());
    assertTrue(grade(6, 1, 6) < 0);
    assertEquals(0, r.gradeLevel(), DELTA);
  }

  @Test
  void countsSentencesWordsAndSyllablesInOrdinaryText() {
    // Mum(1) wants(1) Amira(3) to(1) feel(1) safe(1) at(1) home(1). She(1) is(1) learning(2)
    // to(1) swim(1)! Nana's(2) helping(2) too(1)?
    Readability r = Readability.of(
        "Mum wants Amira to feel safe at home. She is learning to swim! Nana's helping too?");
    assertEquals(16, r.words());
    assertEquals(3, r.sentences());
    assertEquals(21, r.syllables());
    assertEquals(Math.max(0, grade(16, 3, 21)), r.gradeLevel(), DELTA);
  }

  @ParameterizedTest
  @CsvSource({
      "home, 1", "little, 2", "people, 2", "failed, 1", "wanted, 2", "needed, 2", "makes, 1",
      "wishes, 2", "places, 2", "engage, 2", "the, 1", "family, 3", "children, 2", "agreed, 2",
      "played, 1", "you, 1", "2026, 1", "non-compliant, 3", "school's, 1",
      "counsellor, 3", "safeguarding, 4", "yesterday, 3", "sometimes, 2", "homework, 2",
      "timetable, 3", "lovely, 2", "careful, 2", "carefully, 3", "statement, 2", "nineteen, 2",
      "something, 2", "someday, 2", "hopeless, 2", "every, 3", "moment, 2", "benefit, 3",
      "camera, 3"})
  void countsSyllablesByTheDocumentedRule(String word, int syllables) {
    assertEquals(syllables, Readability.of(word).syllables(), word);
  }

  @Test
  void aSingleWordIsOneSentence() {
    Readability r = Readability.of("Hello");
    assertEquals(new Readability(grade(1, 1, 2), 1, 1, 2), r);
    assertEquals(8.4, r.gradeLevel(), 1e-6);
  }

  @Test
  void textWithoutASentenceEndIsOneSentence() {
    assertEquals(1, Readability.of("Mum and Dad want Amira to feel safe at home").sentences());
  }

  @Test
  void lineBreaksEndSentences() {
    Readability r = Readability.of("To feel safe at home\nTo go to school every day\r\n\n");
    assertEquals(2, r.sentences());
    assertEquals(11, r.words());
  }

  @Test
  void decimalsAndQuotesDoNotConfuseSentenceEnds() {
    assertEquals(1, Readability.of("Jay is 3.5 years old and likes 1.5 biscuits.").sentences());
    assertEquals(2, Readability.of("She said \"I'm fine.\" Then she left.").sentences());
    assertEquals(2, Readability.of("Really?! Yes.").sentences());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n", "...", "\uD83D\uDE42 \uD83D\uDC4D", "- * -", "\u200F",
      "\uD800"})
  void textWithNoWordsIsGradeZero(String text) {
    assertEquals(new Readability(0, 0, 0, 0), Readability.of(text));
  }

  @Test
  void nonLatinTextAndEmojiDoNotThrow() {
    Readability arabic =
        Readability.of("\u0639\u0627\u0626\u0644\u0629 \u0633\u0639\u064A\u062F\u0629\u061F");
    assertEquals(2, arabic.words());
    assertEquals(1, arabic.sentences());
    assertEquals(2, arabic.syllables());
    Readability mixed =
        Readability.of("\uD83D\uDE42Amira \u05E9\u05DC\u05D5\u05DD caf\u00E9 e\u0301t\u00E9");
    assertEquals(4, mixed.words());
    assertTrue(mixed.gradeLevel() >= 0);
  }

  @Test
  void isHarderThanComparesTheGrade() {
    Readability r = new Readability(9.5, 10, 1, 20);
    assertTrue(r.isHarderThan(Readability.SUGGESTED_FAMILY_GRADE));
    assertFalse(r.isHarderThan(9.5));
    assertFalse(new Readability(0, 0, 0, 0).isHarderThan(0));
  }

  @Test
  void plainLanguageGivesTheSameEstimate() {
    String text = "We will meet at Nana's house on Friday.";
    assertEquals(Readability.of(text), PlainLanguage.standard().readability(text));
  }

  @Test
  void rejectsImpossibleValues() {
    assertThrows(IllegalArgumentException.class, () -> new Readability(-1, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Readability(Double.NaN, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Readability(1, -1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Readability(1, 1, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Readability(1, 1, 1, -1));
    assertThrows(NullPointerException.class, () -> Readability.of(null));
  }
}
