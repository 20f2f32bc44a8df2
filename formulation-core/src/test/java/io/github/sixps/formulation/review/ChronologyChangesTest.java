package io.github.sixps.formulation.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.EventDate;
import io.github.sixps.formulation.model.EventTone;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Gender;
import io.github.sixps.formulation.model.Household;
import io.github.sixps.formulation.model.ParentKind;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Partnership;
import io.github.sixps.formulation.model.PartnershipState;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Changes to the chronology, the family tree and people's 1.1 details, in a supervisor's words. */
class ChronologyChangesTest {
  private static final Person KAI = Person.of("kai", "Kai", PersonRole.CHILD);
  private static final Person LENA = Person.of("lena", "Lena", PersonRole.PARENT);
  private static final Person DANIEL = Person.of("daniel", "Daniel", PersonRole.PARENT);
  private static final Event MOVE = Event.builder("E1", EventDate.year(2019).approximately())
      .what("Kai moved to Oak Lane Primary.").people(List.of("kai")).tone(EventTone.GOOD)
      .build();
  private static final Formulation OLD = Formulation.builder()
      .people(List.of(KAI, LENA, DANIEL))
      .addEvent(MOVE)
      .family(FamilyTree.builder()
          .parents(List.of(new ParentLink("lena", "kai", ParentKind.BIRTH)))
          .partnerships(List.of(Partnership.of("lena", "daniel", PartnershipState.MARRIED)))
          .households(List.of(Household.of("home", List.of("lena", "daniel", "kai"))))
          .build())
      .build();

  private static List<String> lines(Formulation older, Formulation newer) {
    return FormulationDiff.between(older, newer).changes().stream().map(Change::toString)
        .collect(Collectors.toList());
  }

  @Test
  void anEventAddedAndAnEventChangedAreSaidWithTheirDates() {
    Formulation newer = OLD.toBuilder().events(List.of(
        MOVE.toBuilder().what("Kai moved to Oak Lane Primary in Year 2.")
            .people(List.of("kai", "lena")).build(),
        Event.builder("E2", EventDate.month(2020, 3)).what("Lena and Daniel separated.")
            .build())).build();

    assertEquals(List.of(
        "edited events[E1].what: Event E1 is now \"Kai moved to Oak Lane Primary in Year"
            + " 2.\" (was \"Kai moved to Oak Lane Primary.\").",
        "edited events[E1].people: Event E1 now also involves Lena.",
        "added events[E2]: New event E2 (March 2020): \"Lena and Daniel separated.\""),
        lines(OLD, newer).stream().map(l -> l.replace("“", "\"").replace("”", "\"")).toList());
  }

  @Test
  void anEventsDateIsSaidAsPeopleSayIt() {
    Formulation newer = OLD.toBuilder().events(List.of(MOVE.toBuilder()
        .until(Optional.of(EventDate.month(2019, 7))).build())).build();

    assertEquals(List.of("added events[E1].until: Event E1's end is now July 2019."),
        lines(OLD, newer));
  }

  @Test
  void theLanguageOfAChildsWordsIsAChange() {
    Formulation before = OLD.toBuilder().childsVoice(List.of(io.github.sixps.formulation.model
        .ChildsVoice.of("kai", List.of("I miss my friends."), List.of(), List.of()))).build();
    Formulation after = before.toBuilder().childsVoice(List.of(before.childsVoice().get(0)
        .withLanguage("pl"))).build();

    assertEquals(List.of("added childsVoice[0].language: The language of Kai's words is now pl."),
        lines(before, after));
  }

  @Test
  void theFamilyTreeChangesAreSaidInSentences() {
    Formulation newer = OLD.toBuilder()
        .people(List.of(KAI.withGender(Gender.MALE), LENA, DANIEL))
        .family(FamilyTree.builder()
            .parents(List.of(new ParentLink("lena", "kai", ParentKind.BIRTH),
                new ParentLink("daniel", "kai", ParentKind.STEP)))
            .partnerships(List.of(new Partnership("lena", "daniel", PartnershipState.SEPARATED,
                Optional.empty(), Optional.of(EventDate.month(2020, 3)))))
            .households(List.of(new Household("home", Optional.of("Mum's flat"),
                ImmutableList.of("lena", "kai"))))
            .build())
        .build();

    assertEquals(List.of(
        "added people[kai].gender: Kai's gender is now male.",
        "added family.parents[1]: Daniel is Kai's step-parent.",
        "edited family.partnerships[0]: Lena and Daniel have separated, until March 2020 (was:"
            + " Lena and Daniel are married).",
        "edited family.households[0].members: Household Mum's flat no longer is home to"
            + " Daniel.",
        "added family.households[0].name: Household home's name is now Mum's flat."),
        lines(OLD, newer));
  }
}
