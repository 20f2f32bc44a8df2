package io.github.sixps.formulation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The parts a formulation is made of: each record, its factories, builders and checks. */
// The immutability tests call the mutators Guava deprecates, to show that they refuse.
@SuppressWarnings("deprecation")
class PartsTest {

  private static void assertNpe(String message, Executable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call);
    assertEquals(message, e.getMessage());
  }

  private static List<String> mutable(String... values) {
    return new ArrayList<>(Arrays.asList(values));
  }

  @Nested
  class PersonTest {
    @Test
    void factoryAndWithAge() {
      Person amira = Person.of("amira", "Amira", PersonRole.CHILD).withAge(9);
      assertEquals("amira", amira.id());
      assertEquals("Amira", amira.name());
      assertEquals(Optional.of(PersonRole.CHILD), amira.role());
      assertEquals(Optional.of(9), amira.age());
    }

    @Test
    void ofHasNoAge() {
      assertEquals(Optional.empty(), Person.of("sara", "Sara", PersonRole.PARENT).age());
    }

    @Test
    void withAgeLeavesTheOriginalAlone() {
      Person sara = Person.of("sara", "Sara", PersonRole.PARENT);
      Person older = sara.withAge(40);
      assertEquals(Optional.empty(), sara.age());
      assertEquals(new Person("sara", "Sara", Optional.of(PersonRole.PARENT), Optional.of(40)),
          older);
    }

    @Test
    void draftsAreAllowed() {
      Person blank = new Person("", "", Optional.empty(), Optional.of(-1));
      assertEquals("", blank.id());
      assertEquals(Optional.of(-1), blank.age());
    }

    @Test
    void rejectsNullsNamingTheField() {
      assertNpe("id must not be null", () -> Person.of(null, "Amira", PersonRole.CHILD));
      assertNpe("name must not be null", () -> Person.of("amira", null, PersonRole.CHILD));
      assertNpe("role must not be null", () -> Person.of("amira", "Amira", null));
      assertNpe("role must not be null",
          () -> new Person("amira", "Amira", null, Optional.empty()));
      assertNpe("age must not be null",
          () -> new Person("amira", "Amira", Optional.empty(), null));
    }

    @Test
    void valueEquality() {
      Person a = Person.of("amira", "Amira", PersonRole.CHILD).withAge(9);
      Person b = Person.of("amira", "Amira", PersonRole.CHILD).withAge(9);
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
      assertNotEquals(a, b.withAge(10));
    }
  }

  @Nested
  class ContributorTest {
    @Test
    void factory() {
      Contributor jo = Contributor.of("jo", "Jo Blake", "Social worker", "Children's social care");
      assertEquals("jo", jo.id());
      assertEquals("Jo Blake", jo.name());
      assertEquals(Optional.of("Social worker"), jo.role());
      assertEquals(Optional.of("Children's social care"), jo.agency());
    }

    @Test
    void roleAndAgencyMayBeAbsent() {
      Contributor c = new Contributor("x", "X", Optional.empty(), Optional.empty());
      assertEquals(Optional.empty(), c.role());
      assertEquals(Optional.empty(), c.agency());
    }

    @Test
    void rejectsNullsNamingTheField() {
      assertNpe("id must not be null", () -> Contributor.of(null, "n", "r", "a"));
      assertNpe("name must not be null", () -> Contributor.of("i", null, "r", "a"));
      assertNpe("role must not be null", () -> Contributor.of("i", "n", null, "a"));
      assertNpe("agency must not be null", () -> Contributor.of("i", "n", "r", null));
      assertNpe("role must not be null",
          () -> new Contributor("i", "n", null, Optional.empty()));
      assertNpe("agency must not be null",
          () -> new Contributor("i", "n", Optional.empty(), null));
    }
  }

  @Nested
  class PresentingIssueTest {
    @Test
    void factoryAndWithers() {
      PresentingIssue p1 = PresentingIssue.of("P1", "Amira has missed school.")
          .withDomain(Domain.CHILD_DEVELOPMENT)
          .withSources(List.of("school", "sara"));
      assertEquals("P1", p1.id());
      assertEquals("Amira has missed school.", p1.statement());
      assertEquals(Optional.of(Domain.CHILD_DEVELOPMENT), p1.domain());
      assertEquals(List.of("school", "sara"), p1.sources());
    }

    @Test
    void defaults() {
      PresentingIssue p = PresentingIssue.of("P1", "s");
      assertEquals(Optional.empty(), p.domain());
      assertTrue(p.sources().isEmpty());
    }

    @Test
    void withersChangeOnlyTheirField() {
      PresentingIssue p = PresentingIssue.of("P1", "s").withSources(List.of("a"));
      PresentingIssue q = p.withDomain(Domain.FAMILY_ENVIRONMENT);
      assertEquals(p.id(), q.id());
      assertEquals(p.statement(), q.statement());
      assertEquals(p.sources(), q.sources());
      assertEquals(Optional.of(Domain.FAMILY_ENVIRONMENT), q.domain());
      assertEquals(Optional.empty(), p.domain());
    }

    @Test
    void sourcesAreCopiedAndUnmodifiable() {
      List<String> sources = mutable("a", "b");
      PresentingIssue p = PresentingIssue.of("P1", "s").withSources(sources);
      sources.add("c");
      sources.set(0, "z");
      assertEquals(List.of("a", "b"), p.sources());
      assertThrows(UnsupportedOperationException.class, () -> p.sources().add("d"));
    }

    @Test
    void rejectsNullsNamingTheField() {
      assertNpe("id must not be null", () -> PresentingIssue.of(null, "s"));
      assertNpe("statement must not be null", () -> PresentingIssue.of("P1", null));
      assertNpe("domain must not be null", () -> PresentingIssue.of("P1", "s").withDomain(null));
      assertNpe("sources must not be null",
          () -> PresentingIssue.of("P1", "s").withSources(null));
      assertNpe("sources[1] must not be null",
          () -> PresentingIssue.of("P1", "s").withSources(Arrays.asList("a", null)));
      assertNpe("domain must not be null",
          () -> new PresentingIssue("P1", "s", null, ImmutableList.of()));
    }
  }

  @Nested
  class FactorTest {
    private final Priority rated =
        Priority.builder().impact(4).changeability(4).familyPriority(5).urgency(2).build();

    private Factor full() {
      return Factor.builder(FactorKind.PERPETUATING, "M1")
          .statement("Mornings are rushed.")
          .explains(List.of("P1", "P2"))
          .sources(List.of("sara"))
          .evidence("Sara said so.")
          .priority(rated)
          .build();
    }

    @Test
    void builderProducesTheValuesSet() {
      Factor m1 = full();
      assertEquals(FactorKind.PERPETUATING, m1.kind());
      assertEquals("M1", m1.id());
      assertEquals("Mornings are rushed.", m1.statement());
      assertEquals(List.of("P1", "P2"), m1.explains());
      assertEquals(List.of("sara"), m1.sources());
      assertEquals(Optional.of("Sara said so."), m1.evidence());
      assertEquals(Optional.of(rated), m1.priority());
    }

    @Test
    void builderDefaults() {
      Factor f = Factor.builder(FactorKind.PROTECTIVE, "S1").build();
      assertEquals(FactorKind.PROTECTIVE, f.kind());
      assertEquals("S1", f.id());
      assertEquals("", f.statement());
      assertTrue(f.explains().isEmpty());
      assertTrue(f.sources().isEmpty());
      assertEquals(Optional.empty(), f.evidence());
      assertEquals(Optional.empty(), f.priority());
    }

    @Test
    void ofSetsKindIdAndStatementOnly() {
      Factor f = Factor.of(FactorKind.PREDISPOSING, "D1", "History.");
      assertEquals(
          new Factor(FactorKind.PREDISPOSING, "D1", "History.", ImmutableList.of(),
              ImmutableList.of(), Optional.empty(), Optional.empty()),
          f);
    }

    @Test
    void toBuilderReproducesAnEqualValue() {
      Factor m1 = full();
      Factor copy = m1.toBuilder().build();
      assertEquals(m1, copy);
      assertEquals(m1.hashCode(), copy.hashCode());
    }

    @Test
    void toBuilderChangingOneFieldChangesOnlyThat() {
      Factor m1 = full();
      Factor changed = m1.toBuilder().statement("Evenings too.").build();
      assertNotEquals(m1, changed);
      assertEquals("Evenings too.", changed.statement());
      assertEquals(
          new Factor(m1.kind(), m1.id(), "Evenings too.", m1.explains(), m1.sources(),
              m1.evidence(), m1.priority()),
          changed);
      assertEquals("Mornings are rushed.", m1.statement());

      Factor noPriority = m1.toBuilder().priority(Optional.empty()).build();
      assertEquals(Optional.empty(), noPriority.priority());
      assertEquals(m1.explains(), noPriority.explains());
      assertEquals(m1.evidence(), noPriority.evidence());

      Factor noEvidence = m1.toBuilder().evidence(Optional.empty()).build();
      assertEquals(Optional.empty(), noEvidence.evidence());
      assertEquals(m1.priority(), noEvidence.priority());
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
      List<String> explains = mutable("P1");
      List<String> sources = mutable("sara");
      Factor.Builder builder = Factor.builder(FactorKind.PREDISPOSING, "D1")
          .explains(explains)
          .sources(sources);
      explains.add("P2");
      sources.clear();
      Factor f = builder.build();
      explains.add("P3");
      assertEquals(List.of("P1"), f.explains());
      assertEquals(List.of("sara"), f.sources());
      assertThrows(UnsupportedOperationException.class, () -> f.explains().add("x"));
      assertThrows(UnsupportedOperationException.class, () -> f.sources().remove(0));
    }

    @Test
    void priorityOnlyOnPerpetuatingFactors() {
      for (FactorKind kind : FactorKind.values()) {
        if (kind == FactorKind.PERPETUATING) {
          assertEquals(Optional.of(rated),
              Factor.builder(kind, "X").priority(rated).build().priority());
          continue;
        }
        Factor.Builder builder = Factor.builder(kind, "X").priority(rated);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().contains("priority"), e.getMessage());
        assertTrue(e.getMessage().contains("X"), e.getMessage());
      }
    }

    @Test
    void priorityCheckAppliesToTheConstructorToo() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new Factor(FactorKind.PROTECTIVE, "S1", "", ImmutableList.of(),
              ImmutableList.of(), Optional.empty(), Optional.of(Priority.none())));
      assertTrue(e.getMessage().startsWith("priority"), e.getMessage());
    }

    @Test
    void draftsAreAllowed() {
      Priority outOfRange = Priority.builder().impact(9).urgency(-1).build();
      Factor f = Factor.builder(FactorKind.PERPETUATING, "")
          .explains(List.of("nowhere", "nowhere"))
          .priority(outOfRange)
          .build();
      assertEquals("", f.id());
      assertEquals("", f.statement());
      assertEquals(List.of("nowhere", "nowhere"), f.explains());
      assertEquals(Optional.of(9), f.priority().orElseThrow().impact());
    }

    @Test
    void rejectsNullsNamingTheField() {
      assertNpe("kind must not be null", () -> Factor.builder(null, "M1"));
      assertNpe("id must not be null", () -> Factor.builder(FactorKind.PERPETUATING, null));
      assertNpe("kind must not be null", () -> Factor.of(null, "M1", "s"));
      assertNpe("statement must not be null",
          () -> Factor.of(FactorKind.PERPETUATING, "M1", null));
      Factor.Builder b = Factor.builder(FactorKind.PERPETUATING, "M1");
      assertNpe("statement must not be null", () -> b.statement(null));
      assertNpe("explains must not be null", () -> b.explains(null));
      assertNpe("explains[1] must not be null", () -> b.explains(Arrays.asList("P1", null)));
      assertNpe("sources must not be null", () -> b.sources(null));
      assertNpe("sources[0] must not be null", () -> b.sources(Arrays.asList((String) null)));
      assertNpe("evidence must not be null", () -> b.evidence((String) null));
      assertNpe("evidence must not be null", () -> b.evidence((Optional<String>) null));
      assertNpe("priority must not be null", () -> b.priority((Priority) null));
      assertNpe("priority must not be null", () -> b.priority((Optional<Priority>) null));
      assertNpe("evidence must not be null",
          () -> new Factor(FactorKind.PERPETUATING, "M1", "", ImmutableList.of(),
              ImmutableList.of(), null, Optional.empty()));
      // The builder is still usable after the rejected calls.
      assertEquals(Factor.builder(FactorKind.PERPETUATING, "M1").build(), b.build());
    }
  }

  @Nested
  class PriorityTest {
    @Test
    void builderProducesTheValuesSet() {
      Priority p = Priority.builder()
          .impact(4).changeability(3).familyPriority(5).urgency(2).pin(1, "Safety first")
          .build();
      assertEquals(Optional.of(4), p.impact());
      assertEquals(Optional.of(3), p.changeability());
      assertEquals(Optional.of(5), p.familyPriority());
      assertEquals(Optional.of(2), p.urgency());
      assertEquals(Optional.of(1), p.pin());
      assertEquals(Optional.of("Safety first"), p.reason());
    }

    @Test
    void noneHasNothingRecorded() {
      Priority none = Priority.none();
      assertEquals(Priority.builder().build(), none);
      assertEquals(Optional.empty(), none.impact());
      assertEquals(Optional.empty(), none.changeability());
      assertEquals(Optional.empty(), none.familyPriority());
      assertEquals(Optional.empty(), none.urgency());
      assertEquals(Optional.empty(), none.pin());
      assertEquals(Optional.empty(), none.reason());
      assertSame(none, Priority.none());
    }

    @Test
    void isUnrated() {
      assertTrue(Priority.none().isUnrated());
      assertTrue(Priority.builder().pin(1, "because").build().isUnrated(),
          "a pin is not a rating");
      assertFalse(Priority.builder().impact(1).build().isUnrated());
      assertFalse(Priority.builder().changeability(1).build().isUnrated());
      assertFalse(Priority.builder().familyPriority(1).build().isUnrated());
      assertFalse(Priority.builder().urgency(1).build().isUnrated());
    }

    @Test
    void outOfRangeValuesAreKept() {
      Priority p = Priority.builder().impact(9).changeability(0).urgency(-3)
          .pin(Optional.of(0)).build();
      assertEquals(Optional.of(9), p.impact());
      assertEquals(Optional.of(0), p.changeability());
      assertEquals(Optional.of(-3), p.urgency());
      assertEquals(Optional.of(0), p.pin());
      assertEquals(Optional.empty(), p.reason(), "a draft may pin without a reason");
    }

    @Test
    void pinAndReasonSeparately() {
      Priority p = Priority.builder().pin(Optional.of(2)).reason(Optional.of("why")).build();
      assertEquals(Priority.builder().pin(2, "why").build(), p);
      Priority cleared = Priority.builder().pin(2, "why")
          .pin(Optional.empty()).reason(Optional.empty()).build();
      assertEquals(Priority.none(), cleared);
    }

    @Test
    void rejectsNullsNamingTheField() {
      assertNpe("reason must not be null", () -> Priority.builder().pin(1, null));
      assertNpe("pin must not be null", () -> Priority.builder().pin(null));
      assertNpe("reason must not be null", () -> Priority.builder().reason(null));
      assertNpe("impact must not be null", () -> new Priority(null, Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
      assertNpe("urgency must not be null", () -> new Priority(Optional.empty(),
          Optional.empty(), Optional.empty(), null, Optional.empty(), Optional.empty()));
    }

    @Test
    void valueEquality() {
      Priority a = Priority.builder().impact(4).urgency(2).build();
      Priority b = Priority.builder().urgency(2).impact(4).build();
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
      assertNotEquals(a, Priority.builder().impact(4).urgency(3).build());
    }
  }

  @Nested
  class ChildsVoiceTest {
    @Test
    void factory() {
      ChildsVoice v = ChildsVoice.of("amira",
          List.of("I feel sick."), List.of("Nana's cooking.", "My cat."), List.of());
      assertEquals("amira", v.child());
      assertEquals(List.of("I feel sick."), v.worries());
      assertEquals(List.of("Nana's cooking.", "My cat."), v.goodThings());
      assertTrue(v.dreams().isEmpty());
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
      List<String> worries = mutable("w");
      List<String> good = mutable("g");
      List<String> dreams = mutable("d");
      ChildsVoice v = ChildsVoice.of("amira", worries, good, dreams);
      worries.add("w2");
      good.clear();
      dreams.set(0, "x");
      assertEquals(ChildsVoice.of("amira", List.of("w"), List.of("g"), List.of("d")), v);
      assertThrows(UnsupportedOperationException.class, () -> v.worries().add("x"));
      assertThrows(UnsupportedOperationException.class, () -> v.goodThings().clear());
      assertThrows(UnsupportedOperationException.class, () -> v.dreams().set(0, "y"));
    }

    @Test
    void rejectsNullsNamingTheField() {
      assertNpe("child must not be null",
          () -> ChildsVoice.of(null, List.of(), List.of(), List.of()));
      assertNpe("worries must not be null",
          () -> ChildsVoice.of("a", null, List.of(), List.of()));
      assertNpe("goodThings must not be null",
          () -> ChildsVoice.of("a", List.of(), null, List.of()));
      assertNpe("dreams must not be null",
          () -> ChildsVoice.of("a", List.of(), List.of(), null));
      assertNpe("dreams[2] must not be null",
          () -> ChildsVoice.of("a", List.of(), List.of(), Arrays.asList("x", "y", null)));
    }
  }

  @Nested
  class HypothesisTest {
    @Test
    void factoryAndWither() {
      Hypothesis h = Hypothesis.of("Absence is kept going by mornings.", List.of("M1", "M2"))
          .withExpectedChange("Amira will be in school more.");
      assertEquals("Absence is kept going by mornings.", h.statement());
      assertEquals(List.of("M1", "M2"), h.focus());
      assertEquals(Optional.of("Amira will be in school more."), h.expectedChange());
    }

    @Test
    void ofHasNoExpectedChange() {
      Hypothesis h = Hypothesis.of("", List.of());
      assertEquals("", h.statement());
      assertTrue(h.focus().isEmpty());
      assertEquals(Optional.empty(), h.expectedChange());
    }

    @Test
    void focusIsCopiedAndUnmodifiable() {
      List<String> focus = mutable("M1");
      Hypothesis h = Hypothesis.of("s", focus);
      focus.add("M2");
      assertEquals(List.of("M1"), h.focus());
      assertThrows(UnsupportedOperationException.class, () -> h.focus().add("M3"));
    }

    @Test
    void rejectsNullsNamingTheField() {
      assertNpe("statement must not be null", () -> Hypothesis.of(null, List.of()));
      assertNpe("focus must not be null", () -> Hypothesis.of("s", null));
      assertNpe("focus[1] must not be null", () -> Hypothesis.of("s", Arrays.asList("M1", null)));
      assertNpe("expectedChange must not be null",
          () -> Hypothesis.of("s", List.of()).withExpectedChange(null));
      assertNpe("expectedChange must not be null",
          () -> new Hypothesis("s", ImmutableList.of(), null));
    }
  }

  @Nested
  class GoalTest {
    @Test
    void factoryAndWithers() {
      Goal g = Goal.of("G1", "Amira is in school every day.")
          .withFor(List.of("P1"))
          .withScale(GoalScale.of(3, 8));
      assertEquals("G1", g.id());
      assertEquals("Amira is in school every day.", g.outcome());
      assertEquals(List.of("P1"), g.forIssues());
      assertEquals(Optional.of(new GoalScale(3, 8)), g.scale());
      assertEquals(3, g.scale().orElseThrow().now());
      assertEquals(8, g.scale().orElseThrow().target());
    }

    @Test
    void defaults() {
      Goal g = Goal.of("G1", "o");
      assertTrue(g.forIssues().isEmpty());
      assertEquals(Optional.empty(), g.scale());
    }

    @Test
    void outOfRangeScaleIsKept() {
      Goal g = Goal.of("G1", "").withScale(GoalScale.of(-3, 11));
      assertEquals(Optional.of(GoalScale.of(-3, 11)), g.scale());
    }

    @Test
    void forIssuesIsCopiedAndUnmodifiable() {
      List<String> issues = mutable("P1");
      Goal g = Goal.of("G1", "o").withFor(issues);
      issues.add("P2");
      assertEquals(List.of("P1"), g.forIssues());
      assertThrows(UnsupportedOperationException.class, () -> g.forIssues().add("P3"));
    }

    @Test
    void withersChangeOnlyTheirField() {
      Goal g = Goal.of("G1", "o").withFor(List.of("P1"));
      Goal scaled = g.withScale(GoalScale.of(1, 2));
      assertEquals(new Goal("G1", "o", ImmutableList.of("P1"), Optional.of(GoalScale.of(1, 2))),
          scaled);
      assertEquals(Optional.empty(), g.scale());
    }

    @Test
    void rejectsNullsNamingTheField() {
      assertNpe("id must not be null", () -> Goal.of(null, "o"));
      assertNpe("outcome must not be null", () -> Goal.of("G1", null));
      assertNpe("forIssues must not be null", () -> Goal.of("G1", "o").withFor(null));
      assertNpe("forIssues[0] must not be null",
          () -> Goal.of("G1", "o").withFor(Arrays.asList((String) null)));
      assertNpe("scale must not be null", () -> Goal.of("G1", "o").withScale(null));
    }
  }

  @Nested
  class ActionTest {
    private Action full() {
      return Action.builder("A1")
          .action("Grandmother walks Amira to school.")
          .owner("sara")
          .addresses(List.of("M1"))
          .goals(List.of("G1", "G2"))
          .due(LocalDate.of(2026, 11, 16))
          .measure("Register shows Amira in school.")
          .status(ActionStatus.IN_PROGRESS)
          .build();
    }

    @Test
    void builderProducesTheValuesSet() {
      Action a = full();
      assertEquals("A1", a.id());
      assertEquals("Grandmother walks Amira to school.", a.action());
      assertEquals(Optional.of("sara"), a.owner());
      assertEquals(List.of("M1"), a.addresses());
      assertEquals(List.of("G1", "G2"), a.goals());
      assertEquals(Optional.of(LocalDate.of(2026, 11, 16)), a.due());
      assertEquals(Optional.of("Register shows Amira in school."), a.measure());
      assertEquals(ActionStatus.IN_PROGRESS, a.status());
    }

    @Test
    void builderDefaults() {
      Action a = Action.builder("A1").build();
      assertEquals("A1", a.id());
      assertEquals("", a.action());
      assertEquals(Optional.empty(), a.owner());
      assertTrue(a.addresses().isEmpty());
      assertTrue(a.goals().isEmpty());
      assertEquals(Optional.empty(), a.due());
      assertEquals(Optional.empty(), a.measure());
      assertEquals(ActionStatus.NOT_STARTED, a.status());
    }

    @Test
    void toBuilderReproducesAnEqualValue() {
      Action a = full();
      assertEquals(a, a.toBuilder().build());
      assertEquals(a.hashCode(), a.toBuilder().build().hashCode());
    }

    @Test
    void toBuilderChangingOneFieldChangesOnlyThat() {
      Action a = full();
      Action done = a.toBuilder().status(ActionStatus.DONE).build();
      assertEquals(new Action(a.id(), a.action(), a.owner(), a.addresses(), a.goals(), a.due(),
          a.measure(), ActionStatus.DONE), done);
      assertEquals(ActionStatus.IN_PROGRESS, a.status());

      Action noOwner = a.toBuilder().owner(Optional.empty()).build();
      assertEquals(new Action(a.id(), a.action(), Optional.empty(), a.addresses(), a.goals(),
          a.due(), a.measure(), a.status()), noOwner);

      Action noDue = a.toBuilder().due(Optional.empty()).measure(Optional.empty()).build();
      assertEquals(Optional.empty(), noDue.due());
      assertEquals(Optional.empty(), noDue.measure());
      assertEquals(a.owner(), noDue.owner());
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
      List<String> addresses = mutable("M1");
      List<String> goals = mutable("G1");
      Action.Builder b = Action.builder("A1").addresses(addresses).goals(goals);
      addresses.add("M2");
      goals.clear();
      Action a = b.build();
      assertEquals(List.of("M1"), a.addresses());
      assertEquals(List.of("G1"), a.goals());
      assertThrows(UnsupportedOperationException.class, () -> a.addresses().add("x"));
      assertThrows(UnsupportedOperationException.class, () -> a.goals().clear());
    }

    @Test
    void draftsAreAllowed() {
      Action a = Action.builder("")
          .owner("nobody-known")
          .addresses(List.of("M9", "M9"))
          .goals(List.of("G404"))
          .build();
      assertEquals("", a.id());
      assertEquals(List.of("M9", "M9"), a.addresses());
      assertEquals(Optional.of("nobody-known"), a.owner());
    }

    @Test
    void rejectsNullsNamingTheField() {
      assertNpe("id must not be null", () -> Action.builder(null));
      Action.Builder b = Action.builder("A1");
      assertNpe("action must not be null", () -> b.action(null));
      assertNpe("owner must not be null", () -> b.owner((String) null));
      assertNpe("owner must not be null", () -> b.owner((Optional<String>) null));
      assertNpe("addresses must not be null", () -> b.addresses(null));
      assertNpe("addresses[2] must not be null",
          () -> b.addresses(Arrays.asList("M1", "M2", null)));
      assertNpe("goals must not be null", () -> b.goals(null));
      assertNpe("goals[0] must not be null", () -> b.goals(Arrays.asList((String) null)));
      assertNpe("due must not be null", () -> b.due((LocalDate) null));
      assertNpe("due must not be null", () -> b.due((Optional<LocalDate>) null));
      assertNpe("measure must not be null", () -> b.measure((String) null));
      assertNpe("measure must not be null", () -> b.measure((Optional<String>) null));
      assertNpe("status must not be null", () -> b.status(null));
      assertNpe("status must not be null", () -> new Action("A1", "", Optional.empty(),
          ImmutableList.of(), ImmutableList.of(), Optional.empty(), Optional.empty(), null));
      assertEquals(Action.builder("A1").build(), b.build());
    }
  }

  @Nested
  class PlanTest {
    private final Goal g1 = Goal.of("G1", "o");
    private final Action a1 = Action.builder("A1").build();

    @Test
    void empty() {
      Plan empty = Plan.empty();
      assertTrue(empty.isEmpty());
      assertTrue(empty.goals().isEmpty());
      assertTrue(empty.actions().isEmpty());
      assertEquals(Optional.empty(), empty.nextReview());
      assertEquals(Plan.of(List.of(), List.of()), empty);
      assertTrue(Plan.of(List.of(), List.of()).isEmpty());
    }

    @Test
    void isEmptyIsFalseWhenAnythingIsSet() {
      assertFalse(Plan.of(List.of(g1), List.of()).isEmpty());
      assertFalse(Plan.of(List.of(), List.of(a1)).isEmpty());
      assertFalse(Plan.empty().withNextReview(LocalDate.of(2026, 12, 7)).isEmpty());
    }

    @Test
    void factoryAndWither() {
      Plan plan = Plan.of(List.of(g1), List.of(a1)).withNextReview(LocalDate.of(2026, 12, 7));
      assertEquals(List.of(g1), plan.goals());
      assertEquals(List.of(a1), plan.actions());
      assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), plan.nextReview());
      assertTrue(Plan.empty().isEmpty(), "the shared empty plan is unchanged");
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
      List<Goal> goals = new ArrayList<>(List.of(g1));
      List<Action> actions = new ArrayList<>(List.of(a1));
      Plan plan = Plan.of(goals, actions);
      goals.clear();
      actions.add(Action.builder("A2").build());
      assertEquals(List.of(g1), plan.goals());
      assertEquals(List.of(a1), plan.actions());
      assertThrows(UnsupportedOperationException.class, () -> plan.goals().add(g1));
      assertThrows(UnsupportedOperationException.class, () -> plan.actions().remove(0));
    }

    @Test
    void rejectsNullsNamingTheField() {
      assertNpe("goals must not be null", () -> Plan.of(null, List.of()));
      assertNpe("actions must not be null", () -> Plan.of(List.of(), null));
      assertNpe("goals[1] must not be null", () -> Plan.of(Arrays.asList(g1, null), List.of()));
      assertNpe("actions[0] must not be null",
          () -> Plan.of(List.of(), Arrays.asList((Action) null)));
      assertNpe("nextReview must not be null", () -> Plan.empty().withNextReview(null));
      assertNpe("nextReview must not be null",
          () -> new Plan(ImmutableList.of(), ImmutableList.of(), null));
    }
  }

  @Nested
  class ReviewTest {
    @Test
    void builderProducesTheValuesSet() {
      Review r = Review.builder()
          .on(LocalDate.of(2026, 11, 23))
          .by("tm")
          .scale(Map.of("G1", 5))
          .actions(Map.of("A1", ActionStatus.DONE))
          .notes("Good progress.")
          .build();
      assertEquals(Optional.of(LocalDate.of(2026, 11, 23)), r.on());
      assertEquals(Optional.of("tm"), r.by());
      assertEquals(Map.of("G1", 5), r.scale());
      assertEquals(Map.of("A1", ActionStatus.DONE), r.actions());
      assertEquals(Optional.of("Good progress."), r.notes());
    }

    @Test
    void builderDefaults() {
      Review r = Review.builder().build();
      assertEquals(Optional.empty(), r.on());
      assertEquals(Optional.empty(), r.by());
      assertTrue(r.scale().isEmpty());
      assertTrue(r.actions().isEmpty());
      assertEquals(Optional.empty(), r.notes());
    }

    @Test
    void mapsAreInIdOrderAndInThePlansOrderOnRequest() {
      Map<String, Integer> scale = new LinkedHashMap<>();
      scale.put("G3", 1);
      scale.put("G10", 4);
      scale.put("G1", 2);
      scale.put("G2", 3);
      Map<String, ActionStatus> actions = new LinkedHashMap<>();
      actions.put("A2", ActionStatus.DROPPED);
      actions.put("A1", ActionStatus.DONE);
      Review r = Review.builder().scale(scale).actions(actions).build();
      assertEquals(List.of("G1", "G2", "G3", "G10"), List.copyOf(r.scale().keySet()));
      assertEquals(List.of("A1", "A2"), List.copyOf(r.actions().keySet()));
      Plan plan = Plan.of(List.of(Goal.of("G3", "Three."), Goal.of("G1", "One.")),
          List.of(Action.builder("A2").build()));
      assertEquals(List.of("G3", "G1", "G2", "G10"), List.copyOf(r.scaleIn(plan).keySet()));
      assertEquals(List.of("A2", "A1"), List.copyOf(r.actionsIn(plan).keySet()));
      assertEquals(r.scale(), r.scaleIn(plan));
    }

    @Test
    void mapsAreCopiedAndUnmodifiable() {
      Map<String, Integer> scale = new HashMap<>(Map.of("G1", 5));
      Map<String, ActionStatus> actions = new HashMap<>(Map.of("A1", ActionStatus.DONE));
      Review.Builder b = Review.builder().scale(scale).actions(actions);
      scale.put("G2", 7);
      actions.put("A1", ActionStatus.DROPPED);
      Review r = b.build();
      scale.clear();
      assertEquals(ImmutableMap.of("G1", 5), r.scale());
      assertEquals(ImmutableMap.of("A1", ActionStatus.DONE), r.actions());
      assertThrows(UnsupportedOperationException.class, () -> r.scale().put("G9", 1));
      assertThrows(UnsupportedOperationException.class, () -> r.actions().clear());
    }

    @Test
    void draftsAreAllowed() {
      Review r = Review.builder().by("").scale(Map.of("G404", -3, "G1", 99)).build();
      assertEquals(Optional.of(""), r.by());
      assertEquals(Integer.valueOf(-3), r.scale().get("G404"));
      assertEquals(Integer.valueOf(99), r.scale().get("G1"));
    }

    @Test
    void rejectsNullsNamingTheField() {
      Review.Builder b = Review.builder();
      assertNpe("on must not be null", () -> b.on((LocalDate) null));
      assertNpe("on must not be null", () -> b.on((Optional<LocalDate>) null));
      assertNpe("by must not be null", () -> b.by((String) null));
      assertNpe("by must not be null", () -> b.by((Optional<String>) null));
      assertNpe("notes must not be null", () -> b.notes((String) null));
      assertNpe("notes must not be null", () -> b.notes((Optional<String>) null));
      assertNpe("scale must not be null", () -> b.scale(null));
      assertNpe("actions must not be null", () -> b.actions(null));

      Map<String, Integer> nullValue = new LinkedHashMap<>();
      nullValue.put("G1", 1);
      nullValue.put("G2", null);
      assertNpe("scale.G2 must not be null", () -> b.scale(nullValue));
      Map<String, ActionStatus> nullKey = new HashMap<>();
      nullKey.put(null, ActionStatus.DONE);
      assertNpe("actions must not have a null key", () -> b.actions(nullKey));
      assertEquals(Review.builder().build(), b.build());
    }

    @Test
    void valueEquality() {
      Review a = Review.builder().on(LocalDate.of(2026, 1, 1)).scale(Map.of("G1", 2)).build();
      Review b = Review.builder().on(LocalDate.of(2026, 1, 1)).scale(Map.of("G1", 2)).build();
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
      assertNotEquals(a, Review.builder().on(LocalDate.of(2026, 1, 1)).build());
    }
  }
}
