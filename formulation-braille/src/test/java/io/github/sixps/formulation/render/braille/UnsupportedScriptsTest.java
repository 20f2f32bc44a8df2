package io.github.sixps.formulation.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.PresentingIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Writing that Unified English Braille has no signs for (Urdu, Bengali, Chinese, emoji) still
 * gives a whole file: a transcriber's note stands in its place, and a warning names every such
 * character and the section it is in. Letters UEB does have, accented Latin and Greek among them,
 * are brailled as they are, with no warning.
 */
class UnsupportedScriptsTest {
  private static Formulation mixed() {
    return Formulation.builder()
        .title("Formulation with the Begum family")
        .addPerson(Person.of("shirin", "Shirin", PersonRole.CHILD).withAge(8))
        .addPerson(Person.of("nani", "নানী", PersonRole.GRANDPARENT))
        .addPresenting(PresentingIssue.of("P1",
            "Shirin says شیریں بیگم is her name at home, and she is sad 😢 at school."))
        .addFactor(Factor.of(FactorKind.PROTECTIVE, "S1",
            "Her grandmother (নানী) walks her home; café naïve Zoë α."))
        .addChildsVoice(ChildsVoice.of("shirin", List.of("我害怕 the dark"),
            List.of("Art club"), List.of()))
        .build();
  }

  @Test
  void everyUnsupportedCharacterIsReportedWithItsSection() {
    List<BrailleWarning> warnings = new ArrayList<>();
    String brf = BrailleRenderer.builder().warnings(warnings::add).build().render(mixed());
    BrfGeometry.check(brf, 40, 25, false);
    Map<String, String> byPlace = warnings.stream()
        .collect(Collectors.toMap(BrailleWarning::location, BrailleWarning::characters));
    assertEquals("شیرںبگم😢", byPlace.get("presenting"));
    assertEquals("নাী", byPlace.get("protective"));
    // One child's words stand under the section's own heading, with no heading of the child's.
    assertEquals("我害怕", byPlace.get("childsVoice"));
    // The family's handout names who helped at its top (the document's facts), the
    // grandmother among them, and lists the family no further.
    assertEquals("নাী", byPlace.get("document"));
    assertNull(byPlace.get("people"));
    // The picture's words, the sections said again, are not in braille, so nor are their
    // characters.
    assertNull(byPlace.get("diagram"));
    assertEquals(4, warnings.size(), warnings.toString());
    BrailleWarning urdu = warnings.stream().filter(w -> w.location().equals("presenting"))
        .findFirst().orElseThrow();
    assertTrue(urdu.message().startsWith("8 characters have no sign in Unified English Braille"),
        urdu.message());
    assertTrue(urdu.message().contains("U+0634 arabic letter sheen"), urdu.message());
    assertTrue(urdu.message().contains("U+1F622 crying face"), urdu.message());
    assertTrue(urdu.toString().startsWith("presenting: "), urdu.toString());
  }

  @Test
  void eachCharacterIsNamedOnceInADocument() {
    List<BrailleWarning> warnings = new ArrayList<>();
    BrailleRenderer.builder().warnings(warnings::add).build().render(mixed());
    Map<String, Long> names = warnings.stream()
        .flatMap(w -> java.util.regex.Pattern.compile("U\\+[0-9A-F]{4,6}").matcher(w.message())
            .results().map(java.util.regex.MatchResult::group))
        .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
    assertEquals(Map.of(), names.entrySet().stream().filter(e -> e.getValue() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), warnings.toString());
    // 8 + 3 + 3 characters, each named once.
    assertEquals(14, names.size(), names.toString());
    // The Braille file leaves out the 6Ps picture's words, which only repeat the sections, so
    // nothing is warned about twice from there.
    assertTrue(warnings.stream().noneMatch(w -> w.location().equals("diagram")),
        warnings.toString());
  }

  @Test
  void aTranscribersNoteSaysWhatWasThere() {
    String brf = BrailleRenderer.builder().build().render(mixed());
    String print = Brf.backTranslate(brf, BrailleGrade.CONTRACTED);
    List<String> words = Brf.words(print);
    for (String note : List.of("text in Arabic script", "text in Bengali script",
        "Chinese characters", "symbol: crying face")) {
      assertTrue(Brf.containsRun(words, Brf.words(note)), "no note " + note + " in " + print);
    }
    // The words around the notes are all there.
    assertTrue(Brf.containsRun(words, Brf.words("is her name at home, and she is sad")), print);
    assertTrue(Brf.containsRun(words, Brf.words("the dark")), print);
    // UEB's transcriber's note indicators, dots 4-46-126 and 4-46-345, around each note.
    assertTrue(brf.contains("@.<"), brf);
    assertTrue(brf.contains("@.>"), brf);
  }

  @Test
  void lettersUebHasAreBrailledWithoutWarnings() {
    List<BrailleWarning> warnings = new ArrayList<>();
    Formulation f = Formulation.builder().title("Zoë and her café")
        .addPresenting(PresentingIssue.of("P1", "Naïve Łukasz şimdi α and ə."))
        .build();
    String brf = BrailleRenderer.builder().warnings(warnings::add).build().render(f);
    assertTrue(warnings.isEmpty(), warnings.toString());
    String print = Brf.backTranslate(brf, BrailleGrade.CONTRACTED);
    for (String word : List.of("Zoë", "café", "Naïve", "Łukasz", "şimdi", "α", "ə")) {
      assertTrue(print.contains(word), word + " not in " + print);
    }
  }

  @Test
  void invisibleCharactersAndOtherSpacesLeaveNoTrace() {
    List<BrailleWarning> warnings = new ArrayList<>();
    Formulation f = Formulation.builder().title("A\u200Bmira\u00A0and\u2003Sara\uFEFF")
        .addPresenting(PresentingIssue.of("P1", "soft\u00ADhyphen and\u200Dzero width"))
        .build();
    String brf = BrailleRenderer.builder().grade(BrailleGrade.UNCONTRACTED)
        .warnings(warnings::add).build().render(f);
    assertTrue(warnings.isEmpty(), warnings.toString());
    String print = Brf.backTranslate(brf, BrailleGrade.UNCONTRACTED);
    assertTrue(print.contains("Amira and Sara"), print);
    assertTrue(print.contains("softhyphen andzero width"), print);
  }

  @Test
  void aFileWithNotesBeginsWithAPageSayingWhatTheNoteSignsAre() {
    BrailleRenderer g1 = BrailleRenderer.builder().grade(BrailleGrade.UNCONTRACTED).build();
    String brf = g1.render(mixed());
    BrfGeometry.check(brf, 40, 25, false);
    List<List<String>> pages = Brf.pages(brf);
    String first = Brf.backTranslate(String.join("\r\n", pages.get(0)) + "\r\n",
        BrailleGrade.UNCONTRACTED).replace('\u2019', '\'');
    assertTrue(first.contains("Transcriber's notes"), first);
    // Each sign in cell 1 with its meaning after it: dots 4-46-126 and 4-46-345 in Braille ASCII.
    assertTrue(pages.get(0).stream().anyMatch(l -> l.startsWith("@.< ")), pages.get(0).toString());
    assertTrue(pages.get(0).stream().anyMatch(l -> l.startsWith("@.> ")), pages.get(0).toString());
    assertTrue(first.contains("a note begins") && first.contains("the note ends"), first);
    assertTrue(!first.contains("Begum"), "the text starts on the next page: " + first);
    String second = Brf.backTranslate(String.join("\r\n", pages.get(1)) + "\r\n",
        BrailleGrade.UNCONTRACTED);
    assertTrue(second.contains("Begum"), second);

    String plain = g1.render(Formulation.builder().title("Formulation with the Smith family")
        .addPresenting(PresentingIssue.of("P1", "Sam is late for school.")).build());
    String read = Brf.backTranslate(plain, BrailleGrade.UNCONTRACTED);
    assertTrue(!read.contains("Transcriber") && read.contains("Smith"), read);
  }
}
