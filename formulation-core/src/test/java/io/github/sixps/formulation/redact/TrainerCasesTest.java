package io.github.sixps.formulation.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Priority;
import io.github.sixps.formulation.model.Review;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cases a trainer met: names that are words, ids that are names, other scripts, dates. */
class TrainerCasesTest {
  static final String STATEMENT = "Amy plays in the park after school and walks home past the"
      + " green. Amy's nan says \"امی is lovely\".";

  static Formulation greens(String childName, String statement) {
    return Formulation.builder()
        .id("F-2026-0099")
        .formulatedOn(LocalDate.of(2026, 11, 2))
        .addPerson(Person.of("amy", childName, PersonRole.CHILD))
        .addContributor(Contributor.of("liwei", "Li Wei", "Social worker", "Children's services"))
        .addContributor(Contributor.of("hp", "Helen Park", "Team manager", "Children's services"))
        .addPresenting(PresentingIssue.of("P1", statement).withSources(List.of("liwei", "amy")))
        .plan(Plan.of(List.of(), List.of(Action.builder("A1").action("Visit.").owner("liwei")
            .build())))
        .addReview(Review.builder().by("liwei").notes("Seen by liwei.").build())
        .build();
  }

  static String statement(Redaction r) {
    return r.formulation().presenting().get(0).statement();
  }

  @Test
  void ordinaryWordsStayAndAnotherScriptIsFlagged() {
    Redaction r = Pseudonymiser.standard().redact(greens("Amy Green", STATEMENT));
    assertEquals("Child A plays in the park after school and walks home past the green. Child"
        + " A's nan says \"امی is lovely\".", statement(r));
    assertTrue(r.report().stream().anyMatch(u -> u.kind() == UncertaintyKind.OTHER_SCRIPT
        && u.text().equals("امی") && u.path().equals("presenting[P1].statement")), r.report()
        .toString());
  }

  @Test
  void aSpellingInAnotherScriptGivenInTheNameIsReplaced() {
    Redaction r = Pseudonymiser.standard().redact(greens("Amy Green (امی)", STATEMENT));
    assertEquals("Child A plays in the park after school and walks home past the green. Child"
        + " A's nan says \"Child A is lovely\".", statement(r));
    assertTrue(r.report().stream().noneMatch(u -> u.kind() == UncertaintyKind.OTHER_SCRIPT),
        r.report().toString());
  }

  @Test
  void surnamesThatAreWordsAreReplacedWhereTheyAreNames() {
    Redaction r = Pseudonymiser.standard().redact(greens("Amy Green",
        "Mrs Green met Mr Park in the park. Green spaces help. Park the car by Park Road."
            + " Helen Park's view: Amy Green is happier on the green."));
    assertEquals("Child A met Team manager in the park."
        + " Green spaces help. Park the car by Park Road. Team manager's view: Child A is"
        + " happier on the green.", statement(r));
  }

  @Test
  void anIdThatRunsANameTogetherChangesEverywhere() {
    Redaction r = Pseudonymiser.standard().redact(greens("Amy Green", "Ask liwei."));
    Formulation f = r.formulation();
    assertEquals(List.of("social-worker", "team-manager"),
        f.contributors().stream().map(Contributor::id).collect(Collectors.toList()));
    assertEquals(List.of("social-worker", "child-a"), f.presenting().get(0).sources());
    assertEquals("social-worker", f.plan().actions().get(0).owner().orElseThrow());
    assertEquals("social-worker", f.reviews().get(0).by().orElseThrow());
    assertEquals("Seen by social-worker.", f.reviews().get(0).notes().orElseThrow());
    assertEquals("Ask social-worker.", statement(r));
    String yaml = FormulationWriter.standard().write(f, FileFormat.YAML);
    assertFalse(yaml.toLowerCase().contains("liwei"), yaml);
    assertFalse(yaml.contains("hp"), "Helen Park's initials: " + yaml);
  }

  @Test
  void anIdInTextGoesOnlyWhereItIsWrittenAsTheId() {
    Formulation f = Formulation.builder()
        .addPerson(Person.of("will-park", "Will Park", PersonRole.SIBLING))
        .addPresenting(PresentingIssue.of("P1", "See will-park. Will Park said he will park by"
            + " the park.").withSources(List.of("will-park")))
        .build();
    Redaction r = Pseudonymiser.standard().redact(f);
    assertEquals("See sibling-1. Sibling 1 said he will park by the park.", statement(r));
    assertEquals(List.of("sibling-1"), r.formulation().presenting().get(0).sources());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Arabic     | عائشة     | قالت عائشة إنها سعيدة",
      "Urdu       | امی       | امی کو اسکول پسند ہے",
      "Bengali    | সুমি       | সুমি স্কুলে যেতে ভালোবাসে",
      "Chinese    | 李伟      | 李伟说他很好",
      "Polish     | Zosia     | Zosia lubi szkołę i kocha Zosię"})
  void aNameGivenInItsScriptIsReplacedInThatScript(String language, String name, String said) {
    String now = statement(zofia("Zofia Nowak (" + name + ")", "She said: " + said));
    assertFalse(now.contains(name), language + ": " + now);
    assertTrue(now.contains("Child A"), language + ": " + now);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Arabic     | قالت عائشة إنها سعيدة    | قالت عائشة إنها سعيدة",
      "Urdu       | امی کو اسکول پسند ہے     | امی کو اسکول پسند ہے",
      "Bengali    | সুমি স্কুলে যেতে ভালোবাসে | সুমি স্কুলে যেতে ভালোবাসে",
      "Chinese    | 李伟说他很好              | 李伟说他很好"})
  void textInAnotherScriptIsFlagged(String language, String said, String flagged) {
    Redaction r = zofia("Zofia Nowak", "Zofia said: " + said + ". She smiled.");
    List<Uncertainty> other = r.report().stream()
        .filter(u -> u.kind() == UncertaintyKind.OTHER_SCRIPT).collect(Collectors.toList());
    assertEquals(List.of(flagged), other.stream().map(Uncertainty::text)
        .collect(Collectors.toList()), language);
    assertTrue(other.get(0).note().contains("script"), other.get(0).note());
  }

  /** A formulation about one child, with one statement, redacted. */
  static Redaction zofia(String name, String statement) {
    return Pseudonymiser.standard().redact(Formulation.builder()
        .addPerson(Person.of("c", name, PersonRole.CHILD))
        .addPresenting(PresentingIssue.of("P1", statement))
        .build());
  }

  @Test
  void polishFormsOfANameAreFlaggedAndAccentsAreOptional() {
    Formulation f = Formulation.builder()
        .addPerson(Person.of("c", "Zosia Wójcik", PersonRole.CHILD))
        .addPerson(Person.of("d", "Łukasz", PersonRole.PARENT))
        .addPresenting(PresentingIssue.of("P1", "Tata kocha Zosię; z Zosią, u Zosi. Lukasz and"
            + " Wojcik said so, as did zosia."))
        .build();
    Redaction r = Pseudonymiser.standard().redact(f);
    assertEquals("Tata kocha Zosię; z Zosią, u Zosi. Parent 1 and Child A said so, as did"
        + " Child A.", statement(r));
    assertEquals(List.of("Zosię", "Zosią", "Zosi"), r.report().stream()
        .filter(u -> u.kind() == UncertaintyKind.NAME_FORM).map(Uncertainty::text)
        .collect(Collectors.toList()));
  }

  @Test
  void datesInTextMoveWithTheOthersOrAreFlagged() {
    Formulation f = greens("Amy Green", "Review again on 7 December; last Tuesday's meeting on"
        + " the 3rd; since March 2019; by December 7th, 2026; seen 14/03/2015.");
    Redaction r = Pseudonymiser.builder().shiftDays(-90).build().redact(f);
    assertEquals("Review again on 8 September; last Tuesday's meeting on the 3rd; since"
        + " December 2018; by September 8th, 2026; seen 14/12/2014.", statement(r));
    List<String> flagged = r.report().stream()
        .filter(u -> u.kind() == UncertaintyKind.DATE_NOT_SHIFTED)
        .map(Uncertainty::text).collect(Collectors.toList());
    assertEquals(List.of("last Tuesday's", "the 3rd"), flagged);
    assertEquals(List.of("8 September", "December 2018", "September 8th, 2026", "14/12/2014"),
        r.replacements().stream().filter(x -> x.kind() == Replacement.Kind.DATE)
            .map(Replacement::text).collect(Collectors.toList()));
  }

  @Test
  void monthsKeepTheirLengthAsWritten() {
    Formulation f = greens("Amy Green", "Met on 11 May 2026, 3 Dec 2026 and 1 Sept 2026.");
    assertEquals("Met on 10 February 2026, 4 Sep 2026 and 3 Jun 2026.",
        statement(Pseudonymiser.builder().shiftDays(-90).build().redact(f)));
  }

  @Test
  void theReasonForAPinnedRankLosesNamesToo() {
    Formulation f = Formulation.builder()
        .addPerson(Person.of("c", "Amira", PersonRole.CHILD))
        .addFactor(Factor.builder(FactorKind.PERPETUATING, "M1").statement("Rushed mornings.")
            .priority(Priority.builder().pin(1, "Amira asked for this first.").build()).build())
        .build();
    assertEquals("Child A asked for this first.", Pseudonymiser.standard().redact(f)
        .formulation().perpetuating().get(0).priority().orElseThrow().reason().orElseThrow());
  }

  @Test
  void theReplacementsSayWhatIsThereNowFieldByField() {
    Redaction r = Pseudonymiser.standard().redact(greens("Amy Green", STATEMENT));
    List<String> lines = r.replacements().stream()
        .map(x -> x.path() + ": " + x.kind().label() + ": " + x.text())
        .collect(Collectors.toList());
    assertTrue(lines.contains("presenting[P1].statement: name: Child A"), lines.toString());
    assertTrue(lines.contains("contributors[social-worker].id: id: social-worker"),
        lines.toString());
    assertTrue(lines.contains("id: case-reference: redacted"), lines.toString());
    assertTrue(lines.stream().noneMatch(l -> l.contains("Amy") || l.contains("Wei")),
        lines.toString());
  }
}
