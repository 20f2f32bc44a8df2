package io.github.sixps.formulation.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms a lexicon word is found in: what a phrase written once in the lexicon catches. */
class WordFormsTest {

  @ParameterizedTest
  @CsvSource({
      "concern, concerns",
      "wish, wishes", "match, matches", "box, boxes", "bus, buses", "buzz, buzzes",
      "agency, agencies", "day, days", "boy, boys",
      "key, keys"})
  void pluralsFollowTheSpellingRules(String word, String plural) {
    assertEquals(plural, WordForms.plural(word));
  }

  @Test
  void aNounIsFoundAsItselfItsPluralAndItsPossessives() {
    assertEquals(Set.of("concern", "concerns", "concern's"), WordForms.nounForms("concern"));
    assertEquals(Set.of("agency", "agencies", "agency's"), WordForms.nounForms("agency"));
  }

  @Test
  void irregularPluralsHaveTheirOwnPossessive() {
    assertEquals(Set.of("child", "children", "child's", "children's"),
        WordForms.nounForms("child"));
    assertEquals(Set.of("person", "people", "person's", "people's"),
        WordForms.nounForms("person"));
  }

  @Test
  void britishSpellingsAlsoFindTheirAmericanForms() {
    assertTrue(WordForms.nounForms("organise").containsAll(Set.of("organise", "organize")));
    assertTrue(WordForms.nounForms("prioritisation").contains("prioritization"));
    assertTrue(WordForms.nounForms("behaviour").containsAll(Set.of("behavior", "behaviors")));
    assertTrue(WordForms.nounForms("centre").containsAll(Set.of("center", "centers")));
    assertEquals(Set.of("plan", "plans", "plan's"), WordForms.nounForms("plan"),
        "a word with no other spelling has only its own forms");
  }

  @Test
  void aVerbIsFoundInItsRegularForms() {
    Set<String> fail = WordForms.verbForms("fail");
    assertTrue(fail.containsAll(Set.of("fail", "fails", "failed", "failing")), fail.toString());
    Set<String> engage = WordForms.verbForms("engage");
    assertTrue(engage.containsAll(Set.of("engages", "engaged", "engaging")), engage.toString());
    assertFalse(engage.contains("engageing"), engage.toString());
    Set<String> deny = WordForms.verbForms("deny");
    assertTrue(deny.containsAll(Set.of("denies", "denied", "denying")), deny.toString());
    Set<String> play = WordForms.verbForms("play");
    assertTrue(play.containsAll(Set.of("plays", "played")), play.toString());
    assertFalse(play.contains("plaied"), play.toString());
    Set<String> lie = WordForms.verbForms("lie");
    assertTrue(lie.containsAll(Set.of("lied", "lying")), lie.toString());
    Set<String> see = WordForms.verbForms("see");
    assertTrue(see.contains("seeing"), see.toString());
  }

  @Test
  void aShortVerbEndingConsonantVowelConsonantAlsoDoublesItsLastLetter() {
    Set<String> step = WordForms.verbForms("step");
    assertTrue(step.containsAll(Set.of("stepped", "stepping", "steped", "steping")),
        step.toString());
    assertTrue(WordForms.verbForms("pat").contains("patted"), "three letters are enough");
    assertFalse(WordForms.verbForms("show").contains("showwed"));
    assertFalse(WordForms.verbForms("fix").contains("fixxed"));
    assertFalse(WordForms.verbForms("fail").contains("faill"),
        "two vowels before the consonant: nothing doubles");
    assertFalse(WordForms.verbForms("up").stream().anyMatch(s -> s.startsWith("upp")),
        "too short to double");
  }

  @Test
  void commonIrregularVerbsAreFoundInEveryForm() {
    assertTrue(WordForms.verbForms("do").containsAll(
        Set.of("do", "does", "did", "done", "doing")));
    assertTrue(WordForms.verbForms("went").containsAll(Set.of("go", "goes", "gone")),
        "any form of the group stands for all");
    assertFalse(WordForms.nounForms("did").contains("do"),
        "a word that is not the verb of its phrase keeps to its own forms");
  }

  @Test
  void aParticipleThatDescribesTheNextWordStandsForItself() {
    // "broken home" describes a home; "short breaks home" is respite, not a broken home.
    assertFalse(WordForms.verbForms("broken").contains("breaks"));
    assertFalse(WordForms.verbForms("broken").contains("break"));
    assertTrue(WordForms.verbForms("broke").contains("broken"), "the past tense still acts");
  }

  @Test
  void reflexivePronounsStandForEachOther() {
    for (Set<String> forms : java.util.List.of(
        WordForms.nounForms("herself"), WordForms.verbForms("herself"))) {
      assertTrue(forms.containsAll(Set.of("himself", "themselves", "themself")), forms.toString());
    }
    assertFalse(WordForms.nounForms("her").contains("himself"));
  }
}
