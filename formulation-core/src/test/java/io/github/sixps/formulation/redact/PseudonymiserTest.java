package io.github.sixps.formulation.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.EventDate;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Gender;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Household;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.model.ParentKind;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Review;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {
  static final LocalDate ON = LocalDate.of(2026, 11, 2);

  static Formulation ahmed() {
    return Formulation.builder()
        .id("F-2026-0142")
        .title("Formulation with the Ahmed family")
        .formulatedOn(ON)
        .addPerson(Person.of("amira", "Amira", PersonRole.CHILD).withAge(9))
        .addPerson(Person.of("sara", "Sara Ahmed", PersonRole.PARENT))
        .addPerson(Person.of("P-imran", "Imran", PersonRole.PARENT))
        .addPerson(Person.of("yusuf", "Yusuf", PersonRole.CHILD))
        .addPerson(Person.of("nan", "Farida", PersonRole.GRANDPARENT))
        .addContributor(Contributor.of("jo", "Jo Blake", "Social worker", "Children's social care"))
        .addContributor(Contributor.of("school", "Mr Daniel Okafor", "Deputy head",
            "Riverside Primary School"))
        .addContributor(Contributor.of("tm", "Priya Shah", "Team manager", "Early help service"))
        .addContributor(Contributor.of("tm2", "Ann Lee", "team manager", "Millbay Surgery"))
        .addPresenting(PresentingIssue.of("P1",
                "Amira has missed 40% of school. AMIRA says she feels sick; amira's mum agrees.")
            .withSources(List.of("school", "sara", "amira")))
        .addFactor(Factor.builder(FactorKind.PERPETUATING, "M1")
            .statement("Mornings are rushed and Sara is not well enough to walk Amira’s brother"
                + " Yusuf to school. Mr Okafor and Jo agreed; Blake will visit. Okafor’s view.")
            .explains(List.of("P1"))
            .sources(List.of("sara", "jo"))
            .evidence("Riverside Primary School records, and Ms Ahmed's account.")
            .build())
        .addFactor(Factor.builder(FactorKind.PROTECTIVE, "S1")
            .statement("Farida lives nearby. Annual leave for Ann helps; Priya Shah supports.")
            .build())
        .addChildsVoice(ChildsVoice.of("amira", List.of("I worry about Mum."),
            List.of("Nana Farida's cooking."), List.of("To be a vet like Auntie Noor.")))
        .hypothesis(Hypothesis.of("Amira's absence is kept going by rushed mornings.",
            List.of("M1")))
        .plan(Plan.of(
            List.of(Goal.of("G1", "Amira is in school every day.").withFor(List.of("P1"))),
            List.of(Action.builder("A1").action("Farida walks Amira to school.").owner("nan")
                .addresses(List.of("M1")).goals(List.of("G1"))
                .due(LocalDate.of(2026, 11, 16)).build()))
            .withNextReview(LocalDate.of(2026, 12, 7)))
        .addReview(Review.builder().on(LocalDate.of(2026, 11, 23)).by("jo")
            .scale(Map.of("G1", 5)).actions(Map.of("A1", ActionStatus.DONE))
            .notes("Jo Blake met Sara and Imran at home.").build())
        .build();
  }

  static Redaction redact(Formulation f) {
    return Pseudonymiser.standard().redact(f);
  }

  @Test
  void peopleAndContributorsGetRoleBasedPlaceholders() {
    Formulation f = redact(ahmed()).formulation();
    assertEquals(List.of("Child A", "Parent 1", "Parent 2", "Child B", "Grandparent 1"),
        f.people().stream().map(Person::name).collect(Collectors.toList()));
    assertEquals(List.of("Social worker", "Deputy head", "Team manager", "Team manager 2"),
        f.contributors().stream().map(Contributor::name).collect(Collectors.toList()));
    assertEquals("Team manager", f.contributors().get(3).role().orElseThrow());
  }

  @Test
  void namesInTextAreReplacedInEveryFormAndCase() {
    Formulation f = redact(ahmed()).formulation();
    assertEquals("Child A has missed 40% of school. Child A says she feels sick; Child A's mum"
        + " agrees.", f.presenting().get(0).statement());
    assertEquals("Mornings are rushed and Parent 1 is not well enough to walk Child A’s brother"
            + " Child B to school. Deputy head and Social worker agreed; Social worker will visit."
            + " Deputy head’s view.",
        f.perpetuating().get(0).statement());
    assertEquals("the school records, and Parent 1's account.",
        f.perpetuating().get(0).evidence().orElseThrow());
    assertEquals("Grandparent 1 lives nearby. Annual leave for Team manager 2 helps; Team manager"
        + " supports.", f.protective().get(0).statement());
    assertEquals(List.of("Nana Grandparent 1's cooking."), f.childsVoice().get(0).goodThings());
    assertEquals("Child A's absence is kept going by rushed mornings.",
        f.hypothesis().orElseThrow().statement());
    assertEquals("Social worker met Parent 1 and Parent 2 at home.",
        f.reviews().get(0).notes().orElseThrow());
  }

  @Test
  void theTitleLosesTheFamilyName() {
    assertEquals("Formulation with the family", redact(ahmed()).formulation().title());
  }

  @Test
  void idsThatAreNamesChangeEverywhereOthersStay() {
    Formulation f = redact(ahmed()).formulation();
    assertEquals(List.of("child-a", "parent-1", "parent-2", "child-b", "nan"),
        f.people().stream().map(Person::id).collect(Collectors.toList()));
    assertEquals(List.of("social-worker", "school", "tm", "tm2"),
        f.contributors().stream().map(Contributor::id).collect(Collectors.toList()));
    assertEquals(List.of("school", "parent-1", "child-a"), f.presenting().get(0).sources());
    assertEquals(List.of("parent-1", "social-worker"), f.perpetuating().get(0).sources());
    assertEquals("child-a", f.childsVoice().get(0).child());
    assertEquals("social-worker", f.reviews().get(0).by().orElseThrow());
    assertEquals("nan", f.plan().actions().get(0).owner().orElseThrow());
  }

  @Test
  void theCaseReferenceGoesFromTheIdAndFromTheText() {
    Formulation real = ahmed();
    Formulation f = redact(real.toBuilder().title("Case F-2026-0142: school")
        .hypothesis(Hypothesis.of("As noted in F-2026-0142, Amira is worried.", List.of()))
        .build()).formulation();
    assertEquals(Pseudonymiser.REDACTED_ID, f.id());
    assertEquals("Case redacted: school", f.title());
    assertEquals("As noted in redacted, Child A is worried.",
        f.hypothesis().orElseThrow().statement());
    assertEquals("", redact(real.toBuilder().id("").build()).formulation().id(),
        "a blank id stays blank");
  }

  @Test
  void anIdThatBecomesAnotherIdIsNumbered() {
    Formulation f = Formulation.builder()
        .addPerson(Person.of("amira", "Amira", PersonRole.CHILD))
        .addPerson(Person.of("child-a", "Somebody", PersonRole.OTHER))
        .build();
    Formulation r = redact(f).formulation();
    assertEquals(List.of("child-a-2", "child-a"),
        r.people().stream().map(Person::id).collect(Collectors.toList()));
  }

  @Test
  void agenciesBecomeGenericUnlessKept() {
    Formulation f = redact(ahmed()).formulation();
    assertEquals(List.of("children's social care", "the school", "the early help service",
            "the health service"),
        f.contributors().stream().map(c -> c.agency().orElseThrow()).collect(Collectors.toList()));
    Formulation kept = Pseudonymiser.builder().replaceAgencies(false).build().redact(ahmed())
        .formulation();
    assertEquals("Riverside Primary School", kept.contributors().get(1).agency().orElseThrow());
    assertTrue(kept.perpetuating().get(0).evidence().orElseThrow()
        .startsWith("Riverside Primary School records"));
  }

  @Test
  void genericAgencyNamesByKeyword() {
    assertEquals("the health service", Agencies.generic("School nursing service"));
    assertEquals("the police", Agencies.generic("West Yorkshire Police"));
    assertEquals("adult social care", Agencies.generic("Adult social care"));
    assertEquals("children's social care", Agencies.generic("Leeds Children’s Services"));
    assertEquals("the health service", Agencies.generic("Dr Patel's GP practice"));
    assertEquals("a partner agency", Agencies.generic("Westcountry Young Carers"));
  }

  @Test
  void datesMoveTogetherKeepingIntervals() {
    Formulation before = ahmed();
    Formulation after = Pseudonymiser.builder().shiftDays(-100).build().redact(before)
        .formulation();
    assertEquals(ON.minusDays(100), after.formulatedOn().orElseThrow());
    assertEquals(LocalDate.of(2026, 12, 7).minusDays(100),
        after.plan().nextReview().orElseThrow());
    assertEquals(
        ChronoUnit.DAYS.between(before.formulatedOn().orElseThrow(),
            before.plan().actions().get(0).due().orElseThrow()),
        ChronoUnit.DAYS.between(after.formulatedOn().orElseThrow(),
            after.plan().actions().get(0).due().orElseThrow()));
    assertEquals(LocalDate.of(2026, 11, 23).minusDays(100),
        after.reviews().get(0).on().orElseThrow());
    assertEquals(before.formulatedOn(), redact(before).formulation().formulatedOn());
  }

  @Test
  void shiftDaysIsBounded() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pseudonymiser.builder().shiftDays(40_000));
    assertTrue(e.getMessage().startsWith("shiftDays must be between"), e.getMessage());
  }

  @Test
  void theSameInputGivesTheSameOutput() {
    Redaction first = redact(ahmed());
    assertEquals(first, redact(ahmed()));
    assertEquals(first, Pseudonymiser.builder().build().redact(ahmed().toBuilder().build()));
    assertEquals(FormulationWriter.standard().write(first.formulation(), FileFormat.YAML),
        FormulationWriter.standard().write(redact(ahmed()).formulation(), FileFormat.YAML));
  }

  @Test
  void thePlaceholderKeyMapsRealNames() {
    Map<String, String> key = redact(ahmed()).placeholders();
    assertEquals("Child A", key.get("Amira"));
    assertEquals("Deputy head", key.get("Mr Daniel Okafor"));
  }

  @Test
  void theReportListsWhatItCouldNotBeSureOf() {
    Formulation f = Formulation.builder()
        .addPerson(Person.of("amira", "Amira", PersonRole.CHILD))
        .addPresenting(PresentingIssue.of("P1", "Amira's mum rang from 07700 900123 and the"
            + " school on 0113 496 0000. They live at LS1 4AP, near Roundhay Park. Amira was"
            + " born on 14/03/2015. Email mum@example.org. Mum said Mrs Kaur helps."))
        .build();
    List<Uncertainty> report = redact(f).report();
    assertEquals(List.of(
        "presenting[P1].statement: date-of-birth-like: 14/03/2015",
        "presenting[P1].statement: phone-number: 07700 900123",
        "presenting[P1].statement: phone-number: 0113 496 0000",
        "presenting[P1].statement: postcode: LS1 4AP",
        "presenting[P1].statement: email: mum@example.org",
        "presenting[P1].statement: unknown-capitalised-word: Roundhay",
        "presenting[P1].statement: unknown-capitalised-word: Park",
        "presenting[P1].statement: unknown-capitalised-word: Kaur"),
        report.stream().map(u -> u.path() + ": " + u.kind().label() + ": " + u.text())
            .collect(Collectors.toList()));
    assertTrue(report.get(report.size() - 1).note().contains("follows a title"));
    assertTrue(report.get(1).toString().startsWith(
        "presenting[P1].statement: phone-number: 07700 900123 ("));
  }

  @Test
  void theReportIgnoresPlaceholdersSentenceStartsAndCommonWords() {
    Formulation f = Formulation.builder()
        .addPerson(Person.of("amira", "Amira", PersonRole.CHILD))
        .addContributor(Contributor.of("jo", "Jo Blake", "Social worker", "Early help"))
        .addPresenting(PresentingIssue.of("P1", "On Monday Amira told Jo. She said I love"
            + " Mum and GP visits in March.\nTherefore nothing."))
        .build();
    assertEquals(List.of(), redact(f).report());
  }

  @Test
  void fullDatesInTextAreShiftedAndStillReported() {
    Formulation f = Formulation.builder()
        .addPresenting(PresentingIssue.of("P1", "Seen on 3 March 2026 and 2026-03-04."))
        .build();
    Redaction r = Pseudonymiser.builder().shiftDays(7).build().redact(f);
    assertEquals("Seen on 10 March 2026 and 2026-03-11.",
        r.formulation().presenting().get(0).statement());
    assertEquals(List.of("10 March 2026", "2026-03-11"),
        r.report().stream().map(Uncertainty::text).collect(Collectors.toList()));
    assertTrue(r.report().get(0).note().contains("date of birth"), r.report().get(0).note());
  }

  @Test
  void theChronologyAndTheFamilyTreeAreRedactedAndTheirDatesMovedKeepingTheirPrecision() {
    Formulation f = Formulation.builder()
        .addPerson(Person.of("kai", "Kai Nowak", PersonRole.CHILD).withGender(Gender.MALE)
            .withBorn(EventDate.day(LocalDate.of(2016, 5, 2))).withLanguage("pl"))
        .addPerson(Person.of("lena", "Lena Nowak", PersonRole.PARENT)
            .withDied(EventDate.month(2024, 12)))
        .addEvent(Event.builder("E1", EventDate.year(2019).approximately())
            .until(Optional.of(EventDate.month(2019, 12)))
            .what("Kai moved to Lena's sister in Leeds.").source("Lena Nowak")
            .people(List.of("kai", "lena")).impact("Kai missed Lena.").build())
        .family(FamilyTree.builder()
            .parents(List.of(new ParentLink("lena", "kai", ParentKind.BIRTH)))
            .households(List.of(new Household("lena-home", Optional.of("Lena's flat"),
                ImmutableList.of("lena", "kai"))))
            .build())
        .build();

    Formulation r = Pseudonymiser.builder().shiftDays(20).build().redact(f).formulation();

    Person child = r.people().get(0);
    assertEquals(EventDate.day(LocalDate.of(2016, 5, 22)), child.born().orElseThrow());
    assertEquals(Optional.of(Gender.MALE), child.gender());
    assertEquals(Optional.of("pl"), child.language());
    // 15 December and 20 days is in January; the middle of 2019 and 20 days is still 2019.
    assertEquals(EventDate.month(2025, 1), r.people().get(1).died().orElseThrow());
    Event e = r.events().get(0);
    assertEquals(EventDate.year(2019).approximately(), e.date());
    assertEquals(Optional.of(EventDate.month(2020, 1)), e.until());
    String all = e.what() + e.source().orElseThrow() + e.impact().orElseThrow()
        + r.family().households().get(0).name().orElseThrow();
    assertFalse(all.contains("Lena") || all.contains("Kai") || all.contains("Nowak"), all);
    assertEquals(List.of(child.id(), r.people().get(1).id()), e.people());
    assertEquals(new ParentLink(r.people().get(1).id(), child.id(), ParentKind.BIRTH),
        r.family().parents().get(0));
    assertFalse(r.family().households().get(0).id().contains("lena"));
  }

  @Test
  void aSharedNameIsReplacedAndReported() {
    Formulation f = Formulation.builder()
        .addPerson(Person.of("a", "Tymon Kowalski", PersonRole.SIBLING))
        .addPerson(Person.of("b", "Magda Kowalski", PersonRole.PARENT))
        .addPresenting(PresentingIssue.of("P1", "Ms Kowalski was tired."))
        .build();
    Redaction r = redact(f);
    assertEquals("Sibling 1 was tired.", r.formulation().presenting().get(0).statement());
    assertEquals(UncertaintyKind.SHARED_NAME, r.report().get(0).kind());
    assertTrue(r.report().get(0).note().contains("Sibling 1, Parent 1"), r.report().toString());
  }

  @Test
  void hyphensApostrophesAndOtherScripts() {
    Formulation f = Formulation.builder()
        .addPerson(Person.of("a", "Aoife O'Neill", PersonRole.CHILD))
        .addPerson(Person.of("b", "Łukasz Smith-Jones", PersonRole.PARENT))
        .addPerson(Person.of("c", "Zoë", PersonRole.SIBLING))
        .addPerson(Person.of("d", "عائشة", PersonRole.FRIEND))
        .addPresenting(PresentingIssue.of("P1", "O’NEILL, Smith Jones, Jones, ŁUKASZ, zoë,"
            + " Zoe\u0308's and عائشة."))
        .build();
    assertEquals("Child A, Parent 1, Parent 1, Parent 1, Sibling 1, Sibling 1's and Friend 1.",
        redact(f).formulation().presenting().get(0).statement());
  }

  @Test
  void namesAreWholeWordsOnly() {
    Formulation f = Formulation.builder()
        .addPerson(Person.of("a", "Ann Lee", PersonRole.PARENT))
        .addPresenting(PresentingIssue.of("P1", "Annual leave in Leeds for Ann."))
        .build();
    assertEquals("Annual leave in Leeds for Parent 1.",
        redact(f).formulation().presenting().get(0).statement());
  }

  @Test
  void theRoleOfAContributorLosesNamesToo() {
    Formulation f = Formulation.builder()
        .addPerson(Person.of("amira", "Amira", PersonRole.CHILD))
        .addContributor(Contributor.of("t", "Kim Ng", "Amira's class teacher", "School"))
        .addContributor(Contributor.of("u", "Lee Ng", "", "School"))
        .build();
    assertEquals(List.of("Child A's class teacher", "Professional"),
        redact(f).formulation().contributors().stream().map(Contributor::name)
            .collect(Collectors.toList()));
  }
}
