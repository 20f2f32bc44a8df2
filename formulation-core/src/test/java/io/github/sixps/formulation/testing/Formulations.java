package io.github.sixps.formulation.testing;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Domain;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.EventDate;
import io.github.sixps.formulation.model.EventTone;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.FormulationStatus;
import io.github.sixps.formulation.model.Gender;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.GoalScale;
import io.github.sixps.formulation.model.Household;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.model.ParentKind;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Partnership;
import io.github.sixps.formulation.model.PartnershipState;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Priority;
import io.github.sixps.formulation.model.Review;
import io.github.sixps.formulation.model.SiblingLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators for whole formulations, drafts included: blank and hostile text (markup,
 * Markdown and YAML control characters, emoji, right-to-left marks, very long strings), ids that
 * collide and references that dangle, numbers out of range and empty plans. Shared with the other
 * modules' tests through the core test jar.
 *
 * <pre>{@code
 * @Property
 * void neverThrows(@ForAll("formulations") Formulation f) { ... }
 *
 * @Provide
 * Arbitrary<Formulation> formulations() { return Formulations.drafts(); }
 * }</pre>
 */
public final class Formulations {
  private Formulations() {}

  /** Words that break naive writers of Markdown, HTML, YAML or JSON. */
  private static final List<String> HOSTILE = List.of(
      "<script>alert(1)</script>", "<b>bold</b>", "&amp;", "&lt;", "\"quoted\"", "'single'",
      "*emphasis*", "_under_", "**", "__", "`code`", "```", "[link](http://example.org)",
      "![img](x.png)", "<http://example.org>", "# heading", "> quote", "| pipe |", "\\",
      "- item", "1. item", "---", "...", "~~~", "===", "+", "key: value", "#comment", "&anchor",
      "*alias", "!!str", "!tag", "%YAML", "@", "`", "{", "}", "[", "]", ",", "?", "|", ">",
      "yes", "no", "on", "off", "true", "False", "null", "~", "NULL", "1e3", "0x1F", "0o17",
      ".inf", "-.inf", ".nan", "12", "-7", "3.14", "2026-11-02", "12:30", "00:00:00",
      "👩‍👧‍👦", "🙂", "🏳️‍🌈", "\u200F", "\u200E", "\u202E", "\u2066", "عائلة", "שלום", "Zoë",
      "naïve", "e\u0301", "\u00A0", "\u2028", "\u2029", "\u0085", "\uFEFF", "\t", "\r\n", "\n",
      "  ", " leading", "trailing ", "line\nbreak", "tab\there", "\u0007", "\u001B[31m");

  private static final List<String> IDS = List.of(
      "P1", "P2", "D1", "T1", "M1", "M2", "S1", "G1", "G2", "A1", "A2", "amira", "sara", "jo",
      "school", "E1", "E2", "home");

  /** Any text: usually short and ordinary, sometimes blank, hostile or very long. */
  public static Arbitrary<String> text() {
    Arbitrary<String> words = Arbitraries.oneOf(
        Arbitraries.of(HOSTILE),
        Arbitraries.strings().alpha().numeric().withChars(" .,'-").ofMaxLength(30),
        Arbitraries.strings().all().ofMaxLength(12).filter(Formulations::isWellFormed));
    Arbitrary<String> sentence = words.list().ofMaxSize(8).map(l -> String.join(" ", l));
    // A short random run repeated to length: as hostile as a fully random long string for the
    // writers, and hundreds of times cheaper to generate, which keeps 10,000-try properties fast.
    Arbitrary<String> longText = Combinators.combine(
        Arbitraries.strings().withCharRange('a', 'z').withChars(" <>*_").ofMinLength(20)
            .ofMaxLength(60),
        Arbitraries.integers().between(2_000, 20_000))
        .as((run, length) -> run.repeat(length / run.length() + 1).substring(0, length));
    return Arbitraries.frequencyOf(
        Tuple.of(12, sentence),
        Tuple.of(2, Arbitraries.of("", " ", "\n")),
        Tuple.of(1, longText));
  }

  private static boolean isWellFormed(String s) {
    // Lone surrogates are not text: they cannot be written as UTF-8 by any format.
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** An id: usually one of a small shared pool, so that references sometimes resolve. */
  public static Arbitrary<String> id() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of(IDS)),
        Tuple.of(1, text()));
  }

  /** A list of references, which may dangle. */
  public static Arbitrary<List<String>> refs() {
    return id().list().ofMaxSize(4);
  }

  /** A date between 2000 and 2040. */
  public static Arbitrary<LocalDate> date() {
    return Arbitraries.integers().between(0, 40 * 365).map(d -> LocalDate.of(2000, 1, 1)
        .plusDays(d));
  }

  /** A whole number, usually near the 0 to 10 range, sometimes anything. */
  public static Arbitrary<Integer> number() {
    return Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.integers().between(-2, 12)),
        Tuple.of(1, Arbitraries.integers()));
  }

  private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> value) {
    return value.optional(0.6);
  }

  /** Language tags, as people and children's words record them. */
  private static final List<String> LANGUAGES =
      List.of("pl", "ur", "bn", "ar", "pa-Arab", "en-GB", "so", "ro", "zh-Hant-HK");

  /**
   * A date in a family's life: a year, a month or a day, sometimes a rough one, usually in the
   * last century or this one, sometimes at the edges of the four-digit years a file holds.
   */
  public static Arbitrary<EventDate> eventDate() {
    Arbitrary<Integer> year = Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.integers().between(1920, 2040)),
        Tuple.of(1, Arbitraries.of(0, 1, 1900, 2000, 9999)));
    return Combinators.combine(year, Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 365), Arbitraries.of(false, false, true))
        .as((y, precision, dayOfYear, about) -> {
          LocalDate day = LocalDate.ofYearDay(y, Math.min(dayOfYear + 1,
              java.time.Year.isLeap(y) ? 366 : 365));
          EventDate d = precision == 0 ? EventDate.year(y)
              : precision == 1 ? EventDate.month(y, day.getMonthValue()) : EventDate.day(day);
          return about ? d.approximately() : d;
        });
  }

  /** A person, sometimes with the gender, dates and language a family tree records. */
  public static Arbitrary<Person> person() {
    Arbitrary<Optional<Gender>> gender = Arbitraries.of(Gender.class).optional(0.3);
    Arbitrary<Optional<EventDate>> date = eventDate().optional(0.3);
    Arbitrary<Optional<String>> language = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(LANGUAGES)), Tuple.of(1, text()))
        .filter(t -> t.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,15}")).optional(0.2);
    return Combinators.combine(id(), text(), maybe(Arbitraries.of(PersonRole.class)),
        maybe(number()), gender, date, date, language).as(Person::new);
  }

  /** An event of the chronology, with hostile text and people who may not exist. */
  public static Arbitrary<Event> event() {
    Arbitrary<Event> core = Combinators.combine(id(), eventDate(), eventDate().optional(0.2),
        text(), maybe(text()), refs()).as((id, date, until, what, source, people) ->
            Event.builder(id, date).until(until).what(what).source(source).people(people)
                .build());
    return Combinators.combine(core, maybe(text()), maybe(Arbitraries.of(EventTone.class)),
        maybe(text())).as((e, kind, tone, impact) ->
            e.toBuilder().kind(kind).tone(tone).impact(impact).build());
  }

  /**
   * A family tree: often empty; otherwise links between ids that may dangle, loop or repeat, as
   * a draft may hold them.
   */
  public static Arbitrary<FamilyTree> familyTree() {
    Arbitrary<ParentLink> parent = Combinators.combine(id(), id(),
        Arbitraries.of(ParentKind.class)).as(ParentLink::new);
    Arbitrary<Partnership> partnership = Combinators.combine(id(), id(),
        Arbitraries.of(PartnershipState.class), eventDate().optional(0.3),
        eventDate().optional(0.3)).as(Partnership::new);
    Arbitrary<SiblingLink> siblings = Combinators.combine(id(), id(), Arbitraries.of(false, true))
        .as(SiblingLink::new);
    Arbitrary<Household> household = Combinators.combine(id(), maybe(text()), refs())
        .as((id, name, members) -> new Household(id, name, ImmutableList.copyOf(members)));
    Arbitrary<FamilyTree> tree = Combinators.combine(parent.list().ofMaxSize(4),
        partnership.list().ofMaxSize(2), siblings.list().ofMaxSize(2),
        household.list().ofMaxSize(2)).as((p, pp, s, h) -> FamilyTree.builder().parents(p)
            .partnerships(pp).siblings(s).households(h).build());
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(FamilyTree.empty())),
        Tuple.of(1, tree));
  }

  public static Arbitrary<Contributor> contributor() {
    return Combinators.combine(id(), text(), maybe(text()), maybe(text())).as(Contributor::new);
  }

  public static Arbitrary<PresentingIssue> presenting() {
    return Combinators.combine(id(), text(), maybe(Arbitraries.of(Domain.class)), refs())
        .as((id, statement, domain, sources) ->
            new PresentingIssue(id, statement, domain,
                ImmutableList.copyOf(sources)));
  }

  public static Arbitrary<Priority> priority() {
    return Combinators.combine(maybe(number()), maybe(number()), maybe(number()), maybe(number()),
        maybe(number()), maybe(text())).as(Priority::new);
  }

  public static Arbitrary<Factor> factor(FactorKind kind) {
    Arbitrary<Optional<Priority>> priority = kind == FactorKind.PERPETUATING
        ? maybe(priority()) : Arbitraries.just(Optional.empty());
    return Combinators.combine(id(), text(), refs(), refs(), maybe(text()), priority)
        .as((id, statement, explains, sources, evidence, p) ->
            Factor.builder(kind, id).statement(statement).explains(explains).sources(sources)
                .evidence(evidence).priority(p).build())
        .flatMap(f -> Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(f)),
            Tuple.of(1, refs().map(events -> f.toBuilder().events(events).build()))));
  }

  public static Arbitrary<ChildsVoice> childsVoice() {
    Arbitrary<List<String>> sayings = text().list().ofMaxSize(3);
    return Combinators.combine(id(), sayings, sayings, sayings,
        Arbitraries.of(LANGUAGES).optional(0.2)).as((child, worries, good, dreams, language) ->
            new ChildsVoice(child, ImmutableList.copyOf(worries), ImmutableList.copyOf(good),
                ImmutableList.copyOf(dreams), language));
  }

  public static Arbitrary<Hypothesis> hypothesis() {
    return Combinators.combine(text(), refs(), maybe(text())).as((statement, focus, change) ->
        new Hypothesis(statement, ImmutableList.copyOf(focus), change));
  }

  public static Arbitrary<Goal> goal() {
    Arbitrary<Optional<GoalScale>> scale =
        maybe(Combinators.combine(number(), number()).as(GoalScale::new));
    return Combinators.combine(id(), text(), refs(), scale).as((id, outcome, forIssues, s) ->
        new Goal(id, outcome, ImmutableList.copyOf(forIssues), s));
  }

  public static Arbitrary<Action> action() {
    return Combinators.combine(id(), text(), maybe(id()), refs(), refs(), maybe(date()),
        maybe(text()), Arbitraries.of(ActionStatus.class))
        .as((id, what, owner, addresses, goals, due, measure, status) ->
            Action.builder(id).action(what).owner(owner).addresses(addresses).goals(goals)
                .due(due).measure(measure).status(status).build());
  }

  public static Arbitrary<Plan> plan() {
    return Combinators.combine(goal().list().ofMaxSize(3), action().list().ofMaxSize(4),
        maybe(date())).as((goals, actions, next) ->
            new Plan(ImmutableList.copyOf(goals),
                ImmutableList.copyOf(actions), next));
  }

  public static Arbitrary<Review> review() {
    Arbitrary<Map<String, Integer>> scale = Arbitraries.maps(id(), number()).ofMaxSize(3);
    Arbitrary<Map<String, ActionStatus>> statuses =
        Arbitraries.maps(id(), Arbitraries.of(ActionStatus.class)).ofMaxSize(3);
    return Combinators.combine(maybe(date()), maybe(id()), scale, statuses, maybe(text()))
        .as((on, by, s, a, notes) -> Review.builder().on(on).by(by).scale(s).actions(a)
            .notes(notes).build());
  }

  /**
   * Whole formulations, drafts included: any part may be missing, blank, hostile or dangling.
   */
  public static Arbitrary<Formulation> drafts() {
    return Builders.withBuilder(Formulation::builder)
        .use(text()).in(Formulation.Builder::id)
        .use(text()).in(Formulation.Builder::title)
        .use(maybe(date())).in(Formulation.Builder::formulatedOn)
        .use(Arbitraries.of(FormulationStatus.class)).in(Formulation.Builder::status)
        .use(maybe(text())).in(Formulation.Builder::framework)
        .use(person().list().ofMaxSize(4)).in(Formulation.Builder::people)
        .use(contributor().list().ofMaxSize(3)).in(Formulation.Builder::contributors)
        .use(presenting().list().ofMaxSize(3)).in(Formulation.Builder::presenting)
        .use(factor(FactorKind.PREDISPOSING).list().ofMaxSize(3))
        .in((b, l) -> b.factors(FactorKind.PREDISPOSING, l))
        .use(factor(FactorKind.PRECIPITATING).list().ofMaxSize(3))
        .in((b, l) -> b.factors(FactorKind.PRECIPITATING, l))
        .use(factor(FactorKind.PERPETUATING).list().ofMaxSize(4))
        .in((b, l) -> b.factors(FactorKind.PERPETUATING, l))
        .use(factor(FactorKind.PROTECTIVE).list().ofMaxSize(3))
        .in((b, l) -> b.factors(FactorKind.PROTECTIVE, l))
        .use(childsVoice().list().ofMaxSize(2)).in(Formulation.Builder::childsVoice)
        .use(maybe(hypothesis())).in(Formulation.Builder::hypothesis)
        .use(plan()).in(Formulation.Builder::plan)
        .use(review().list().ofMaxSize(2)).in(Formulation.Builder::reviews)
        .use(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<Event>of())),
            Tuple.of(1, event().list().ofMaxSize(4)))).in(Formulation.Builder::events)
        .use(familyTree()).in(Formulation.Builder::family)
        .build(Formulation.Builder::build);
  }
}
