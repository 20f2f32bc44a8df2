package io.github.sixps.formulation.validate;

import static io.github.sixps.formulation.validate.Severity.ERROR;
import static io.github.sixps.formulation.validate.Severity.INFO;
import static io.github.sixps.formulation.validate.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.EventDate;
import io.github.sixps.formulation.model.EventTone;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.Gender;
import io.github.sixps.formulation.model.Household;
import io.github.sixps.formulation.model.ParentKind;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.FormulationStatus;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.GoalScale;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Priority;
import io.github.sixps.formulation.model.Review;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every standard rule, each with cases that trigger it and cases that do not. Each case is one
 * small, clean formulation ({@link #base()}) changed as little as possible, validated under the
 * standard profile as of {@link #AS_OF}.
 */
class RulesTest {
  /** The date that counts as today, unless a case says otherwise. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 10);

  private static final Validator STANDARD = Validator.standard();

  private static final Set<String> STANDARD_CODES = STANDARD.rules().stream().map(Rule::code)
      .collect(Collectors.toSet());

  // ---------------------------------------------------------------------------------------------
  // The clean base: zero findings under the standard profile as of AS_OF.

  static Formulation base() {
    return Formulation.builder()
        .id("F-TEST-1")
        .title("Formulation with Kim and Lee")
        .formulatedOn(LocalDate.of(2026, 11, 2))
        .status(FormulationStatus.AGREED)
        .addPerson(Person.of("kim", "Kim", PersonRole.CHILD).withAge(9))
        .addPerson(Person.of("lee", "Lee", PersonRole.PARENT))
        .addContributor(Contributor.of("jo", "Jo Reed", "Family worker", "Early help service"))
        .addContributor(Contributor.of("tm", "Sam Patel", "Team manager", "Early help service"))
        .addPresenting(PresentingIssue.of("P1", "Kim has missed many school days this term.")
            .withSources(List.of("kim", "jo")))
        .addFactor(Factor.builder(FactorKind.PREDISPOSING, "D1")
            .statement("Kim has always found new places hard at first.")
            .explains(List.of("P1")).sources(List.of("lee")).build())
        .addFactor(Factor.builder(FactorKind.PRECIPITATING, "T1")
            .statement("Kim moved to a new class in September.")
            .explains(List.of("P1")).sources(List.of("jo")).build())
        .addFactor(Factor.builder(FactorKind.PERPETUATING, "M1")
            .statement("Mornings are rushed, and nobody is free to walk Kim to school.")
            .explains(List.of("P1")).sources(List.of("lee", "jo"))
            .priority(Priority.builder().impact(4).changeability(4).familyPriority(5).urgency(2)
                .build())
            .build())
        .addFactor(Factor.builder(FactorKind.PROTECTIVE, "S1")
            .statement("Kim's aunt lives close by and wants to help.")
            .explains(List.of("P1")).sources(List.of("lee")).build())
        .addChildsVoice(ChildsVoice.of("kim", List.of("I feel sick in the morning."),
            List.of("Art club."), List.of("I want to be a vet.")))
        .hypothesis(Hypothesis.of("Kim misses school because mornings are rushed and nobody "
            + "is free to walk her in.", List.of("M1")))
        .plan(Plan.of(
            List.of(Goal.of("G1", "Kim is in school every day.").withFor(List.of("P1"))
                .withScale(GoalScale.of(3, 8))),
            List.of(
                Action.builder("A1").action("Kim packs her school bag the night before.")
                    .owner("kim").addresses(List.of("M1")).goals(List.of("G1"))
                    .due(LocalDate.of(2026, 11, 20))
                    .measure("Kim's bag is by the door on five school nights out of five.")
                    .status(ActionStatus.IN_PROGRESS).build(),
                Action.builder("A2").action("Lee walks Kim to school on Mondays and Fridays.")
                    .owner("lee").addresses(List.of("M1")).goals(List.of("G1"))
                    .due(LocalDate.of(2026, 11, 27))
                    .measure("The register shows Kim in school on those days.")
                    .status(ActionStatus.IN_PROGRESS).build(),
                Action.builder("A3")
                    .action("Jo meets Kim and her teacher to plan a calm start to the day.")
                    .owner("jo").addresses(List.of("M1")).goals(List.of("G1"))
                    .due(LocalDate.of(2026, 12, 4))
                    .measure("A written plan is in place by 4 December.").build()))
            .withNextReview(LocalDate.of(2026, 12, 7)))
        .addReview(Review.builder().on(LocalDate.of(2026, 11, 6)).by("tm")
            .scale(Map.of("G1", 4)).actions(Map.of("A1", ActionStatus.IN_PROGRESS))
            .notes("Kim was in school on three days this week.").build())
        .build();
  }

  @Test
  void theBaseIsCleanUnderEveryBuiltInProfile() {
    assertEquals(List.of(), STANDARD.validate(base(), AS_OF).findings());
    for (Profile profile : List.of(Profile.draft(), Profile.strict())) {
      assertEquals(List.of(), Validator.builder().profile(profile).build()
          .validate(base(), AS_OF).findings(), profile.name());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Small, composable changes to the base.

  @SafeVarargs
  static UnaryOperator<Formulation> all(UnaryOperator<Formulation>... changes) {
    return f -> {
      Formulation out = f;
      for (UnaryOperator<Formulation> change : changes) {
        out = change.apply(out);
      }
      return out;
    };
  }

  static UnaryOperator<Formulation> build(UnaryOperator<Formulation.Builder> change) {
    return f -> change.apply(f.toBuilder()).build();
  }

  static UnaryOperator<Formulation> people(Person... people) {
    return build(b -> b.people(List.of(people)));
  }

  static UnaryOperator<Formulation> addPerson(Person person) {
    return build(b -> b.addPerson(person));
  }

  static UnaryOperator<Formulation> action(String id, UnaryOperator<Action.Builder> change) {
    return f -> {
      List<Action> actions = replace(f.plan().actions(), id, a -> change.apply(a.toBuilder())
          .build());
      return f.toBuilder().plan(new Plan(f.plan().goals(), ImmutableList.copyOf(actions),
          f.plan().nextReview())).build();
    };
  }

  static UnaryOperator<Formulation> actions(Action... actions) {
    return f -> f.toBuilder().plan(new Plan(f.plan().goals(), ImmutableList.copyOf(actions),
        f.plan().nextReview())).build();
  }

  static UnaryOperator<Formulation> goal(String id, UnaryOperator<Goal> change) {
    return f -> {
      List<Goal> goals = replace(f.plan().goals(), id, change);
      return f.toBuilder().plan(new Plan(ImmutableList.copyOf(goals), f.plan().actions(),
          f.plan().nextReview())).build();
    };
  }

  static UnaryOperator<Formulation> nextReview(Optional<LocalDate> date) {
    return f -> f.toBuilder().plan(new Plan(f.plan().goals(), f.plan().actions(), date)).build();
  }

  static UnaryOperator<Formulation> factor(FactorKind kind, String id,
      UnaryOperator<Factor.Builder> change) {
    return f -> f.toBuilder().factors(kind, replace(f.factors(kind), id,
        x -> change.apply(x.toBuilder()).build())).build();
  }

  static UnaryOperator<Formulation> factors(FactorKind kind, Factor... factors) {
    return build(b -> b.factors(kind, List.of(factors)));
  }

  static UnaryOperator<Formulation> addFactor(Factor factor) {
    return build(b -> b.addFactor(factor));
  }

  static UnaryOperator<Formulation> priority(Priority priority) {
    return factor(FactorKind.PERPETUATING, "M1", m -> m.priority(priority));
  }

  static UnaryOperator<Formulation> reviews(Review... reviews) {
    return build(b -> b.reviews(List.of(reviews)));
  }

  static UnaryOperator<Formulation> hypothesis(Optional<Hypothesis> h) {
    return build(b -> b.hypothesis(h));
  }

  static UnaryOperator<Formulation> sources(List<String> ids) {
    return f -> {
      Formulation.Builder b = f.toBuilder().presenting(f.presenting().stream()
          .map(p -> p.withSources(ids)).collect(Collectors.toList()));
      for (FactorKind kind : FactorKind.values()) {
        b.factors(kind, f.factors(kind).stream().map(x -> x.toBuilder().sources(ids).build())
            .collect(Collectors.toList()));
      }
      return b.build();
    };
  }

  static <T extends Item> List<T> replace(List<T> items, String id, UnaryOperator<T> change) {
    List<T> out = new ArrayList<>();
    boolean found = false;
    for (T item : items) {
      if (item.id().equals(id)) {
        found = true;
        out.add(change.apply(item));
      } else {
        out.add(item);
      }
    }
    if (!found) {
      throw new AssertionError("the base has no " + id);
    }
    return out;
  }

  static Review review(LocalDate on, Map<String, Integer> scale) {
    return Review.builder().on(on).by("tm").scale(scale).build();
  }

  static Review baseReview() {
    return base().reviews().get(0);
  }

  static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2026, month, dayOfMonth);
  }

  // ---------------------------------------------------------------------------------------------
  // The table of cases.

  /** One finding a case expects: severity, path, suggestion (empty for none) and message text. */
  record Expected(Severity severity, String path, Optional<String> suggestion, String says) {
    @Override
    public String toString() {
      return severity + " " + path + suggestion.map(s -> " (" + s + ")").orElse("");
    }
  }

  static Expected at(Severity severity, String path, String says) {
    return new Expected(severity, path, Optional.empty(), says);
  }

  static Expected at(Severity severity, String path, String says, String suggestion) {
    return new Expected(severity, path, Optional.of(suggestion), says);
  }

  /**
   * A change to the base and what the rule {@code code} must find in it: exactly {@code expected},
   * in that order. Findings of other rules must be exactly those of the codes in {@code also}.
   */
  record Case(String code, String name, UnaryOperator<Formulation> change, LocalDate asOf,
      List<Expected> expected, Set<String> also) {
    Case alsoFinds(String... codes) {
      return new Case(code, name, change, asOf, expected, new TreeSet<>(Arrays.asList(codes)));
    }

    Case asOf(LocalDate date) {
      return new Case(code, name, change, date, expected, also);
    }

    @Override
    public String toString() {
      return code + ": " + name;
    }
  }

  static Case trigger(String code, String name, UnaryOperator<Formulation> change,
      Expected... expected) {
    return new Case(code, name, change, AS_OF, List.of(expected), Set.of());
  }

  static Case clean(String code, String name, UnaryOperator<Formulation> change) {
    return new Case(code, name, change, AS_OF, List.of(), Set.of());
  }

  static final UnaryOperator<Formulation> UNCHANGED = f -> f;

  static Stream<Case> triggers() {
    return Stream.of(
        // --- structure --------------------------------------------------------------------------
        trigger("duplicate-id", "a second person called kim",
            people(base().people().get(0), Person.of("kim", "Kimberley", PersonRole.SIBLING),
                base().people().get(1)),
            at(ERROR, "people[1]", "The id \"kim\" is already used by the person at people[0].",
                "Give each item its own id.")),
        trigger("duplicate-id", "an action with a factor's id",
            action("A3", a -> Action.builder("M1").action("Jo meets Kim and her teacher to plan "
                + "a calm start to the day.").owner("jo").addresses(List.of("M1"))
                .goals(List.of("G1")).due(day(12, 4))
                .measure("A written plan is in place by 4 December.")),
            at(ERROR, "plan.actions[2]", "already used by the perpetuating factor at "
                + "perpetuating[0]", "Give each item its own id.")),
        trigger("unknown-reference", "a misspelt owner",
            action("A1", a -> a.owner("kimm")),
            at(ERROR, "plan.actions[A1].owner", "\"kimm\" is not the id of anything in this "
                + "formulation; it should be a person or contributor.", "Did you mean \"kim\"?")),
        trigger("unknown-reference", "a focus that does not exist",
            hypothesis(Optional.of(Hypothesis.of("Mornings are rushed.", List.of("M1", "M2")))),
            at(ERROR, "hypothesis.focus[1]", "should be a perpetuating factor",
                "Did you mean \"M1\"?")),
        trigger("unknown-reference", "a review scores a goal that does not exist",
            reviews(Review.builder().on(day(11, 6)).by("tm").scale(Map.of("G9", 4)).build()),
            at(ERROR, "reviews[0].scale.G9", "should be a goal", "Did you mean \"G1\"?")),
        trigger("unknown-reference", "nothing close to suggest",
            action("A2", a -> a.owner("the-whole-street")),
            at(ERROR, "plan.actions[A2].owner", "\"the-whole-street\" is not the id",
                "Use the id of a person or contributor listed in this formulation.")),
        trigger("unknown-reference", "a factor explains a presenting issue that does not exist",
            factor(FactorKind.PROTECTIVE, "S1", s -> s.explains(List.of("P1", "P7"))),
            at(ERROR, "protective[S1].explains[1]", "should be a presenting issue",
                "Did you mean \"P1\"?")),
        trigger("wrong-reference-kind", "an action addresses a presenting issue",
            action("A1", a -> a.addresses(List.of("P1"))),
            at(ERROR, "plan.actions[A1].addresses[0]", "\"P1\" is a presenting issue, but this "
                + "should be a perpetuating or protective factor.")),
        trigger("wrong-reference-kind", "a professional as the child",
            build(b -> b.childsVoice(List.of(ChildsVoice.of("jo", List.of("I feel sick."),
                List.of(), List.of())))),
            at(ERROR, "childsVoice[0].child", "\"jo\" is a contributor, but this should be a "
                + "person.")),
        trigger("wrong-reference-kind", "a review led by a family member",
            reviews(Review.builder().on(day(11, 6)).by("lee").scale(Map.of("G1", 4)).build()),
            at(ERROR, "reviews[0].by", "\"lee\" is a person, but this should be a contributor.")),
        trigger("wrong-reference-kind", "a focus on a presenting issue is one finding",
            hypothesis(Optional.of(Hypothesis.of("Mornings are rushed.", List.of("P1")))),
            at(ERROR, "hypothesis.focus[0]", "\"P1\" is a presenting issue, but this should be "
                + "a perpetuating factor.")),
        trigger("wrong-reference-kind", "an action owned by a goal is one finding",
            all(action("A1", a -> a.owner("G1")), action("A2", a -> a.owner("jo"))),
            at(ERROR, "plan.actions[A1].owner", "\"G1\" is a goal, but this should be a person "
                + "or contributor.")),
        trigger("wrong-reference-kind", "a goal for a factor",
            goal("G1", g -> g.withFor(List.of("P1", "M1"))),
            at(ERROR, "plan.goals[G1].for[1]", "\"M1\" is a perpetuating factor, but this should "
                + "be a presenting issue.")),
        trigger("blank-text", "a blank title",
            build(b -> b.title("  ")),
            at(ERROR, "title", "The formulation has no title.")),
        trigger("blank-text", "a person with no id",
            addPerson(Person.of("", "Sam", PersonRole.SIBLING)),
            at(ERROR, "people[2]", "This person has no id.",
                "Give it a short id, such as P1 or amira, so other parts can refer to it.")),
        trigger("blank-text", "a contributor with no name",
            build(b -> b.contributors(List.of(Contributor.of("jo", "", "Family worker",
                "Early help service"), base().contributors().get(1)))),
            at(ERROR, "contributors[jo].name", "This contributor has no name.")),
        trigger("blank-text", "a blank presenting issue",
            build(b -> b.presenting(List.of(PresentingIssue.of("P1", "\n")
                .withSources(List.of("kim", "jo"))))),
            at(ERROR, "presenting[P1].statement", "This presenting issue is blank.")),
        trigger("blank-text", "a blank strength",
            factor(FactorKind.PROTECTIVE, "S1", s -> s.statement("")),
            at(ERROR, "protective[S1].statement", "This protective factor is blank.")),
        trigger("blank-text", "a blank hypothesis",
            hypothesis(Optional.of(Hypothesis.of(" ", List.of("M1")))),
            at(ERROR, "hypothesis.statement", "The hypothesis is blank.")),
        trigger("blank-text", "a blank goal",
            goal("G1", g -> new Goal("G1", "", g.forIssues(), g.scale())),
            at(ERROR, "plan.goals[G1].outcome", "This goal is blank.")),
        trigger("blank-text", "an action that says nothing",
            action("A2", a -> a.action("\t")),
            at(ERROR, "plan.actions[A2].action", "This action does not say what will be done.")),
        trigger("no-presenting-issue", "no presenting issue",
            build(b -> b.presenting(List.of())),
            at(ERROR, "presenting", "There is no presenting issue yet.",
                "Write down what everyone is worried about, here and now."))
            .alsoFinds("unknown-reference"),
        trigger("out-of-range", "a negative age",
            people(Person.of("kim", "Kim", PersonRole.CHILD).withAge(-1),
                base().people().get(1)),
            at(ERROR, "people[kim].age", "An age of -1 is not possible.")),
        trigger("out-of-range", "ratings outside 1 to 5",
            priority(Priority.builder().impact(6).changeability(0).familyPriority(5).urgency(1)
                .build()),
            at(ERROR, "perpetuating[M1].priority.impact", "this one is 6"),
            at(ERROR, "perpetuating[M1].priority.changeability", "this one is 0")),
        trigger("out-of-range", "a rank of 0",
            priority(Priority.builder().impact(4).pin(0, "The family's first worry.").build()),
            at(ERROR, "perpetuating[M1].priority.pin", "starts at 1, not 0")),
        trigger("out-of-range", "a goal scale past 10",
            goal("G1", g -> g.withScale(GoalScale.of(11, -1))),
            at(ERROR, "plan.goals[G1].scale.now", "this one is 11"),
            at(ERROR, "plan.goals[G1].scale.target", "this one is -1")),
        trigger("out-of-range", "a review scale past 10",
            reviews(review(day(11, 6), Map.of("G1", 11))),
            at(ERROR, "reviews[0].scale.G1", "Scales go from 0 to 10; this one is 11.")),
        trigger("pin-without-reason", "a rank set by hand with no reason",
            priority(Priority.builder().impact(4).pin(Optional.of(1)).build()),
            at(ERROR, "perpetuating[M1].priority.reason", "no reason is given",
                "Say why, so others can follow the judgement.")),
        trigger("pin-without-reason", "a blank reason",
            priority(Priority.builder().impact(4).pin(1, "  ").build()),
            at(ERROR, "perpetuating[M1].priority.reason", "no reason is given",
                "Say why, so others can follow the judgement.")),
        trigger("date-order", "an action due before the formulation",
            action("A1", a -> a.due(day(11, 1))),
            at(ERROR, "plan.actions[A1].due", "This action is due on 2026-11-01, before the "
                + "formulation date, 2026-11-02."))
            .alsoFinds("action-overdue"),
        trigger("date-order", "a next review before the formulation",
            nextReview(Optional.of(day(10, 1))),
            at(ERROR, "plan.nextReview", "before the formulation date"))
            .alsoFinds("next-review-not-after-last"),
        trigger("date-order", "a review before the formulation",
            reviews(review(LocalDate.of(2026, 10, 30), Map.of("G1", 4))),
            at(ERROR, "reviews[0].on", "This review is on 2026-10-30, before the formulation "
                + "date")),
        trigger("date-order", "reviews out of order",
            reviews(baseReview(), review(day(11, 5), Map.of())),
            at(ERROR, "reviews[1].on", "This review (2026-11-05) is listed after one on "
                + "2026-11-06.", "List reviews oldest first.")),

        // --- practice ---------------------------------------------------------------------------
        trigger("no-strengths", "no protective factor",
            factors(FactorKind.PROTECTIVE),
            at(WARNING, "protective", "No strengths are recorded.", "Ask what is helping and who "
                + "is there for the family, and add it under protective factors.")),
        trigger("no-perpetuating-factors", "no perpetuating factor",
            factors(FactorKind.PERPETUATING),
            at(WARNING, "perpetuating", "Nothing is recorded as keeping the worries going.",
                "Ask what keeps things going; these factors become the focus of the plan."))
            .alsoFinds("unknown-reference"),
        trigger("unexplained-presenting-issue", "a second worry nothing explains",
            build(b -> b.addPresenting(PresentingIssue.of("P2", "Kim is tired in class."))),
            at(WARNING, "presenting[P2]", "No factor explains this presenting issue yet.",
                "Ask what made the family vulnerable to it, why now, and what keeps it going.")),
        trigger("no-hypothesis", "no hypothesis",
            hypothesis(Optional.empty()),
            at(WARNING, "hypothesis", "There is no hypothesis yet.", "Write a working theory: "
                + "what keeps the worries going, and what will change if it is addressed.")),
        trigger("no-hypothesis", "a hypothesis with no focus",
            hypothesis(Optional.of(Hypothesis.of("Mornings are rushed.", List.of()))),
            at(WARNING, "hypothesis.focus", "does not say which perpetuating factors",
                "List their ids under focus.")),
        trigger("focus-not-addressed", "a second focus no action works on",
            all(addFactor(Factor.builder(FactorKind.PERPETUATING, "M2")
                    .statement("Kim worries about her mum when she is at school.")
                    .explains(List.of("P1")).sources(List.of("kim")).build()),
                hypothesis(Optional.of(Hypothesis.of("Mornings are rushed and Kim worries.",
                    List.of("M1", "M2"))))),
            at(WARNING, "hypothesis.focus[1]", "The hypothesis centres on M2, but no action "
                + "works on it.", "Add an action that addresses M2."))
            .alsoFinds("top-factor-not-addressed", "unrated-factor"),
        trigger("action-unlinked", "an action linked to nothing",
            action("A3", a -> a.addresses(List.of()).goals(List.of())),
            at(WARNING, "plan.actions[A3]", "not linked to any factor or goal",
                "Say which factor it works on or which goal it serves.")),
        trigger("goal-unlinked", "a goal for no worry",
            goal("G1", g -> g.withFor(List.of())),
            at(WARNING, "plan.goals[G1].for", "not linked to a presenting issue",
                "Say which worry it answers.")),
        trigger("goal-without-scale", "a goal with no scale",
            goal("G1", g -> new Goal(g.id(), g.outcome(), g.forIssues(), Optional.empty())),
            at(WARNING, "plan.goals[G1].scale", "This goal has no scale.", "Ask the family where "
                + "things are now from 0 to 10, and where they want to get to.")),
        trigger("no-family-owned-action", "professionals own every action",
            all(action("A1", a -> a.owner("jo")), action("A2", a -> a.owner("tm"))),
            at(WARNING, "plan.actions", "Every action is owned by a professional.",
                "Agree at least one action that the family or someone in its network will own.")),
        trigger("no-family-owned-action", "professionals own the actions they have owners for",
            all(action("A1", a -> a.owner("jo")), action("A2", a -> a.owner("tm")),
                action("A3", a -> a.owner("tm"))),
            at(WARNING, "plan.actions", "Every action is owned by a professional.",
                "Agree at least one action that the family or someone in its network will own.")),
        trigger("no-family-owned-action", "no owner yet, and professionals own the rest",
            all(action("A1", a -> a.owner(Optional.empty())), action("A2", a -> a.owner("tm"))),
            at(WARNING, "plan.actions", "No action is owned by the family or its network.",
                "Agree at least one action that the family or someone in its network will own."))
            .alsoFinds("action-without-owner"),
        trigger("no-childs-voice", "no child's voice",
            build(b -> b.childsVoice(List.of())),
            at(WARNING, "childsVoice", "The child's own words are not recorded.",
                "Ask the child about their worries, the good things in their life and their "
                    + "dreams, and write them down in their words.")),
        trigger("no-childs-voice", "an entry with nothing said",
            build(b -> b.childsVoice(List.of(ChildsVoice.of("kim", List.of(), List.of(),
                List.of())))),
            at(WARNING, "childsVoice", "The child's own words are not recorded.",
                "Ask the child about their worries, the good things in their life and their "
                    + "dreams, and write them down in their words.")),
        trigger("no-childs-voice", "blank lines, as the template from formulation new has",
            build(b -> b.childsVoice(List.of(ChildsVoice.of("kim", List.of(""), List.of(" "),
                List.of(""))))),
            at(WARNING, "childsVoice", "The child's own words are not recorded.",
                "Ask the child about their worries, the good things in their life and their "
                    + "dreams, and write them down in their words.")),
        trigger("single-perspective", "every statement from Jo",
            sources(List.of("jo")),
            at(INFO, "", "Every statement comes from one view: jo.",
                "Gather the views of the child, the family and other agencies too.")),

        // --- SMART ------------------------------------------------------------------------------
        trigger("action-without-owner", "no owner",
            action("A3", a -> a.owner(Optional.empty())),
            at(WARNING, "plan.actions[A3].owner", "Nobody owns this action.",
                "Agree who will do it.")),
        trigger("action-without-owner", "a blank owner",
            action("A3", a -> a.owner(" ")),
            at(WARNING, "plan.actions[A3].owner", "Nobody owns this action.",
                "Agree who will do it.")),
        trigger("action-without-due-date", "no due date",
            action("A3", a -> a.due(Optional.empty())),
            at(WARNING, "plan.actions[A3].due", "This action has no due date.",
                "Agree when it will be done by.")),
        trigger("action-without-measure", "no measure",
            action("A2", a -> a.measure(Optional.empty())),
            at(WARNING, "plan.actions[A2].measure", "does not say how everyone will know",
                "Add a measure: what will be seen or counted.")),
        trigger("action-without-measure", "a blank measure",
            action("A2", a -> a.measure("")),
            at(WARNING, "plan.actions[A2].measure", "does not say how everyone will know",
                "Add a measure: what will be seen or counted.")),
        trigger("vague-action", "monitor, with no measure",
            action("A3", a -> a.action("Jo will Monitor Kim's attendance.")
                .measure(Optional.empty())),
            at(INFO, "plan.actions[A3].action", "\"monitor\" on its own does not say what will "
                + "happen.", "Say who will do what, how often, and how everyone will know."))
            .alsoFinds("action-without-measure"),
        trigger("vague-action", "keep an eye on, with a blank measure",
            action("A3", a -> a.action("Jo will keep an eye on mornings.").measure(" ")),
            at(INFO, "plan.actions[A3].action", "\"keep an eye on\" on its own",
                "Say who will do what, how often, and how everyone will know."))
            .alsoFinds("action-without-measure"),

        // --- supervision ------------------------------------------------------------------------
        trigger("action-overdue", "due yesterday and still in progress",
            UNCHANGED,
            at(WARNING, "plan.actions[A1].due", "This action was due on 2026-11-20 and is not "
                + "done.", "Check in with its owner: finish it, agree a new date, or drop it and "
                + "say why."))
            .asOf(day(11, 21)),
        trigger("action-overdue", "a later review reopened it",
            reviews(baseReview(), Review.builder().on(day(11, 9)).by("tm")
                .actions(Map.of("A1", ActionStatus.DONE)).build(),
                Review.builder().on(day(11, 16)).by("tm")
                .actions(Map.of("A1", ActionStatus.IN_PROGRESS)).build()),
            at(WARNING, "plan.actions[A1].due", "was due on 2026-11-20", "Check in with its "
                + "owner: finish it, agree a new date, or drop it and say why."))
            .asOf(day(11, 21)),
        trigger("review-overdue", "the review date passed with no review",
            nextReview(Optional.of(day(11, 8))),
            at(WARNING, "plan.nextReview", "The plan was due to be reviewed on 2026-11-08 and "
                + "has not been.", "Hold the review, or record it if it has happened.")),
        trigger("goal-not-moving", "the same score twice",
            reviews(baseReview(), review(day(11, 9), Map.of("G1", 4))),
            at(WARNING, "plan.goals[G1]", "This goal has stayed at 4 over the last two reviews.",
                "Check whether the actions for it are happening and still fit.")),
        trigger("goal-not-moving", "a falling score",
            reviews(baseReview(), review(day(11, 9), Map.of("G1", 3))),
            at(WARNING, "plan.goals[G1]", "This goal has fallen from 4 to 3 over the last two "
                + "reviews.", "Talk with the family about what has changed and whether the plan "
                + "still fits.")),
        trigger("no-review-yet", "no review seven weeks on",
            reviews(),
            at(WARNING, "reviews", "No review of the plan is recorded, and the formulation was "
                + "made on 2026-11-02, more than 6 weeks ago.", "Hold a review with the family "
                + "and network, or record it if it has happened."))
            .asOf(day(12, 21))
            .alsoFinds("action-overdue", "review-overdue"),

        trigger("review-after-as-of", "a review dated after the day of the check",
            reviews(baseReview(), review(day(11, 12), Map.of("G1", 5))),
            at(WARNING, "reviews[1].on", "This review is dated 2026-11-12, after 2026-11-10, the "
                + "date of the check.", "Check the date; record a review once it has happened, "
                + "and put a planned one in plan.nextReview.")),
        trigger("next-review-not-after-last", "next review on the day of the last review",
            nextReview(Optional.of(day(11, 6))),
            at(WARNING, "plan.nextReview", "The next review is on 2026-11-06, the same day as "
                + "the latest review.", "Set the date the family and network will next meet to "
                + "review the plan.")),

        // --- ranking (practice) -----------------------------------------------------------------
        trigger("top-factor-not-addressed", "no action works on the only perpetuating factor",
            all(action("A1", a -> a.addresses(List.of("S1"))),
                action("A2", a -> a.addresses(List.of("S1"))),
                action("A3", a -> a.addresses(List.of("S1")))),
            at(WARNING, "perpetuating[M1]", "M1 is ranked 1st of what keeps things going, but no "
                + "action works on it.", "Agree an action that addresses M1, or say in the "
                + "ranking why it waits."))
            .alsoFinds("focus-not-addressed"),
        trigger("focus-differs-from-ranking", "the hypothesis leaves out the top factor",
            all(addFactor(m2(Optional.of(Priority.builder().impact(5).changeability(5)
                    .familyPriority(5).urgency(2).build()))),
                action("A3", a -> a.addresses(List.of("M1", "M2")))),
            at(INFO, "hypothesis.focus", "The hypothesis leaves out M2, which is ranked 1st.",
                "Either bring M2 into the hypothesis, or check its ratings.")),
        trigger("unrated-factor", "one factor rated and one not",
            all(addFactor(m2(Optional.empty())),
                hypothesis(Optional.of(Hypothesis.of("Mornings are rushed and Kim worries.",
                    List.of("M1", "M2")))),
                action("A3", a -> a.addresses(List.of("M1", "M2")))),
            at(INFO, "perpetuating[M2].priority", "This factor is not rated, though others are",
                "Rate its impact, ease of change, urgency and how much the family wants to "
                    + "change it.")),

        // --- language ---------------------------------------------------------------------------
        trigger("jargon", "a word of the trade in a strength",
            factor(FactorKind.PROTECTIVE, "S1", s -> s.statement("Kim's aunt helps with "
                + "safeguarding.")),
            at(WARNING, "protective[S1].statement", "\"safeguarding\" is professional jargon",
                tryInstead("safeguarding"))),
        trigger("acronym", "initials in a presenting issue",
            build(b -> b.presenting(List.of(PresentingIssue.of("P1", "Kim has missed many school "
                + "days this term and is waiting for CAMHS.").withSources(List.of("kim", "jo"))))),
            at(WARNING, "presenting[P1].statement", "\"CAMHS\" is an acronym",
                tryInstead("CAMHS"))),
        trigger("deficit-language", "a label in a predisposing factor",
            factor(FactorKind.PREDISPOSING, "D1", d -> d.statement("Home life is chaotic.")),
            at(WARNING, "predisposing[D1].statement", "\"chaotic\" can read as blaming",
                tryInstead("chaotic"))),
        trigger("hard-to-read", "a goal in long words",
            goal("G1", g -> new Goal("G1", "Kim attends consistently, demonstrating considerably "
                + "improved concentration, organisational independence and enthusiastic "
                + "participation throughout curricular activities.", g.forIssues(), g.scale())),
            at(INFO, "plan.goals[G1].outcome", "families may find it hard going",
                "Use shorter sentences and everyday words.")),
        // --- the chronology and the family tree ---------------------------------------------
        trigger("unknown-reference", "a factor names an event that does not exist",
            all(CHRONOLOGY, factor(FactorKind.PRECIPITATING, "T1",
                t -> t.events(List.of("E2", "E7")))),
            at(ERROR, "precipitating[T1].events[1]", "should be an event in the chronology",
                "Did you mean \"E1\"?")),
        trigger("unknown-reference", "an event's people include someone not in people",
            all(CHRONOLOGY, events(e -> e.id().equals("E2")
                ? e.toBuilder().people(List.of("kim", "lea")).build() : e)),
            at(ERROR, "events[E2].people[1]", "should be a person", "Did you mean \"lee\"?")),
        trigger("future-event", "an event after the date of the check",
            all(CHRONOLOGY, build(b -> b.addEvent(Event.builder("E3", EventDate.month(2027, 1))
                .what("Kim starts at the high school.").tone(EventTone.GOOD).build()))),
            at(WARNING, "events[E3].date", "This event is dated 2027-01, after 2026-11-10.",
                "Check the year; a chronology records what has happened. Put what is planned"
                    + " in the plan.")),
        trigger("chronology-without-good-times", "only hard times",
            all(CHRONOLOGY, events(e -> e.toBuilder().tone(EventTone.HARD).build())),
            at(INFO, "events", "No event in the chronology is marked as a good time.",
                "Ask the family about the good times too (a birth, a new school that went well,"
                    + " someone who helped) and add them with tone: good.")),
        trigger("precipitating-without-recent-event", "a precipitating factor from 2017",
            all(CHRONOLOGY, factor(FactorKind.PRECIPITATING, "T1",
                t -> t.events(List.of("E1")))),
            at(INFO, "precipitating[T1].events", "names no event of the last 24 months",
                "Add the recent event that set things off to the chronology, and list its id in"
                    + " this factor's events.")),
        trigger("predisposing-without-earlier-event", "a predisposing factor from September",
            all(CHRONOLOGY, factor(FactorKind.PREDISPOSING, "D1",
                d -> d.events(List.of("E2")))),
            at(INFO, "predisposing[D1].events", "names no earlier event",
                "Add the earlier event it comes from to the chronology, and list its id in this"
                    + " factor's events.")),
        trigger("own-ancestor", "Kim and Lee each other's parent",
            all(CHRONOLOGY, parents(new ParentLink("lee", "kim", ParentKind.BIRTH),
                new ParentLink("kim", "lee", ParentKind.STEP))),
            at(ERROR, "family.parents[0]", "Kim is given as their own ancestor",
                "Check who is whose parent; a link may be the wrong way round."),
            at(ERROR, "family.parents[1]", "Lee is given as their own ancestor",
                "Check who is whose parent; a link may be the wrong way round.")),
        trigger("parent-born-after-child", "a birth parent born after the child",
            all(CHRONOLOGY, people(base().people().get(0).withBorn(EventDate.year(2017)),
                base().people().get(1).withBorn(EventDate.month(2018, 4)))),
            at(ERROR, "family.parents[0]", "Lee, a birth parent of Kim, is recorded as born"
                + " after them.", "Check both dates of birth and who is whose parent.")),
        trigger("too-many-birth-parents", "two birth mothers",
            all(CHRONOLOGY,
                people(base().people().get(0), base().people().get(1).withGender(Gender.FEMALE),
                    Person.of("ann", "Ann", PersonRole.PARENT).withGender(Gender.FEMALE)),
                parents(new ParentLink("lee", "kim", ParentKind.BIRTH),
                    new ParentLink("ann", "kim", ParentKind.BIRTH))),
            at(ERROR, "family.parents[1]", "Kim has two birth mothers: Lee, Ann.",
                "Keep the mother who gave birth as birth; the other is adoptive, step, foster or"
                    + " kinship, or a parent by another kind of link.")),
        trigger("child-not-in-family-tree", "a tree of Lee's household only",
            all(CHRONOLOGY, build(b -> b.family(FamilyTree.builder().households(
                List.of(Household.of("home", List.of("lee")))).build()))),
            at(WARNING, "people[kim]", "Kim is not in the family tree.",
                "Add Kim's parents or carers under family.parents, or the household they live"
                    + " in.")));
  }

  /**
   * A chronology for the base that every rule is content with: a good time years ago behind the
   * predisposing factor, a hard one this term behind the precipitating factor, and Kim and Lee
   * in the family tree.
   */
  static final UnaryOperator<Formulation> CHRONOLOGY = all(
      build(b -> b.events(List.of(
              Event.builder("E1", EventDate.year(2017).approximately())
                  .what("Kim started at Oak Lane Primary and made two good friends.")
                  .people(List.of("kim")).tone(EventTone.GOOD).build(),
              Event.builder("E2", EventDate.month(2026, 9))
                  .what("Kim moved to a new class.").people(List.of("kim"))
                  .tone(EventTone.HARD).build()))
          .family(FamilyTree.builder()
              .parents(List.of(new ParentLink("lee", "kim", ParentKind.BIRTH)))
              .households(List.of(Household.of("home", List.of("lee", "kim"))))
              .build())),
      factor(FactorKind.PREDISPOSING, "D1", d -> d.events(List.of("E1"))),
      factor(FactorKind.PRECIPITATING, "T1", t -> t.events(List.of("E2"))));

  static UnaryOperator<Formulation> events(UnaryOperator<Event> change) {
    return f -> f.toBuilder().events(f.events().stream().map(change).toList()).build();
  }

  static UnaryOperator<Formulation> parents(ParentLink... links) {
    return f -> f.toBuilder().family(f.family().toBuilder().parents(List.of(links)).build())
        .build();
  }

  /** A second perpetuating factor, M2, with the given priority. */
  static Factor m2(Optional<Priority> priority) {
    return Factor.builder(FactorKind.PERPETUATING, "M2")
        .statement("Kim worries about her mum when she is at school.")
        .explains(List.of("P1")).sources(List.of("kim")).priority(priority).build();
  }

  /** The suggestion a lexicon rule makes for a phrase: "Try: " and the lexicon's alternative. */
  static String tryInstead(String phrase) {
    return "Try: " + io.github.sixps.formulation.language.Lexicon.standard().entry(phrase)
        .orElseThrow(() -> new AssertionError("the lexicon has no " + phrase)).alternative();
  }

  static Stream<Case> cleans() {
    return Stream.of(
        clean("duplicate-id", "unique ids", UNCHANGED),
        clean("duplicate-id", "two blank ids are not a duplicate",
            all(addPerson(Person.of("", "Sam", PersonRole.SIBLING)),
                addPerson(Person.of("", "Alex", PersonRole.SIBLING))))
            .alsoFinds("blank-text"),
        clean("unknown-reference", "every reference resolves", UNCHANGED),
        clean("unknown-reference", "a child's voice with no child named",
            build(b -> b.childsVoice(List.of(ChildsVoice.of("", List.of("I feel sick."),
                List.of(), List.of()))))),
        clean("wrong-reference-kind", "an action may address a strength",
            action("A3", a -> a.addresses(List.of("M1", "S1")))),
        clean("wrong-reference-kind", "a family member may own an action", UNCHANGED),
        clean("blank-text", "everything filled in", UNCHANGED),
        clean("no-presenting-issue", "one presenting issue", UNCHANGED),
        clean("out-of-range", "values on the edges of their ranges",
            all(people(Person.of("kim", "Kim", PersonRole.CHILD).withAge(0),
                    Person.of("lee", "Lee", PersonRole.PARENT).withAge(120)),
                priority(Priority.builder().impact(1).changeability(5).familyPriority(1)
                    .urgency(5).pin(1, "The family's first worry.").build()),
                goal("G1", g -> g.withScale(GoalScale.of(0, 10))),
                reviews(review(day(11, 6), Map.of("G1", 10))))),
        clean("pin-without-reason", "a rank with its reason",
            priority(Priority.builder().impact(4).pin(1, "The family's first worry.").build())),
        clean("pin-without-reason", "a reason with no rank",
            priority(Priority.builder().impact(4).reason(Optional.of("Just a note.")).build())),
        clean("date-order", "dates on the formulation date and reviews on one day",
            all(action("A1", a -> a.due(day(11, 2))),
                reviews(baseReview(), review(day(11, 6), Map.of()))))
            .alsoFinds("action-overdue"),
        clean("date-order", "no formulation date to compare with",
            all(build(b -> b.formulatedOn(Optional.empty())),
                nextReview(Optional.of(day(10, 1)))))
            .alsoFinds("next-review-not-after-last"),
        clean("no-strengths", "one strength", UNCHANGED),
        clean("no-perpetuating-factors", "one perpetuating factor", UNCHANGED),
        clean("unexplained-presenting-issue", "a strength is enough to explain a worry",
            all(build(b -> b.addPresenting(PresentingIssue.of("P2", "Kim is tired in class."))),
                factor(FactorKind.PROTECTIVE, "S1", s -> s.explains(List.of("P1", "P2"))))),
        clean("no-hypothesis", "a hypothesis with a focus", UNCHANGED),
        clean("focus-not-addressed", "a focus that does not exist is another rule's business",
            hypothesis(Optional.of(Hypothesis.of("Mornings are rushed.", List.of("M1", "M9")))))
            .alsoFinds("unknown-reference"),
        clean("focus-not-addressed", "every focus addressed", UNCHANGED),
        clean("action-unlinked", "an action serving a goal only",
            action("A3", a -> a.addresses(List.of()))),
        clean("action-unlinked", "an action working on a factor only",
            action("A3", a -> a.goals(List.of()))),
        clean("goal-unlinked", "a goal for P1", UNCHANGED),
        clean("goal-without-scale", "a goal with a scale", UNCHANGED),
        clean("no-family-owned-action", "one family-owned action is enough",
            action("A1", a -> a.owner("jo"))),
        clean("no-family-owned-action", "a mistyped owner is one finding: it may be the family",
            all(action("A1", a -> a.owner("kimm")), action("A2", a -> a.owner("tm"))))
            .alsoFinds("unknown-reference"),
        clean("no-family-owned-action", "an owner of the wrong kind is one finding",
            all(action("A1", a -> a.owner("G1")), action("A2", a -> a.owner("tm"))))
            .alsoFinds("wrong-reference-kind"),
        clean("focus-differs-from-ranking", "a mistyped focus is one finding",
            hypothesis(Optional.of(Hypothesis.of("Mornings are rushed.", List.of("M9")))))
            .alsoFinds("unknown-reference"),
        clean("no-family-owned-action", "no actions yet is another rule's business",
            all(actions(), reviews()))
            .alsoFinds("focus-not-addressed", "top-factor-not-addressed"),
        clean("no-childs-voice", "only a dream is recorded",
            build(b -> b.childsVoice(List.of(ChildsVoice.of("kim", List.of(), List.of(),
                List.of("I want to be a vet.")))))),
        clean("single-perspective", "several views", UNCHANGED),
        clean("single-perspective", "no sources recorded at all", sources(List.of())),
        clean("action-without-owner", "every action owned", UNCHANGED),
        clean("action-without-due-date", "every action due", UNCHANGED),
        clean("action-without-measure", "every action measured", UNCHANGED),
        clean("vague-action", "monitor, with a measure",
            action("A3", a -> a.action("Jo will monitor Kim's attendance."))),
        clean("vague-action", "supportive is not support",
            action("A2", a -> a.action("A supportive teacher meets Kim at the gate."))),
        clean("action-overdue", "due today", UNCHANGED).asOf(day(11, 20)),
        clean("action-overdue", "done in the plan",
            action("A1", a -> a.status(ActionStatus.DONE))).asOf(day(11, 21)),
        clean("action-overdue", "dropped at a review",
            reviews(Review.builder().on(day(11, 6)).by("tm").scale(Map.of("G1", 4))
                .actions(Map.of("A1", ActionStatus.DROPPED)).build())).asOf(day(11, 21)),
        clean("review-overdue", "reviewed on the day",
            nextReview(Optional.of(day(11, 6))))
            .alsoFinds("next-review-not-after-last"),
        clean("review-overdue", "the review is due today",
            nextReview(Optional.of(AS_OF))),
        clean("review-overdue", "no review date set",
            nextReview(Optional.empty())),
        clean("review-after-as-of", "a review on the day of the check",
            reviews(baseReview(), review(AS_OF, Map.of("G1", 5)))),
        clean("next-review-not-after-last", "next review the day after the last",
            nextReview(Optional.of(day(11, 7)))).asOf(day(11, 7)),
        clean("goal-not-moving", "a rising score",
            reviews(baseReview(), review(day(11, 9), Map.of("G1", 5)))),
        clean("goal-not-moving", "one score is not yet a trend", UNCHANGED),
        clean("no-review-yet", "no review yet, six weeks on to the day",
            reviews()).asOf(day(12, 14))
            .alsoFinds("action-overdue", "review-overdue"),
        clean("top-factor-not-addressed", "the top factor is worked on", UNCHANGED),
        clean("focus-differs-from-ranking", "the hypothesis centres on the top factors",
            all(addFactor(m2(Optional.of(Priority.builder().impact(5).changeability(5)
                    .familyPriority(5).urgency(2).build()))),
                hypothesis(Optional.of(Hypothesis.of("Mornings are rushed and Kim worries.",
                    List.of("M1", "M2")))),
                action("A3", a -> a.addresses(List.of("M1", "M2"))))),
        clean("unrated-factor", "nothing rated yet is not a mix",
            priority(Priority.none())),
        clean("jargon", "everyday words", UNCHANGED),
        clean("jargon", "the child's own words are not checked",
            build(b -> b.childsVoice(List.of(ChildsVoice.of("kim",
                List.of("I don't like the safeguarding meetings."), List.of(), List.of()))))),
        clean("acronym", "words written out", UNCHANGED),
        clean("deficit-language", "describing, not labelling", UNCHANGED),
        clean("hard-to-read", "short, plain sentences", UNCHANGED),
        clean("future-event", "a chronology of what has happened", CHRONOLOGY),
        clean("chronology-without-good-times", "a good time in the chronology", CHRONOLOGY),
        clean("chronology-without-good-times", "no chronology yet", UNCHANGED),
        clean("precipitating-without-recent-event", "behind a recent event", CHRONOLOGY),
        clean("precipitating-without-recent-event", "no chronology to name", UNCHANGED),
        clean("predisposing-without-earlier-event", "behind an earlier event", CHRONOLOGY),
        clean("own-ancestor", "a parent and a child", CHRONOLOGY),
        clean("parent-born-after-child", "a parent born before the child",
            all(CHRONOLOGY, people(base().people().get(0).withBorn(EventDate.year(2017)),
                base().people().get(1).withBorn(EventDate.month(1990, 4))))),
        clean("parent-born-after-child", "the same year, one of them rough",
            all(CHRONOLOGY, people(base().people().get(0).withBorn(EventDate.year(2017)),
                base().people().get(1).withBorn(EventDate.year(2017).approximately())))),
        clean("too-many-birth-parents", "a birth mother and a step-mother",
            all(CHRONOLOGY,
                people(base().people().get(0), base().people().get(1).withGender(Gender.FEMALE),
                    Person.of("ann", "Ann", PersonRole.PARENT).withGender(Gender.FEMALE)),
                parents(new ParentLink("lee", "kim", ParentKind.BIRTH),
                    new ParentLink("ann", "kim", ParentKind.STEP)))),
        clean("child-not-in-family-tree", "Kim in the tree", CHRONOLOGY),
        clean("child-not-in-family-tree", "no family tree", UNCHANGED),
        clean("hard-to-read", "a professional's action is not checked for reading level",
            action("A3", a -> a.action("Jo arranges a meeting with Kim's class teacher to "
                + "consider considerably more individualised arrangements for mornings."))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("triggers")
  void triggers(Case c) {
    ValidationReport report = STANDARD.validate(c.change().apply(base()), c.asOf());
    List<Finding> found = report.findings().stream().filter(f -> f.code().equals(c.code()))
        .collect(Collectors.toList());
    assertEquals(c.expected().size(), found.size(), () -> "findings of " + c.code() + ":\n"
        + report);
    for (int i = 0; i < found.size(); i++) {
      Expected e = c.expected().get(i);
      Finding f = found.get(i);
      assertEquals(c.code(), f.code());
      assertEquals(e.path(), f.path(), () -> report.toString());
      assertEquals(e.severity(), f.severity(), () -> report.toString());
      assertEquals(e.suggestion(), f.suggestion(), () -> report.toString());
      assertTrue(f.message().contains(e.says()), () -> "message of " + f + " should say: "
          + e.says());
    }
    assertEquals(expectedAlso(c), otherCodes(report, c.code()), () -> report.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cleans")
  void cleans(Case c) {
    ValidationReport report = STANDARD.validate(c.change().apply(base()), c.asOf());
    assertTrue(report.findings().stream().noneMatch(f -> f.code().equals(c.code())),
        () -> report.toString());
    assertEquals(expectedAlso(c), otherCodes(report, c.code()), () -> report.toString());
  }

  /** The other codes a case expects, among the rules the validator has now. */
  private static Set<String> expectedAlso(Case c) {
    return c.also().stream().filter(STANDARD_CODES::contains)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The codes of the other findings in a report, among the rules this table covers. A rule the
   * table does not cover yet is reported once, by the test below, rather than by every case.
   */
  private static Set<String> otherCodes(ValidationReport report, String code) {
    Set<String> covered = triggers().map(Case::code).collect(Collectors.toSet());
    return report.findings().stream().map(Finding::code)
        .filter(x -> !x.equals(code) && covered.contains(x))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every standard rule has at least one case that triggers it and one that does not. */
  @Test
  void everyStandardRuleHasATriggerAndACleanCase() {
    Set<String> triggered = triggers().map(Case::code).collect(Collectors.toSet());
    Set<String> cleaned = cleans().map(Case::code).collect(Collectors.toSet());
    assertEquals(Set.of(), difference(STANDARD_CODES, triggered),
        "rules with no triggering case in RulesTest.triggers()");
    assertEquals(Set.of(), difference(STANDARD_CODES, cleaned),
        "rules with no clean case in RulesTest.cleans()");
    assertEquals(Set.of(), difference(triggered, STANDARD_CODES), "cases for rules that do not "
        + "exist");
    assertEquals(Set.of(), difference(cleaned, STANDARD_CODES), "cases for rules that do not "
        + "exist");
  }

  @Test
  void eachTriggerExpectsTheRulesDefaultSeverity() {
    Map<String, Severity> defaults = new LinkedHashMap<>();
    STANDARD.rules().forEach(r -> defaults.put(r.code(), r.defaultSeverity()));
    triggers().forEach(c -> c.expected().forEach(e ->
        assertEquals(defaults.get(c.code()), e.severity(), c.toString())));
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Paths.

  @Test
  void pathsNameItemsByIdWhenUniqueAndByPositionOtherwise() {
    Formulation f = all(
        addPerson(Person.of("kim", "Kimberley", PersonRole.SIBLING)),
        addPerson(Person.of("", "Sam", PersonRole.SIBLING)),
        addPerson(Person.of("a.b", "Dot", PersonRole.FRIEND)),
        addPerson(Person.of("x[1]", "Bracket", PersonRole.FRIEND))).apply(base());
    RuleContext c = new RuleContext(f, AS_OF);
    assertEquals(List.of("people[0]", "people[lee]", "people[2]", "people[3]", "people[4]",
        "people[5]"), f.people().stream().map(c::pathOf).collect(Collectors.toList()));
    assertEquals("plan.actions[A1]", c.pathOf(f.plan().actions().get(0)));
    assertEquals("perpetuating[M1]", c.pathOf(f.perpetuating().get(0)));
  }

  @Test
  void noTwoItemsInAListShareAPath() {
    // An id that looks like a position must not be confused with the position of another item.
    Formulation f = people(Person.of("", "Sam", PersonRole.SIBLING),
        Person.of("0", "Zero", PersonRole.SIBLING)).apply(base());
    RuleContext c = new RuleContext(f, AS_OF);
    assertNotEquals(c.pathOf(f.people().get(0)), c.pathOf(f.people().get(1)));
  }

  @Test
  void theSameItemTwiceIsReportedAtItsSecondPlace() {
    Person kim = base().people().get(0);
    Formulation f = people(kim, base().people().get(1), kim).apply(base());
    List<Finding> found = STANDARD.validate(f, AS_OF).findings();
    assertEquals(1, found.size(), found::toString);
    assertEquals("duplicate-id", found.get(0).code());
    assertEquals("people[2]", found.get(0).path());
    assertTrue(found.get(0).message().contains("people[0]"), found.get(0)::toString);
  }

  @Test
  void findingsOfSeveralRulesComeInDocumentOrder() {
    Formulation f = all(
        build(b -> b.title("")),
        action("A3", a -> a.owner(Optional.empty())),
        action("A1", a -> a.owner("kimm")),
        goal("G1", g -> g.withFor(List.of())),
        build(b -> b.childsVoice(List.of())),
        reviews(review(day(11, 6), Map.of("G9", 4)))).apply(base());
    List<String> paths = STANDARD.validate(f, AS_OF).findings().stream()
        .map(x -> x.code() + " " + x.path()).collect(Collectors.toList());
    assertEquals(List.of(
        "blank-text title",
        "no-childs-voice childsVoice",
        "goal-unlinked plan.goals[G1].for",
        "unknown-reference plan.actions[A1].owner",
        "action-without-owner plan.actions[A3].owner",
        "unknown-reference reviews[0].scale.G9"), paths);
  }

  @Test
  void entriesOfListsWithoutIdsComeInDocumentOrder() {
    // Rules run in order (unknown-reference before wrong-reference-kind before out-of-range), but
    // findings are listed by where they are in the file.
    Formulation f = all(
        build(b -> b.childsVoice(List.of(
            ChildsVoice.of("jo", List.of("I feel sick."), List.of(), List.of()),
            ChildsVoice.of("kimm", List.of("I like art."), List.of(), List.of())))),
        reviews(review(day(11, 6), Map.of("G1", 11)), review(day(11, 7), Map.of("G9", 5))))
        .apply(base());
    assertEquals(List.of(
        "wrong-reference-kind childsVoice[0].child",
        "unknown-reference childsVoice[1].child",
        "out-of-range reviews[0].scale.G1",
        "unknown-reference reviews[1].scale.G9"),
        STANDARD.validate(f, AS_OF).findings().stream().map(x -> x.code() + " " + x.path())
            .collect(Collectors.toList()));
  }

  @Test
  void everyRuleHasAKebabCodeAndADescription() {
    Set<String> seen = new HashSet<>();
    for (Rule rule : STANDARD.rules()) {
      assertTrue(rule.code().matches("[a-z0-9]+(-[a-z0-9]+)*"), rule.code());
      assertTrue(seen.add(rule.code()), rule.code());
      assertTrue(rule.description().endsWith("."), rule.code());
      assertEquals(Optional.of(rule.defaultSeverity()), STANDARD.severityOf(rule.code()));
    }
  }
}
