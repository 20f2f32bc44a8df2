package io.github.sixps.formulation.redact;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import io.github.sixps.formulation.internal.ItemPaths;
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
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Household;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Partnership;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Priority;
import io.github.sixps.formulation.model.Review;
import io.github.sixps.formulation.model.SiblingLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rebuilds a formulation part by part, passing every piece of free text, every id (where an item
 * is defined and wherever it is referred to) and every date through one set of {@link Edits}, so
 * that nothing is forgotten and a changed id changes in every reference at once.
 */
final class Rewrite {
  /** What to do with each kind of value. */
  interface Edits {
    /** The new free text at {@code path}; the path names items by their new ids. */
    String text(String path, String text);

    /** The new id for an item's id, wherever it appears; the same answer every time. */
    String id(String id);

    /** The formulation's own new id. */
    String formulationId(String id);

    LocalDate date(LocalDate date);

    /** The new date of an event, a birth, a death or a partnership. */
    EventDate eventDate(EventDate date);

    /** The new person at {@code path}, with its id already changed. */
    Person person(String path, int index, Person person);

    /** The new contributor at {@code path}, with its id already changed. */
    Contributor contributor(String path, int index, Contributor contributor);
  }

  private final Edits edits;
  private final Multiset<String> newIds = HashMultiset.create();

  private Rewrite(Edits edits) {
    this.edits = edits;
  }

  /** The formulation with every text, id and date edited. */
  static Formulation apply(Formulation f, Edits edits) {
    return new Rewrite(edits).rewrite(f);
  }

  /** Every piece of free text in the formulation, in document order, as it stands. */
  static List<String> texts(Formulation f) {
    List<String> texts = new ArrayList<>();
    apply(f, new Edits() {
      @Override
      public String text(String path, String text) {
        texts.add(text);
        return text;
      }

      @Override
      public String id(String id) {
        return id;
      }

      @Override
      public String formulationId(String id) {
        return id;
      }

      @Override
      public LocalDate date(LocalDate date) {
        return date;
      }

      @Override
      public EventDate eventDate(EventDate date) {
        return date;
      }

      @Override
      public Person person(String path, int index, Person person) {
        return person;
      }

      @Override
      public Contributor contributor(String path, int index, Contributor contributor) {
        return contributor;
      }
    });
    return texts;
  }

  private Formulation rewrite(Formulation f) {
    // Every item id is mapped first, in document order, so that paths can tell repeated ids.
    for (Item item : f.items()) {
      newIds.add(edits.id(item.id()));
    }
    Formulation.Builder b = f.toBuilder()
        .id(edits.formulationId(f.id()))
        .title(edits.text("title", f.title()))
        .formulatedOn(f.formulatedOn().map(edits::date))
        .framework(f.framework().map(t -> edits.text("framework", t)));
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < f.people().size(); i++) {
      Person p = f.people().get(i);
      Person renamed = new Person(edits.id(p.id()), p.name(), p.role(), p.age(), p.gender(),
          p.born().map(edits::eventDate), p.died().map(edits::eventDate), p.language());
      people.add(edits.person(path("people", renamed.id(), i), i, renamed));
    }
    b.people(people);
    b.family(family(f.family()));
    List<Contributor> contributors = new ArrayList<>();
    for (int i = 0; i < f.contributors().size(); i++) {
      Contributor c = f.contributors().get(i);
      Contributor renamed = new Contributor(edits.id(c.id()), c.name(), c.role(), c.agency());
      contributors.add(edits.contributor(path("contributors", renamed.id(), i), i, renamed));
    }
    b.contributors(contributors);
    List<PresentingIssue> presenting = new ArrayList<>();
    for (int i = 0; i < f.presenting().size(); i++) {
      PresentingIssue p = f.presenting().get(i);
      String id = edits.id(p.id());
      String at = path("presenting", id, i);
      presenting.add(new PresentingIssue(id, edits.text(at + ".statement", p.statement()),
          p.domain(), ids(p.sources())));
    }
    b.presenting(presenting);
    for (FactorKind kind : FactorKind.values()) {
      List<Factor> factors = new ArrayList<>();
      String section = kind.name().toLowerCase(Locale.ROOT);
      for (int i = 0; i < f.factors(kind).size(); i++) {
        Factor factor = f.factors(kind).get(i);
        String id = edits.id(factor.id());
        String at = path(section, id, i);
        factors.add(new Factor(kind, id, edits.text(at + ".statement", factor.statement()),
            ids(factor.explains()), ids(factor.sources()),
            factor.evidence().map(e -> edits.text(at + ".evidence", e)),
            factor.priority().map(p -> priority(at, p)), ids(factor.events())));
      }
      b.factors(kind, factors);
    }
    List<ChildsVoice> voices = new ArrayList<>();
    for (int i = 0; i < f.childsVoice().size(); i++) {
      ChildsVoice v = f.childsVoice().get(i);
      String at = "childsVoice[" + i + "]";
      voices.add(new ChildsVoice(edits.id(v.child()), texts(at + ".worries", v.worries()),
          texts(at + ".goodThings", v.goodThings()), texts(at + ".dreams", v.dreams()),
          v.language()));
    }
    b.childsVoice(voices);
    b.hypothesis(f.hypothesis().map(h -> new Hypothesis(
        edits.text("hypothesis.statement", h.statement()), ids(h.focus()),
        h.expectedChange().map(e -> edits.text("hypothesis.expectedChange", e)))));
    b.plan(plan(f.plan()));
    List<Review> reviews = new ArrayList<>();
    for (int i = 0; i < f.reviews().size(); i++) {
      reviews.add(review("reviews[" + i + "]", f.reviews().get(i)));
    }
    b.reviews(reviews);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < f.events().size(); i++) {
      events.add(event(f.events().get(i), i));
    }
    b.events(events);
    return b.build();
  }

  private Event event(Event e, int index) {
    String id = edits.id(e.id());
    String at = path("events", id, index);
    return new Event(id, edits.eventDate(e.date()), e.until().map(edits::eventDate),
        edits.text(at + ".what", e.what()), e.source().map(s -> edits.text(at + ".source", s)),
        ids(e.people()), e.kind().map(k -> edits.text(at + ".kind", k)), e.tone(),
        e.impact().map(i -> edits.text(at + ".impact", i)));
  }

  /** The family tree with every person's id changed and partnerships' dates moved. */
  private FamilyTree family(FamilyTree tree) {
    List<ParentLink> parents = new ArrayList<>();
    for (ParentLink link : tree.parents()) {
      parents.add(new ParentLink(edits.id(link.parent()), edits.id(link.child()), link.kind()));
    }
    List<Partnership> partnerships = new ArrayList<>();
    for (Partnership p : tree.partnerships()) {
      partnerships.add(new Partnership(edits.id(p.first()), edits.id(p.second()), p.state(),
          p.from().map(edits::eventDate), p.until().map(edits::eventDate)));
    }
    List<SiblingLink> siblings = new ArrayList<>();
    for (SiblingLink link : tree.siblings()) {
      siblings.add(new SiblingLink(edits.id(link.first()), edits.id(link.second()),
          link.twins()));
    }
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < tree.households().size(); i++) {
      Household h = tree.households().get(i);
      String at = "family.households[" + i + "].name";
      // A household's id is no item's: changed as ids are, since it may hold a name.
      households.add(new Household(edits.id(h.id()),
          h.name().map(n -> edits.text(at, n)),
          ids(h.members())));
    }
    return FamilyTree.builder().parents(parents).partnerships(partnerships).siblings(siblings)
        .households(households).build();
  }

  /** The priority, with the reason for a rank set by hand edited as free text. */
  private Priority priority(String at, Priority p) {
    return new Priority(p.impact(), p.changeability(), p.familyPriority(), p.urgency(), p.pin(),
        p.reason().map(r -> edits.text(at + ".priority.reason", r)));
  }

  private Plan plan(Plan plan) {
    List<Goal> goals = new ArrayList<>();
    for (int i = 0; i < plan.goals().size(); i++) {
      Goal g = plan.goals().get(i);
      String id = edits.id(g.id());
      goals.add(new Goal(id, edits.text(path("plan.goals", id, i) + ".outcome", g.outcome()),
          ids(g.forIssues()), g.scale()));
    }
    List<Action> actions = new ArrayList<>();
    for (int i = 0; i < plan.actions().size(); i++) {
      Action a = plan.actions().get(i);
      String id = edits.id(a.id());
      String at = path("plan.actions", id, i);
      actions.add(new Action(id, edits.text(at + ".action", a.action()),
          a.owner().map(edits::id), ids(a.addresses()), ids(a.goals()),
          a.due().map(edits::date), a.measure().map(m -> edits.text(at + ".measure", m)),
          a.status()));
    }
    return new Plan(ImmutableList.copyOf(goals), ImmutableList.copyOf(actions),
        plan.nextReview().map(edits::date));
  }

  private Review review(String at, Review r) {
    Map<String, Integer> scale = new LinkedHashMap<>();
    // Two keys that map to one id keep the first value, as a reader keeps the first of a
    // repeated key.
    r.scale().forEach((goal, value) -> scale.putIfAbsent(edits.id(goal), value));
    Map<String, ActionStatus> statuses = new LinkedHashMap<>();
    r.actions().forEach((action, status) -> statuses.putIfAbsent(edits.id(action), status));
    return Review.builder()
        .on(r.on().map(edits::date))
        .by(r.by().map(edits::id))
        .scale(scale)
        .actions(statuses)
        .notes(r.notes().map(n -> edits.text(at + ".notes", n)))
        .build();
  }

  private ImmutableList<String> ids(List<String> ids) {
    return ids.stream().map(edits::id).collect(ImmutableList.toImmutableList());
  }

  private ImmutableList<String> texts(String at, List<String> texts) {
    ImmutableList.Builder<String> edited = ImmutableList.builder();
    for (int i = 0; i < texts.size(); i++) {
      edited.add(edits.text(at + "[" + i + "]", texts.get(i)));
    }
    return edited.build();
  }

  /**
   * The path of an item, as the validator writes it: by id when the id is usable and not
   * repeated, otherwise by position.
   */
  private String path(String list, String id, int index) {
    return ItemPaths.of(list, ItemPaths.key(id, newIds.count(id), index));
  }
}
