package io.github.sixps.formulation.render.testing;

import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.EventDate;
import io.github.sixps.formulation.model.EventTone;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.FormulationStatus;
import io.github.sixps.formulation.model.Gender;
import io.github.sixps.formulation.model.Household;
import io.github.sixps.formulation.model.ParentKind;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Partnership;
import io.github.sixps.formulation.model.PartnershipState;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.SiblingLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Fictional families with a chronology and a family tree, built in Java for the renderers'
 * tests while the file format learns to carry them: a blended family, a kinship placement and a
 * child in foster care.
 */
public final class Families {
  private Families() {}

  private static Person person(String id, String name, PersonRole role, Gender gender) {
    return Person.of(id, name, role).withGender(gender);
  }

  /**
   * Kai, 12, lives with his mum Lena, her partner Tom and their daughter Mia; his dad Daniel
   * has remarried and has a baby with Priya; Lena's mum June, who helped bring Kai up, died in
   * 2022; June and Frank divorced long ago.
   */
  public static Formulation blended() {
    List<Person> people = List.of(
        person("kai", "Kai", PersonRole.CHILD, Gender.MALE).withAge(12),
        person("mia", "Mia", PersonRole.SIBLING, Gender.FEMALE).withAge(4),
        person("lena", "Lena", PersonRole.PARENT, Gender.FEMALE).withAge(34),
        person("tom", "Tom", PersonRole.CARER, Gender.MALE).withAge(38),
        person("daniel", "Daniel", PersonRole.PARENT, Gender.MALE).withAge(36),
        person("priya", "Priya", PersonRole.RELATIVE, Gender.FEMALE),
        person("ruby", "Ruby", PersonRole.SIBLING, Gender.FEMALE).withAge(1),
        person("june", "Nana June", PersonRole.GRANDPARENT, Gender.FEMALE)
            .withDied(EventDate.month(2022, 2)),
        person("frank", "Grandad Frank", PersonRole.GRANDPARENT, Gender.MALE).withAge(70),
        Person.of("sam", "Sam", PersonRole.FRIEND).withAge(15));
    FamilyTree tree = FamilyTree.builder()
        .parents(List.of(
            new ParentLink("june", "lena", ParentKind.BIRTH),
            new ParentLink("frank", "lena", ParentKind.BIRTH),
            new ParentLink("lena", "kai", ParentKind.BIRTH),
            new ParentLink("daniel", "kai", ParentKind.BIRTH),
            new ParentLink("tom", "kai", ParentKind.STEP),
            new ParentLink("lena", "mia", ParentKind.BIRTH),
            new ParentLink("tom", "mia", ParentKind.BIRTH),
            new ParentLink("daniel", "ruby", ParentKind.BIRTH),
            new ParentLink("priya", "ruby", ParentKind.BIRTH)))
        .partnerships(List.of(
            new Partnership("june", "frank", PartnershipState.DIVORCED,
                Optional.of(EventDate.year(1985)), Optional.of(EventDate.year(1999))),
            new Partnership("daniel", "lena", PartnershipState.SEPARATED,
                Optional.of(EventDate.year(2012)), Optional.of(EventDate.year(2020))),
            new Partnership("lena", "tom", PartnershipState.PARTNERS,
                Optional.of(EventDate.year(2020).approximately()), Optional.empty()),
            new Partnership("daniel", "priya", PartnershipState.MARRIED,
                Optional.of(EventDate.month(2023, 6)), Optional.empty())))
        .households(List.of(
            new Household("mums", Optional.of("Mum's flat"), com.google.common.collect
                .ImmutableList.of("lena", "tom", "kai", "mia")),
            new Household("dads", Optional.of("Dad's house"), com.google.common.collect
                .ImmutableList.of("daniel", "priya", "ruby"))))
        .build();
    List<Event> events = List.of(
        Event.builder("E1", EventDate.day(LocalDate.of(2014, 5, 2))).what("Kai was born.")
            .source("Birth record").people(List.of("kai", "lena", "daniel"))
            .tone(EventTone.GOOD).build(),
        Event.builder("E2", EventDate.month(2019, 9)).what("Kai started at Oak Lane Primary.")
            .source("School admission record").people(List.of("kai")).tone(EventTone.GOOD)
            .impact("Kai made two close friends in his first term.").build(),
        Event.builder("E3", EventDate.year(2020)).what("Lena and Daniel separated; Kai stayed "
            + "with Lena and saw Daniel at weekends.").source("Lena").people(
            List.of("lena", "daniel", "kai")).tone(EventTone.HARD).kind(Optional.of("family"))
            .impact("Kai says he felt it was his fault and stopped sleeping well.").build(),
        Event.builder("E4", EventDate.year(2020).approximately()).what("Tom moved in.")
            .source("Lena").people(List.of("tom", "lena", "kai")).tone(EventTone.MIXED)
            .build(),
        Event.builder("E5", EventDate.month(2022, 2)).what("Nana June died after a short "
            + "illness.").source("Health visitor's record").people(List.of("june", "kai"))
            .tone(EventTone.HARD).impact("Kai lost the person he went to after school.").build(),
        Event.builder("E6", EventDate.month(2026, 9)).until(Optional.of(EventDate.month(2026,
            10))).what("Kai missed 12 days of school.").source("Attendance register")
            .people(List.of("kai")).tone(EventTone.HARD).build(),
        Event.builder("E7", EventDate.month(2026, 10)).what("Kai joined the boxing club with "
            + "Tom.").source("Kai").people(List.of("kai", "tom")).tone(EventTone.GOOD)
            .impact("Kai is proud of his first grading.").build());
    return Formulation.builder()
        .id("F-TEST-BLENDED").title("Formulation with Kai's family")
        .formulatedOn(LocalDate.of(2026, 11, 2)).status(FormulationStatus.AGREED)
        .people(people)
        .contributors(List.of(Contributor.of("jo", "Jo Blake", "Social worker",
            "Children's social care")))
        .presenting(List.of(PresentingIssue.of("P1",
            "Kai has missed 12 days of school since September.")))
        .factors(FactorKind.PREDISPOSING, List.of(Factor.builder(FactorKind.PREDISPOSING, "D1")
            .statement("Kai lost his nan, who looked after him after school.")
            .events(List.of("E5")).build()))
        .factors(FactorKind.PRECIPITATING, List.of(Factor.builder(FactorKind.PRECIPITATING, "T1")
            .statement("Kai's absences began in September.").events(List.of("E6")).build()))
        .factors(FactorKind.PROTECTIVE, List.of(Factor.builder(FactorKind.PROTECTIVE, "S1")
            .statement("Kai and Tom box together twice a week.").events(List.of("E7")).build()))
        .events(events)
        .family(tree)
        .build();
  }

  /**
   * Jayden, 8, and his twin Jordan live with their grandmother Pearl in a kinship placement;
   * their mum Shannon visits; their grandad Winston has died.
   */
  public static Formulation kinship() {
    List<Person> people = List.of(
        person("jayden", "Jayden", PersonRole.CHILD, Gender.MALE).withAge(8),
        person("jordan", "Jordan", PersonRole.CHILD, Gender.MALE).withAge(8),
        person("shannon", "Shannon", PersonRole.PARENT, Gender.FEMALE).withAge(27),
        Person.of("alex", "Alex", PersonRole.PARENT).withAge(29),
        person("pearl", "Pearl", PersonRole.GRANDPARENT, Gender.FEMALE).withAge(61),
        person("winston", "Winston", PersonRole.GRANDPARENT, Gender.MALE)
            .withDied(EventDate.year(2021)));
    FamilyTree tree = FamilyTree.builder()
        .parents(List.of(
            new ParentLink("pearl", "shannon", ParentKind.BIRTH),
            new ParentLink("winston", "shannon", ParentKind.BIRTH),
            new ParentLink("shannon", "jayden", ParentKind.BIRTH),
            new ParentLink("alex", "jayden", ParentKind.BIRTH),
            new ParentLink("shannon", "jordan", ParentKind.BIRTH),
            new ParentLink("alex", "jordan", ParentKind.BIRTH),
            new ParentLink("pearl", "jayden", ParentKind.KINSHIP),
            new ParentLink("pearl", "jordan", ParentKind.KINSHIP)))
        .partnerships(List.of(
            Partnership.of("pearl", "winston", PartnershipState.MARRIED),
            Partnership.of("shannon", "alex", PartnershipState.SEPARATED)))
        .siblings(List.of(new SiblingLink("jayden", "jordan", true)))
        .households(List.of(Household.of("nan", List.of("pearl", "jayden", "jordan"))))
        .build();
    return Formulation.builder().id("F-TEST-KINSHIP").title("Formulation with Pearl's family")
        .people(people).family(tree).build();
  }

  /**
   * Ellie, 6, lives with her foster carers Grace and Michael, who adopted their son Leo; her
   * birth mother Chloe sees her every month.
   */
  public static Formulation foster() {
    List<Person> people = List.of(
        person("ellie", "Ellie", PersonRole.CHILD, Gender.FEMALE).withAge(6),
        person("chloe", "Chloe", PersonRole.PARENT, Gender.FEMALE).withAge(24),
        person("grace", "Grace", PersonRole.CARER, Gender.FEMALE),
        person("michael", "Michael", PersonRole.CARER, Gender.MALE),
        Person.of("leo", "Leo", PersonRole.OTHER).withGender(Gender.ANOTHER).withAge(10));
    FamilyTree tree = FamilyTree.builder()
        .parents(List.of(
            new ParentLink("chloe", "ellie", ParentKind.BIRTH),
            new ParentLink("grace", "ellie", ParentKind.FOSTER),
            new ParentLink("michael", "ellie", ParentKind.FOSTER),
            new ParentLink("grace", "leo", ParentKind.ADOPTIVE),
            new ParentLink("michael", "leo", ParentKind.ADOPTIVE)))
        .partnerships(List.of(Partnership.of("grace", "michael", PartnershipState.MARRIED)))
        .households(List.of(new Household("foster", Optional.of("the foster home"),
            com.google.common.collect.ImmutableList.of("grace", "michael", "ellie", "leo")),
            Household.of("chloe", List.of("chloe"))))
        .build();
    return Formulation.builder().id("F-TEST-FOSTER").title("Formulation with Ellie")
        .people(people).family(tree).build();
  }
}
