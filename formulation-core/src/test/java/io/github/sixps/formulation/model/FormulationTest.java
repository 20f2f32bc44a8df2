package io.github.sixps.formulation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link Formulation}: building, copying, finding items, equality and its summary. */
class FormulationTest {

  private static final Person AMIRA = Person.of("amira", "Amira", PersonRole.CHILD).withAge(9);
  private static final Person SARA = Person.of("sara", "Sara", PersonRole.PARENT);
  private static final Contributor JO =
      Contributor.of("jo", "Jo Blake", "Social worker", "Children's social care");
  private static final Contributor SCHOOL =
      Contributor.of("school", "Mr Okafor", "Deputy head", "Riverside Primary School");
  private static final PresentingIssue P1 =
      PresentingIssue.of("P1", "Amira has missed 40% of school this term.")
          .withDomain(Domain.CHILD_DEVELOPMENT)
          .withSources(List.of("school", "sara", "amira"));
  private static final Factor D1 = Factor.builder(FactorKind.PREDISPOSING, "D1")
      .statement("Sara has had long periods of illness.").explains(List.of("P1")).build();
  private static final Factor T1 =
      Factor.of(FactorKind.PRECIPITATING, "T1", "Sara was in hospital in September.");
  private static final Factor M1 = Factor.builder(FactorKind.PERPETUATING, "M1")
      .statement("Mornings are rushed.")
      .explains(List.of("P1"))
      .priority(Priority.builder().impact(4).changeability(4).familyPriority(5).urgency(2)
          .build())
      .build();
  private static final Factor M2 =
      Factor.of(FactorKind.PERPETUATING, "M2", "Amira worries about her mum.");
  private static final Factor S1 =
      Factor.of(FactorKind.PROTECTIVE, "S1", "Amira's grandmother lives nearby.");
  private static final ChildsVoice VOICE = ChildsVoice.of("amira",
      List.of("I feel sick in the mornings."), List.of("Nana's cooking."), List.of("To be a vet."));
  private static final Hypothesis HYPOTHESIS =
      Hypothesis.of("Amira's absence is kept going by rushed mornings.", List.of("M1", "M2"))
          .withExpectedChange("If mornings are supported, Amira will be in school more.");
  private static final Goal G1 = Goal.of("G1", "Amira is in school every day.")
      .withFor(List.of("P1")).withScale(GoalScale.of(3, 8));
  private static final Action A1 = Action.builder("A1")
      .action("Grandmother walks Amira to school.")
      .owner("sara")
      .addresses(List.of("M1"))
      .goals(List.of("G1"))
      .due(LocalDate.of(2026, 11, 16))
      .status(ActionStatus.IN_PROGRESS)
      .build();
  private static final Plan PLAN =
      Plan.of(List.of(G1), List.of(A1)).withNextReview(LocalDate.of(2026, 12, 7));
  private static final Review REVIEW = Review.builder()
      .on(LocalDate.of(2026, 11, 23))
      .by("jo")
      .scale(Map.of("G1", 5))
      .actions(Map.of("A1", ActionStatus.DONE))
      .notes("Going well.")
      .build();

  /** The worked example from the design, built afresh on every call. */
  private static Formulation ahmed() {
    return Formulation.builder()
        .id("F-2026-0142")
        .title("Formulation with the Ahmed family")
        .formulatedOn(LocalDate.of(2026, 11, 2))
        .status(FormulationStatus.AGREED)
        .framework("Leeds Practice Model")
        .addPerson(AMIRA)
        .addPerson(SARA)
        .addContributor(JO)
        .addContributor(SCHOOL)
        .addPresenting(P1)
        .addFactor(S1)
        .addFactor(M1)
        .addFactor(D1)
        .addFactor(M2)
        .addFactor(T1)
        .addChildsVoice(VOICE)
        .hypothesis(HYPOTHESIS)
        .plan(PLAN)
        .addReview(REVIEW)
        .build();
  }

  private static void assertNpe(String message, Executable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call);
    assertEquals(message, e.getMessage());
  }

  // ---- building ----

  @Test
  void emptyBuilderMakesAnEmptyDraft() {
    Formulation f = Formulation.builder().build();
    assertEquals("", f.id());
    assertEquals("", f.title());
    assertEquals(Optional.empty(), f.formulatedOn());
    assertEquals(FormulationStatus.DRAFT, f.status());
    assertEquals(Optional.empty(), f.framework());
    assertTrue(f.people().isEmpty());
    assertTrue(f.contributors().isEmpty());
    assertTrue(f.presenting().isEmpty());
    for (FactorKind kind : FactorKind.values()) {
      assertTrue(f.factors(kind).isEmpty(), kind.name());
    }
    assertTrue(f.allFactors().isEmpty());
    assertTrue(f.childsVoice().isEmpty());
    assertEquals(Optional.empty(), f.hypothesis());
    assertEquals(Plan.empty(), f.plan());
    assertTrue(f.plan().isEmpty());
    assertTrue(f.reviews().isEmpty());
    assertTrue(f.items().isEmpty());
    assertEquals(Optional.empty(), f.find(""));
  }

  @Test
  void builderProducesTheValuesSet() {
    Formulation f = ahmed();
    assertEquals("F-2026-0142", f.id());
    assertEquals("Formulation with the Ahmed family", f.title());
    assertEquals(Optional.of(LocalDate.of(2026, 11, 2)), f.formulatedOn());
    assertEquals(FormulationStatus.AGREED, f.status());
    assertEquals(Optional.of("Leeds Practice Model"), f.framework());
    assertEquals(List.of(AMIRA, SARA), f.people());
    assertEquals(List.of(JO, SCHOOL), f.contributors());
    assertEquals(List.of(P1), f.presenting());
    assertEquals(List.of(D1), f.predisposing());
    assertEquals(List.of(T1), f.precipitating());
    assertEquals(List.of(M1, M2), f.perpetuating());
    assertEquals(List.of(S1), f.protective());
    assertEquals(List.of(VOICE), f.childsVoice());
    assertEquals(Optional.of(HYPOTHESIS), f.hypothesis());
    assertEquals(PLAN, f.plan());
    assertEquals(List.of(REVIEW), f.reviews());
  }

  @Test
  void factorsByKindMatchTheNamedAccessors() {
    Formulation f = ahmed();
    assertEquals(f.predisposing(), f.factors(FactorKind.PREDISPOSING));
    assertEquals(f.precipitating(), f.factors(FactorKind.PRECIPITATING));
    assertEquals(f.perpetuating(), f.factors(FactorKind.PERPETUATING));
    assertEquals(f.protective(), f.factors(FactorKind.PROTECTIVE));
  }

  @Test
  void allFactorsAreInKindOrderThenAddedOrder() {
    assertEquals(List.of(D1, T1, M1, M2, S1), ahmed().allFactors());
  }

  @Test
  void replacingSettersReplace() {
    Formulation f = Formulation.builder()
        .addPerson(AMIRA)
        .people(List.of(SARA))
        .addContributor(JO)
        .contributors(List.of(SCHOOL))
        .addPresenting(P1)
        .presenting(List.of())
        .addFactor(M1)
        .factors(FactorKind.PERPETUATING, List.of(M2))
        .addChildsVoice(VOICE)
        .childsVoice(List.of())
        .addReview(REVIEW)
        .reviews(List.of())
        .build();
    assertEquals(List.of(SARA), f.people());
    assertEquals(List.of(SCHOOL), f.contributors());
    assertTrue(f.presenting().isEmpty());
    assertEquals(List.of(M2), f.perpetuating());
    assertTrue(f.childsVoice().isEmpty());
    assertTrue(f.reviews().isEmpty());
  }

  @Test
  void addingAfterReplacingAppends() {
    Formulation f = Formulation.builder()
        .people(List.of(AMIRA))
        .addPerson(SARA)
        .factors(FactorKind.PERPETUATING, List.of(M1))
        .addFactor(M2)
        .build();
    assertEquals(List.of(AMIRA, SARA), f.people());
    assertEquals(List.of(M1, M2), f.perpetuating());
  }

  @Test
  void optionalSettersCanClear() {
    Formulation f = ahmed().toBuilder()
        .formulatedOn(Optional.empty())
        .framework(Optional.empty())
        .hypothesis(Optional.empty())
        .plan(Plan.empty())
        .build();
    assertEquals(Optional.empty(), f.formulatedOn());
    assertEquals(Optional.empty(), f.framework());
    assertEquals(Optional.empty(), f.hypothesis());
    assertTrue(f.plan().isEmpty());
  }

  // ---- toBuilder ----

  @Test
  void toBuilderReproducesAnEqualValue() {
    Formulation f = ahmed();
    Formulation copy = f.toBuilder().build();
    assertEquals(f, copy);
    assertEquals(f.hashCode(), copy.hashCode());
    assertEquals(f.toString(), copy.toString());
    assertEquals(Formulation.builder().build(), Formulation.builder().build().toBuilder().build());
  }

  @Test
  void toBuilderChangingOneFieldChangesOnlyThat() {
    Formulation f = ahmed();
    List<UnaryOperator<Formulation.Builder>> changes = List.of(
        b -> b.id("F-2"),
        b -> b.title("Another title"),
        b -> b.formulatedOn(LocalDate.of(2027, 1, 1)),
        b -> b.status(FormulationStatus.CLOSED),
        b -> b.framework("Signs of Safety"),
        b -> b.addPerson(Person.of("nana", "Nana", PersonRole.GRANDPARENT)),
        b -> b.addContributor(Contributor.of("tm", "T M", "Team manager", "CSC")),
        b -> b.addPresenting(PresentingIssue.of("P2", "Another worry.")),
        b -> b.addFactor(Factor.of(FactorKind.PROTECTIVE, "S2", "Another strength.")),
        b -> b.addChildsVoice(ChildsVoice.of("amira", List.of(), List.of(), List.of())),
        b -> b.hypothesis(Hypothesis.of("Another theory.", List.of())),
        b -> b.plan(Plan.empty()),
        b -> b.addReview(Review.builder().build()));
    for (UnaryOperator<Formulation.Builder> change : changes) {
      Formulation changed = change.apply(f.toBuilder()).build();
      assertNotEquals(f, changed);
      // Undo the change by copying back the one part that differs: the rest must be equal.
      Formulation restored = changed.toBuilder()
          .id(f.id())
          .title(f.title())
          .formulatedOn(f.formulatedOn())
          .status(f.status())
          .framework(f.framework())
          .people(f.people())
          .contributors(f.contributors())
          .presenting(f.presenting())
          .factors(FactorKind.PROTECTIVE, f.protective())
          .childsVoice(f.childsVoice())
          .hypothesis(f.hypothesis())
          .plan(f.plan())
          .reviews(f.reviews())
          .build();
      assertEquals(f, restored);
    }
  }

  @Test
  void toBuilderChangeSpecifics() {
    Formulation f = ahmed();
    Formulation retitled = f.toBuilder().title("New").build();
    assertEquals("New", retitled.title());
    assertEquals(f.id(), retitled.id());
    assertEquals(f.status(), retitled.status());
    assertEquals(f.people(), retitled.people());
    assertEquals(f.allFactors(), retitled.allFactors());
    assertEquals(f.plan(), retitled.plan());
    assertEquals(f.reviews(), retitled.reviews());
    assertEquals("Formulation with the Ahmed family", f.title(), "the original is unchanged");

    Formulation moreFactors = f.toBuilder().addFactor(M1.toBuilder().statement("x").build())
        .build();
    assertEquals(3, moreFactors.perpetuating().size());
    assertEquals(f.predisposing(), moreFactors.predisposing());
    assertEquals(f.precipitating(), moreFactors.precipitating());
    assertEquals(f.protective(), moreFactors.protective());
    assertEquals(2, f.perpetuating().size());
  }

  // ---- immutability ----

  @Test
  void returnedListsAreUnmodifiable() {
    Formulation f = ahmed();
    assertThrows(UnsupportedOperationException.class, () -> asCollection(f.people()).add(SARA));
    assertThrows(UnsupportedOperationException.class, () -> asCollection(f.contributors()).clear());
    assertThrows(UnsupportedOperationException.class, () -> asList(f.presenting()).remove(0));
    assertThrows(UnsupportedOperationException.class, () -> asCollection(f.perpetuating()).add(M1));
    assertThrows(UnsupportedOperationException.class,
        () -> asCollection(f.factors(FactorKind.PROTECTIVE)).clear());
    assertThrows(UnsupportedOperationException.class, () -> asCollection(f.allFactors()).add(M1));
    assertThrows(UnsupportedOperationException.class, () -> asCollection(f.childsVoice()).clear());
    assertThrows(UnsupportedOperationException.class, () -> asCollection(f.reviews()).add(REVIEW));
    assertThrows(UnsupportedOperationException.class, () -> asCollection(f.items()).add(A1));
    assertThrows(UnsupportedOperationException.class, () -> asCollection(f.plan().goals()).add(G1));
    assertThrows(UnsupportedOperationException.class,
        () -> asCollection(f.plan().actions()).clear());
    assertThrows(UnsupportedOperationException.class,
        () -> asMap(f.reviews().get(0).scale()).put("G2", 1));
    assertEquals(ahmed(), f);
  }

  // The java.util view the API's callers have: on it, the mutators are not marked deprecated,
  // as Guava marks them on its immutable types.
  private static <T> Collection<T> asCollection(Collection<T> c) {
    return c;
  }

  private static <T> List<T> asList(List<T> l) {
    return l;
  }

  private static <K, V> Map<K, V> asMap(Map<K, V> m) {
    return m;
  }

  @Test
  void mutatingPassedListsAfterTheCallChangesNothing() {
    List<Person> people = new ArrayList<>(List.of(AMIRA));
    List<Contributor> contributors = new ArrayList<>(List.of(JO));
    List<PresentingIssue> presenting = new ArrayList<>(List.of(P1));
    List<Factor> perpetuating = new ArrayList<>(List.of(M1));
    List<ChildsVoice> voices = new ArrayList<>(List.of(VOICE));
    List<Review> reviews = new ArrayList<>(List.of(REVIEW));
    Formulation.Builder b = Formulation.builder()
        .people(people)
        .contributors(contributors)
        .presenting(presenting)
        .factors(FactorKind.PERPETUATING, perpetuating)
        .childsVoice(voices)
        .reviews(reviews);
    people.add(SARA);
    contributors.clear();
    presenting.add(P1);
    perpetuating.add(M2);
    voices.clear();
    reviews.add(REVIEW);
    Formulation f = b.build();
    people.clear();
    perpetuating.clear();
    assertEquals(List.of(AMIRA), f.people());
    assertEquals(List.of(JO), f.contributors());
    assertEquals(List.of(P1), f.presenting());
    assertEquals(List.of(M1), f.perpetuating());
    assertEquals(List.of(VOICE), f.childsVoice());
    assertEquals(List.of(REVIEW), f.reviews());
  }

  @Test
  void usingTheBuilderAfterBuildDoesNotChangeTheBuiltValue() {
    Formulation.Builder b = Formulation.builder().title("One").addPerson(AMIRA).addFactor(M1);
    Formulation first = b.build();
    b.title("Two").addPerson(SARA).addFactor(M2).addReview(REVIEW);
    Formulation second = b.build();
    assertEquals("One", first.title());
    assertEquals(List.of(AMIRA), first.people());
    assertEquals(List.of(M1), first.perpetuating());
    assertTrue(first.reviews().isEmpty());
    assertEquals(List.of(AMIRA, SARA), second.people());
    assertEquals(Optional.empty(), first.find("sara"));
  }

  @Test
  void changingACopysBuilderLeavesTheOriginalAlone() {
    Formulation f = ahmed();
    f.toBuilder().people(List.of()).addFactor(S1).title("x").build();
    assertEquals(ahmed(), f);
  }

  // ---- null and kind checks ----

  @Test
  void rejectsNullsNamingTheField() {
    Formulation.Builder b = Formulation.builder();
    assertNpe("id must not be null", () -> b.id(null));
    assertNpe("title must not be null", () -> b.title(null));
    assertNpe("formulatedOn must not be null", () -> b.formulatedOn((LocalDate) null));
    assertNpe("formulatedOn must not be null", () -> b.formulatedOn((Optional<LocalDate>) null));
    assertNpe("status must not be null", () -> b.status(null));
    assertNpe("framework must not be null", () -> b.framework((String) null));
    assertNpe("framework must not be null", () -> b.framework((Optional<String>) null));
    assertNpe("people must not be null", () -> b.people(null));
    assertNpe("people[1] must not be null", () -> b.people(Arrays.asList(AMIRA, null)));
    assertNpe("person must not be null", () -> b.addPerson(null));
    assertNpe("contributors must not be null", () -> b.contributors(null));
    assertNpe("contributors[0] must not be null",
        () -> b.contributors(Arrays.asList((Contributor) null)));
    assertNpe("contributor must not be null", () -> b.addContributor(null));
    assertNpe("presenting must not be null", () -> b.presenting(null));
    assertNpe("presenting[2] must not be null",
        () -> b.presenting(Arrays.asList(P1, P1, null)));
    assertNpe("presenting issue must not be null", () -> b.addPresenting(null));
    assertNpe("kind must not be null", () -> b.factors(null, List.of()));
    assertNpe("perpetuating must not be null", () -> b.factors(FactorKind.PERPETUATING, null));
    assertNpe("protective[1] must not be null",
        () -> b.factors(FactorKind.PROTECTIVE, Arrays.asList(S1, null)));
    assertNpe("factor must not be null", () -> b.addFactor(null));
    assertNpe("childsVoice must not be null", () -> b.childsVoice(null));
    assertNpe("childsVoice[0] must not be null",
        () -> b.childsVoice(Arrays.asList((ChildsVoice) null)));
    assertNpe("childsVoice must not be null", () -> b.addChildsVoice(null));
    assertNpe("hypothesis must not be null", () -> b.hypothesis((Hypothesis) null));
    assertNpe("hypothesis must not be null", () -> b.hypothesis((Optional<Hypothesis>) null));
    assertNpe("plan must not be null", () -> b.plan(null));
    assertNpe("reviews must not be null", () -> b.reviews(null));
    assertNpe("reviews[1] must not be null", () -> b.reviews(Arrays.asList(REVIEW, null)));
    assertNpe("review must not be null", () -> b.addReview(null));
    // Nothing rejected has got into the builder.
    assertEquals(Formulation.builder().build(), b.build());
  }

  @Test
  void rejectedListLeavesTheEarlierValueInPlace() {
    Formulation.Builder b = Formulation.builder().people(List.of(AMIRA));
    assertThrows(NullPointerException.class, () -> b.people(Arrays.asList(SARA, null)));
    assertEquals(List.of(AMIRA), b.build().people());
  }

  @Test
  void lookupsRejectNulls() {
    Formulation f = ahmed();
    assertNpe("id must not be null", () -> f.find(null));
    assertNpe("id must not be null", () -> f.find(null, Goal.class));
    assertNpe("type must not be null", () -> f.find("G1", null));
    assertNpe("kind must not be null", () -> f.factors(null));
  }

  @Test
  void factorsOfAnotherKindAreRejectedNamingListAndPosition() {
    Formulation.Builder b = Formulation.builder().factors(FactorKind.PERPETUATING, List.of(M1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> b.factors(FactorKind.PERPETUATING, List.of(M2, S1)));
    assertTrue(e.getMessage().startsWith("perpetuating[1]"), e.getMessage());
    assertTrue(e.getMessage().contains("S1"), e.getMessage());
    assertTrue(e.getMessage().contains("protective"), e.getMessage());

    IllegalArgumentException e0 = assertThrows(IllegalArgumentException.class,
        () -> b.factors(FactorKind.PREDISPOSING, List.of(T1)));
    assertTrue(e0.getMessage().startsWith("predisposing[0]"), e0.getMessage());
    assertTrue(e0.getMessage().contains("T1"), e0.getMessage());

    assertEquals(List.of(M1), b.build().perpetuating(), "the rejected list was not applied");
    assertTrue(b.build().predisposing().isEmpty());
  }

  @Test
  void addFactorFilesEachFactorUnderItsOwnKind() {
    Formulation f = Formulation.builder().addFactor(S1).addFactor(D1).build();
    assertEquals(List.of(S1), f.protective());
    assertEquals(List.of(D1), f.predisposing());
    assertTrue(f.perpetuating().isEmpty());
    assertTrue(f.precipitating().isEmpty());
  }

  // ---- drafts ----

  @Test
  void draftsAreRepresentable() {
    Factor blank = Factor.builder(FactorKind.PERPETUATING, "")
        .explains(List.of("P404"))
        .priority(Priority.builder().impact(9).urgency(0).build())
        .build();
    Formulation f = Formulation.builder()
        .addPerson(Person.of("", "", PersonRole.OTHER))
        .addPerson(Person.of("dup", "First", PersonRole.CHILD))
        .addPerson(Person.of("dup", "Second", PersonRole.CHILD))
        .addPresenting(PresentingIssue.of("P1", "").withSources(List.of("ghost")))
        .addFactor(blank)
        .hypothesis(Hypothesis.of("", List.of("M404")))
        .plan(Plan.of(
            List.of(Goal.of("G1", "").withFor(List.of("P404")).withScale(GoalScale.of(-3, 42))),
            List.of(Action.builder("A1").owner("nobody").addresses(List.of("M404"))
                .goals(List.of("G404")).build())))
        .addReview(Review.builder().by("ghost").scale(Map.of("G404", -3))
            .actions(Map.of("A404", ActionStatus.DONE)).build())
        .build();
    assertEquals(3, f.people().size());
    assertEquals(Optional.of(9), f.perpetuating().get(0).priority().orElseThrow().impact());
    assertEquals(Optional.of(GoalScale.of(-3, 42)), f.plan().goals().get(0).scale());
    assertEquals(List.of("M404"), f.hypothesis().orElseThrow().focus());
    assertEquals(Optional.empty(), f.find("ghost"));
    assertEquals(Optional.empty(), f.find("P404"));
  }

  @Test
  void statusIsKeptWhateverTheContent() {
    Formulation f = Formulation.builder().status(FormulationStatus.CLOSED).build();
    assertEquals(FormulationStatus.CLOSED, f.status());
    assertTrue(f.plan().isEmpty());
  }

  // ---- items and find ----

  @Test
  void itemsAreInDocumentOrder() {
    assertEquals(List.<Item>of(AMIRA, SARA, JO, SCHOOL, P1, D1, T1, M1, M2, S1, G1, A1),
        ahmed().items());
  }

  @Test
  void findReturnsEachItemById() {
    Formulation f = ahmed();
    for (Item item : f.items()) {
      assertSame(item, f.find(item.id()).orElseThrow(), item.id());
    }
  }

  @Test
  void findWithTypeFiltersByType() {
    Formulation f = ahmed();
    assertEquals(Optional.of(G1), f.find("G1", Goal.class));
    assertEquals(Optional.of(A1), f.find("A1", Action.class));
    assertEquals(Optional.of(M1), f.find("M1", Factor.class));
    assertEquals(Optional.of(AMIRA), f.find("amira", Person.class));
    assertEquals(Optional.of(JO), f.find("jo", Contributor.class));
    assertEquals(Optional.of(P1), f.find("P1", PresentingIssue.class));
    assertEquals(Optional.of(G1), f.find("G1", Item.class));
    assertEquals(Optional.empty(), f.find("G1", Action.class));
    assertEquals(Optional.empty(), f.find("amira", Contributor.class));
    assertEquals(Optional.empty(), f.find("nope", Goal.class));
    Optional<Goal> typed = f.find("G1", Goal.class);
    assertEquals("Amira is in school every day.", typed.orElseThrow().outcome());
  }

  @Test
  void unknownIdGivesEmpty() {
    Formulation f = ahmed();
    assertEquals(Optional.empty(), f.find("nope"));
    assertEquals(Optional.empty(), f.find(""));
    assertEquals(Optional.empty(), f.find("p1"), "ids are case-sensitive");
  }

  @Test
  void findReturnsTheFirstInDocumentOrder() {
    Person personX = Person.of("X", "Person X", PersonRole.OTHER);
    Contributor contributorX = Contributor.of("X", "Contributor X", "r", "a");
    PresentingIssue presentingX = PresentingIssue.of("X", "Presenting X");
    Factor predisposingX = Factor.of(FactorKind.PREDISPOSING, "X", "Predisposing X");
    Factor protectiveX = Factor.of(FactorKind.PROTECTIVE, "X", "Protective X");
    Goal goalX = Goal.of("X", "Goal X");
    Action actionX = Action.builder("X").build();

    Formulation all = Formulation.builder()
        .plan(Plan.of(List.of(goalX), List.of(actionX)))
        .addFactor(protectiveX)
        .addFactor(predisposingX)
        .addPresenting(presentingX)
        .addContributor(contributorX)
        .addPerson(personX)
        .build();
    assertEquals(Optional.of(personX), all.find("X"));
    assertEquals(List.<Item>of(personX, contributorX, presentingX, predisposingX, protectiveX,
        goalX, actionX), all.items());

    // Take away the earliest holder of the id each time: the next in document order is found.
    Formulation noPerson = all.toBuilder().people(List.of()).build();
    assertEquals(Optional.of(contributorX), noPerson.find("X"));
    Formulation noContributor = noPerson.toBuilder().contributors(List.of()).build();
    assertEquals(Optional.of(presentingX), noContributor.find("X"));
    Formulation noPresenting = noContributor.toBuilder().presenting(List.of()).build();
    assertEquals(Optional.of(predisposingX), noPresenting.find("X"),
        "factors in FactorKind order, not the order they were added");
    Formulation noPredisposing =
        noPresenting.toBuilder().factors(FactorKind.PREDISPOSING, List.of()).build();
    assertEquals(Optional.of(protectiveX), noPredisposing.find("X"));
    Formulation noFactors =
        noPredisposing.toBuilder().factors(FactorKind.PROTECTIVE, List.of()).build();
    assertEquals(Optional.of(goalX), noFactors.find("X"));
    Formulation noGoals =
        noFactors.toBuilder().plan(Plan.of(List.of(), List.of(actionX))).build();
    assertEquals(Optional.of(actionX), noGoals.find("X"));

    assertEquals(Optional.empty(), all.find("X", Action.class),
        "the type filter applies to the first item, it does not search on");
    assertEquals(Optional.of(actionX), noGoals.find("X", Action.class));
  }

  @Test
  void findReturnsTheFirstOfDuplicatesWithinOneList() {
    Person first = Person.of("dup", "First", PersonRole.CHILD);
    Person second = Person.of("dup", "Second", PersonRole.CHILD);
    Factor m1a = Factor.of(FactorKind.PERPETUATING, "M", "a");
    Factor m1b = Factor.of(FactorKind.PERPETUATING, "M", "b");
    Formulation f = Formulation.builder()
        .addPerson(first).addPerson(second).addFactor(m1a).addFactor(m1b).build();
    assertSame(first, f.find("dup").orElseThrow());
    assertSame(m1a, f.find("M").orElseThrow());
    assertEquals(4, f.items().size(), "duplicates are all kept");
  }

  @Test
  void blankIdsCanBeFound() {
    Person nameless = Person.of("", "", PersonRole.OTHER);
    Formulation f = Formulation.builder()
        .addFactor(Factor.builder(FactorKind.PROTECTIVE, "").build())
        .addPerson(nameless)
        .build();
    assertSame(nameless, f.find("").orElseThrow());
  }

  // ---- equality ----

  @Test
  void separatelyBuiltEqualFormulationsAreEqual() {
    Formulation a = ahmed();
    Formulation b = ahmed();
    assertTrue(a != b);
    assertEquals(a, b);
    assertEquals(b, a);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a, a);
    assertNotEquals(a, null);
    assertNotEquals(a, "F-2026-0142");
  }

  @Test
  void equalityDoesNotDependOnHowFactorsWereAdded() {
    Formulation added = Formulation.builder().addFactor(S1).addFactor(D1).build();
    Formulation replaced = Formulation.builder()
        .factors(FactorKind.PREDISPOSING, List.of(D1))
        .factors(FactorKind.PROTECTIVE, List.of(S1))
        .build();
    assertEquals(added, replaced);
    assertEquals(added.hashCode(), replaced.hashCode());
  }

  @Test
  void differingFormulationsAreNotEqual() {
    Formulation f = ahmed();
    assertNotEquals(f, f.toBuilder().id("other").build());
    assertNotEquals(f, f.toBuilder().status(FormulationStatus.DRAFT).build());
    assertNotEquals(f, f.toBuilder().people(List.of(SARA, AMIRA)).build(), "order matters");
    assertNotEquals(f, f.toBuilder()
        .factors(FactorKind.PERPETUATING, List.of(M2, M1)).build(), "order matters");
    assertNotEquals(f, f.toBuilder()
        .factors(FactorKind.PERPETUATING, List.of(M1, M2.toBuilder().statement("x").build()))
        .build());
    assertNotEquals(f, f.toBuilder().plan(PLAN.withNextReview(LocalDate.of(2027, 1, 1)))
        .build());
    assertNotEquals(f, f.toBuilder().reviews(List.of()).build());
    assertNotEquals(Formulation.builder().build(), Formulation.builder().title(" ").build());
  }

  // ---- toString ----

  @Test
  void toStringIsReadable() {
    String s = ahmed().toString();
    assertTrue(s.startsWith("Formulation{"), s);
    assertTrue(s.contains("F-2026-0142"), s);
    assertTrue(s.contains("Formulation with the Ahmed family"), s);
    assertTrue(s.contains("status=AGREED"), s);
    assertTrue(s.contains("Leeds Practice Model"), s);
    for (String id : List.of("amira", "sara", "jo", "school", "P1", "D1", "T1", "M1", "M2", "S1",
        "G1", "A1")) {
      assertTrue(s.contains(id), id + " in " + s);
    }
    for (String part : List.of("people=", "contributors=", "presenting=", "predisposing=",
        "precipitating=", "perpetuating=", "protective=", "childsVoice=", "hypothesis=", "plan=",
        "reviews=")) {
      assertTrue(s.contains(part), part + " in " + s);
    }
  }

  @Test
  void toStringLeavesOutEmptyParts() {
    String s = Formulation.builder().id("F-1").title("Only a title").addFactor(M1).build()
        .toString();
    assertTrue(s.contains("F-1"), s);
    assertTrue(s.contains("Only a title"), s);
    assertTrue(s.contains("perpetuating="), s);
    assertTrue(s.contains("M1"), s);
    for (String part : List.of("formulatedOn=", "framework=", "people=", "contributors=",
        "presenting=", "predisposing=", "precipitating=", "protective=", "childsVoice=",
        "hypothesis=", "plan=", "reviews=")) {
      assertFalse(s.contains(part), part + " in " + s);
    }
  }

  @Test
  void toStringShowsHeaderValuesNotOptionals() {
    String s = Formulation.builder().id("F-1").formulatedOn(LocalDate.of(2026, 11, 2))
        .framework("Leeds Practice Model").hypothesis(Hypothesis.of("Theory.", List.of()))
        .build().toString();
    assertTrue(s.contains("formulatedOn=2026-11-02"), s);
    assertTrue(s.contains("framework=Leeds Practice Model"), s);
    assertTrue(s.contains("hypothesis=Hypothesis[statement=Theory."), s);
  }

  @Test
  void toStringOfAnEmptyDraft() {
    String s = Formulation.builder().build().toString();
    assertTrue(s.contains("status=DRAFT"), s);
    assertFalse(s.contains("reviews="), s);
    assertFalse(s.contains("plan="), s);
  }
}
