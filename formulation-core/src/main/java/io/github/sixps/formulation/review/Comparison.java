package io.github.sixps.formulation.review;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import io.github.sixps.formulation.internal.ItemPaths;
import io.github.sixps.formulation.internal.KebabCase;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.GoalScale;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Priority;
import io.github.sixps.formulation.model.Review;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.prioritise.RankedFactor;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Works out the changes between two versions of a formulation for {@link FormulationDiff}: items
 * matched by id across the whole formulation, by position where an id is blank or repeated, then
 * compared field by field.
 */
final class Comparison {
  static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final int QUOTE_LIMIT = 160;

  private final Formulation older;
  private final Formulation newer;
  private final List<Change> changes = new ArrayList<>();

  private Comparison(Formulation older, Formulation newer) {
    this.older = older;
    this.newer = newer;
  }

  static ImmutableList<Change> of(Formulation older, Formulation newer) {
    Comparison c = new Comparison(older, newer);
    c.header();
    c.items();
    c.childsVoice();
    c.hypothesis();
    c.nextReview();
    c.reviews();
    // Stable: within a heading, changes keep the order they were found in.
    return c.changes.stream().sorted(Comparator.comparing(Change::heading))
        .collect(ImmutableList.toImmutableList());
  }

  // ---------------------------------------------------------------------------------------------
  // Where each item is, and the key it is matched by.

  /** An item in its place: its heading, the list that holds it, its position and its path. */
  private record Placed(Item item, Heading heading, String list, int index, String path,
      String key) {}

  private static List<Placed> place(Formulation f) {
    Multiset<String> uses = HashMultiset.create();
    f.items().forEach(i -> uses.add(i.id()));
    List<Placed> out = new ArrayList<>();
    add(out, uses, Heading.PEOPLE, "people", f.people());
    add(out, uses, Heading.PEOPLE, "contributors", f.contributors());
    add(out, uses, Heading.PRESENTING, "presenting", f.presenting());
    for (FactorKind kind : FactorKind.values()) {
      add(out, uses, Heading.of(kind), section(kind), f.factors(kind));
    }
    add(out, uses, Heading.PLAN, "plan.goals", f.plan().goals());
    add(out, uses, Heading.PLAN, "plan.actions", f.plan().actions());
    return out;
  }

  private static void add(List<Placed> out, Multiset<String> uses, Heading heading, String list,
      List<? extends Item> items) {
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      int count = uses.count(item.id());
      String path = ItemPaths.of(list, ItemPaths.key(item.id(), count, i));
      // Unique ids match across the whole formulation, so a factor can move between headings;
      // a blank or repeated id cannot say which item it is, so position decides.
      String key = !item.id().isBlank() && count == 1 ? "id " + item.id()
          : "at " + list + " " + i;
      out.add(new Placed(item, heading, list, i, path, key));
    }
  }

  private static String section(FactorKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private void items() {
    List<Placed> olds = place(older);
    List<Placed> news = place(newer);
    Map<String, Placed> oldByKey = byKey(olds);
    Map<String, Placed> newByKey = byKey(news);
    Map<Factor, RankedFactor> oldRanks = ranks(older);
    Map<Factor, RankedFactor> newRanks = ranks(newer);
    for (Placed n : news) {
      Placed o = oldByKey.get(n.key());
      if (o == null || o.item().getClass() != n.item().getClass()) {
        change(Change.Kind.ADDED, n.heading(), n.path(), Optional.empty(),
            Optional.of(text(n.item())), "New " + noun(n) + name(n) + ": " + said(n.item())
                + ".");
        continue;
      }
      if (!o.list().equals(n.list())) {
        change(Change.Kind.MOVED, n.heading(), n.path(), Optional.of(o.path()),
            Optional.of(n.path()), shortName(n) + " moved from "
                + o.heading().label().toLowerCase(Locale.ROOT) + " to "
                + n.heading().label().toLowerCase(Locale.ROOT) + ".");
      }
      fields(o, n);
      RankedFactor was = oldRanks.get(o.item());
      RankedFactor now = newRanks.get(n.item());
      if (was != null && now != null && was.rank() != now.rank()) {
        change(Change.Kind.EDITED, n.heading(), n.path() + ".rank",
            Optional.of(Integer.toString(was.rank())), Optional.of(Integer.toString(now.rank())),
            shortName(n) + " moved from " + was.ordinal() + " to " + now.ordinal()
                + " in the ranking.");
      }
    }
    for (Placed o : olds) {
      Placed n = newByKey.get(o.key());
      if (n == null || o.item().getClass() != n.item().getClass()) {
        change(Change.Kind.REMOVED, o.heading(), o.path(), Optional.of(text(o.item())),
            Optional.empty(), capitalName(o) + " was removed (" + said(o.item()) + ").");
      }
    }
  }

  private static Map<String, Placed> byKey(List<Placed> placed) {
    Map<String, Placed> out = new LinkedHashMap<>();
    placed.forEach(p -> out.put(p.key(), p));
    return out;
  }

  private static Map<Factor, RankedFactor> ranks(Formulation f) {
    // By identity: the ranking holds the formulation's own factor objects, and a draft may hold
    // two equal factors in different places.
    Map<Factor, RankedFactor> out = new IdentityHashMap<>();
    Prioritiser.standard().rank(f).factors().forEach(r -> out.putIfAbsent(r.factor(), r));
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Field by field.

  private void fields(Placed o, Placed n) {
    Item a = o.item();
    Item b = n.item();
    if (a instanceof Person p && b instanceof Person q) {
      field(o, n, "name", "name", Optional.of(p.name()), Optional.of(q.name()), true);
      field(o, n, "role", "role", p.role().map(KebabCase::of), q.role().map(KebabCase::of),
          false);
      field(o, n, "age", "age", p.age().map(String::valueOf), q.age().map(String::valueOf),
          false);
    } else if (a instanceof Contributor p && b instanceof Contributor q) {
      field(o, n, "name", "name", Optional.of(p.name()), Optional.of(q.name()), true);
      field(o, n, "role", "role", p.role(), q.role(), true);
      field(o, n, "agency", "agency", p.agency(), q.agency(), true);
    } else if (a instanceof PresentingIssue p && b instanceof PresentingIssue q) {
      field(o, n, "statement", "statement", Optional.of(p.statement()),
          Optional.of(q.statement()), true);
      field(o, n, "domain", "domain", p.domain().map(KebabCase::of),
          q.domain().map(KebabCase::of), false);
      field(o, n, "sources", "list of sources", ids(p.sources()), ids(q.sources()), false);
    } else if (a instanceof Factor p && b instanceof Factor q) {
      field(o, n, "statement", "statement", Optional.of(p.statement()),
          Optional.of(q.statement()), true);
      field(o, n, "explains", "list of worries it explains", ids(p.explains()),
          ids(q.explains()), false);
      field(o, n, "sources", "list of sources", ids(p.sources()), ids(q.sources()), false);
      field(o, n, "evidence", "evidence", p.evidence(), q.evidence(), true);
      priority(o, n, p.priority().orElse(Priority.none()), q.priority().orElse(Priority.none()));
    } else if (a instanceof Goal p && b instanceof Goal q) {
      field(o, n, "outcome", "outcome", Optional.of(p.outcome()), Optional.of(q.outcome()), true);
      field(o, n, "for", "list of worries it answers", ids(p.forIssues()), ids(q.forIssues()),
          false);
      field(o, n, "scale.now", "starting scale", p.scale().map(s -> "" + s.now()),
          q.scale().map(s -> "" + s.now()), false);
      field(o, n, "scale.target", "target", p.scale().map(GoalScale::target).map(String::valueOf),
          q.scale().map(GoalScale::target).map(String::valueOf), false);
    } else if (a instanceof Action p && b instanceof Action q) {
      action(o, n, p, q);
    }
  }

  private void priority(Placed o, Placed n, Priority p, Priority q) {
    criterion(o, n, "impact", "impact", p.impact(), q.impact());
    criterion(o, n, "changeability", "ease of change", p.changeability(), q.changeability());
    criterion(o, n, "familyPriority", "family's priority", p.familyPriority(),
        q.familyPriority());
    criterion(o, n, "urgency", "urgency", p.urgency(), q.urgency());
    criterion(o, n, "pin", "rank set by hand", p.pin(), q.pin());
    field(o, n, "priority.reason", "reason for its rank", p.reason(), q.reason(), true);
  }

  private void criterion(Placed o, Placed n, String key, String noun, Optional<Integer> p,
      Optional<Integer> q) {
    field(o, n, "priority." + key, noun, p.map(String::valueOf), q.map(String::valueOf), false);
  }

  private void action(Placed o, Placed n, Action p, Action q) {
    String who = capitalName(n);
    field(o, n, "action", "wording", Optional.of(p.action()), Optional.of(q.action()), true);
    if (!p.owner().equals(q.owner())) {
      fieldChange(o, n, "owner", p.owner(), q.owner(),
          kindOf(p.owner(), q.owner()) == Change.Kind.ADDED
              ? who + " is now owned by " + plain(q.owner().get()) + "."
              : q.owner().isEmpty()
                  ? who + " no longer has an owner (was " + plain(p.owner().get()) + ")."
                  : who + " is now owned by " + plain(q.owner().get()) + " (was "
                      + plain(p.owner().get()) + ").");
    }
    field(o, n, "addresses", "list of factors it works on", ids(p.addresses()),
        ids(q.addresses()), false);
    field(o, n, "goals", "list of goals it serves", ids(p.goals()), ids(q.goals()), false);
    if (!p.due().equals(q.due())) {
      fieldChange(o, n, "due", p.due().map(LocalDate::toString), q.due().map(LocalDate::toString),
          q.due().isEmpty()
              ? who + " no longer has a due date (was " + ukDate(p.due().get()) + ")."
              : who + " is now due on " + ukDate(q.due().get())
                  + p.due().map(d -> " (was " + ukDate(d) + ")").orElse("") + ".");
    }
    field(o, n, "measure", "measure", p.measure(), q.measure(), true);
    if (p.status() != q.status()) {
      fieldChange(o, n, "status", Optional.of(KebabCase.of(p.status())),
          Optional.of(KebabCase.of(q.status())), who + " is now " + words(q.status()) + " (was "
              + words(p.status()) + ").");
    }
  }

  /** Reports a change to one field, if its values differ, in the standard wording. */
  private void field(Placed o, Placed n, String key, String noun, Optional<String> before,
      Optional<String> after, boolean quoted) {
    if (before.equals(after)) {
      return;
    }
    String subject = capitalName(n) + "'s " + noun;
    fieldChange(o, n, key, before, after, sentence(subject, before, after, quoted));
  }

  private static String sentence(String subject, Optional<String> before,
      Optional<String> after, boolean quoted) {
    Function<String, String> show = quoted ? Comparison::quote : Comparison::plain;
    if (before.isEmpty()) {
      return subject + " is now " + show.apply(after.get()) + ".";
    }
    if (after.isEmpty()) {
      return subject + " was removed (was " + show.apply(before.get()) + ").";
    }
    return subject + " is now " + show.apply(after.get()) + " (was "
        + show.apply(before.get()) + ").";
  }

  private void fieldChange(Placed o, Placed n, String key, Optional<String> before,
      Optional<String> after, String description) {
    Change.Kind kind = kindOf(before, after);
    // A removed value is named where it was, so that swapping the versions swaps added and
    // removed without changing a path.
    Placed at = kind == Change.Kind.REMOVED ? o : n;
    change(kind, n.heading(), at.path() + "." + key, before, after, description);
  }

  private static Change.Kind kindOf(Optional<String> before, Optional<String> after) {
    return before.isEmpty() ? Change.Kind.ADDED
        : after.isEmpty() ? Change.Kind.REMOVED : Change.Kind.EDITED;
  }

  // ---------------------------------------------------------------------------------------------
  // The parts without ids.

  private void header() {
    headerField("id", "The formulation's id", Optional.of(older.id()), Optional.of(newer.id()),
        true);
    headerField("title", "The title", Optional.of(older.title()), Optional.of(newer.title()),
        true);
    if (!older.formulatedOn().equals(newer.formulatedOn())) {
      Optional<String> before = older.formulatedOn().map(LocalDate::toString);
      Optional<String> after = newer.formulatedOn().map(LocalDate::toString);
      change(kindOf(before, after), Heading.HEADER, "formulatedOn", before, after,
          sentence("The formulation date", older.formulatedOn().map(Comparison::ukDate),
              newer.formulatedOn().map(Comparison::ukDate), false));
    }
    headerField("status", "The status", Optional.of(KebabCase.of(older.status())),
        Optional.of(KebabCase.of(newer.status())), false);
    headerField("framework", "The practice framework", older.framework(), newer.framework(),
        true);
  }

  private void headerField(String path, String subject, Optional<String> before,
      Optional<String> after, boolean quoted) {
    if (!before.equals(after)) {
      change(kindOf(before, after), Heading.HEADER, path, before, after,
          sentence(subject, before, after, quoted));
    }
  }

  private void childsVoice() {
    List<ChildsVoice> olds = older.childsVoice();
    List<ChildsVoice> news = newer.childsVoice();
    Map<String, Integer> oldByKey = voiceKeys(olds);
    Map<String, Integer> newByKey = voiceKeys(news);
    for (Map.Entry<String, Integer> e : newByKey.entrySet()) {
      int j = e.getValue();
      ChildsVoice b = news.get(j);
      String path = "childsVoice[" + j + "]";
      Integer i = oldByKey.get(e.getKey());
      if (i == null) {
        change(Change.Kind.ADDED, Heading.CHILDS_VOICE, path, Optional.empty(),
            Optional.of(allSaid(b)), "New words from " + child(newer, b.child()) + ".");
        continue;
      }
      ChildsVoice a = olds.get(i);
      String oldPath = "childsVoice[" + i + "]";
      if (!a.child().equals(b.child())) {
        change(Change.Kind.EDITED, Heading.CHILDS_VOICE, path + ".child", Optional.of(a.child()),
            Optional.of(b.child()), "These words are now recorded as " + child(newer, b.child())
                + "'s (were " + child(older, a.child()) + "'s).");
      }
      sayings(oldPath, path, a.child(), b.child(), "worries", "worry", a.worries(), b.worries());
      sayings(oldPath, path, a.child(), b.child(), "goodThings", "good thing", a.goodThings(),
          b.goodThings());
      sayings(oldPath, path, a.child(), b.child(), "dreams", "dream", a.dreams(), b.dreams());
    }
    for (Map.Entry<String, Integer> e : oldByKey.entrySet()) {
      if (!newByKey.containsKey(e.getKey())) {
        ChildsVoice a = olds.get(e.getValue());
        change(Change.Kind.REMOVED, Heading.CHILDS_VOICE, "childsVoice[" + e.getValue() + "]",
            Optional.of(allSaid(a)), Optional.empty(),
            "The words from " + child(older, a.child()) + " were removed.");
      }
    }
  }

  /** Everything one child said, on one line. */
  private static String allSaid(ChildsVoice v) {
    List<String> all = new ArrayList<>();
    all.addAll(v.worries());
    all.addAll(v.goodThings());
    all.addAll(v.dreams());
    return String.join(" / ", all);
  }

  private static Map<String, Integer> voiceKeys(List<ChildsVoice> entries) {
    Multiset<String> uses = HashMultiset.create();
    entries.forEach(v -> uses.add(v.child()));
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      String child = entries.get(i).child();
      out.put(!child.isBlank() && uses.count(child) == 1 ? "child " + child : "at " + i, i);
    }
    return out;
  }

  private void sayings(String oldPath, String path, String oldChild, String child, String key,
      String noun, List<String> before, List<String> after) {
    Multiset<String> was = HashMultiset.create(before);
    Multiset<String> now = HashMultiset.create(after);
    for (String s : after) {
      if (!was.remove(s)) {
        change(Change.Kind.ADDED, Heading.CHILDS_VOICE, path + "." + key, Optional.empty(),
            Optional.of(s), capital(child(newer, child)) + " has a new " + noun + ": " + quote(s) + ".");
      }
    }
    for (String s : before) {
      if (!now.remove(s)) {
        change(Change.Kind.REMOVED, Heading.CHILDS_VOICE, oldPath + "." + key, Optional.of(s),
            Optional.empty(), "A " + noun + " of " + child(older, oldChild) + "'s is no longer recorded: "
                + quote(s) + ".");
      }
    }
  }

  private void hypothesis() {
    Optional<Hypothesis> a = older.hypothesis();
    Optional<Hypothesis> b = newer.hypothesis();
    if (a.isEmpty() && b.isEmpty()) {
      return;
    }
    if (a.isEmpty() || b.isEmpty()) {
      Optional<String> before = a.map(Hypothesis::statement);
      Optional<String> after = b.map(Hypothesis::statement);
      change(kindOf(before, after), Heading.HYPOTHESIS, "hypothesis", before, after,
          b.isPresent() ? "A hypothesis was written: " + quote(after.get()) + "."
              : "The hypothesis was removed (it said " + quote(before.get()) + ").");
      return;
    }
    hypothesisField("statement", "The hypothesis", Optional.of(a.get().statement()),
        Optional.of(b.get().statement()), true);
    hypothesisField("focus", "The hypothesis's focus", ids(a.get().focus()),
        ids(b.get().focus()), false);
    hypothesisField("expectedChange", "The change the hypothesis expects",
        a.get().expectedChange(), b.get().expectedChange(), true);
  }

  private void hypothesisField(String key, String subject, Optional<String> before,
      Optional<String> after, boolean quoted) {
    if (!before.equals(after)) {
      change(kindOf(before, after), Heading.HYPOTHESIS, "hypothesis." + key, before, after,
          sentence(subject, before, after, quoted));
    }
  }

  private void nextReview() {
    Optional<LocalDate> a = older.plan().nextReview();
    Optional<LocalDate> b = newer.plan().nextReview();
    if (!a.equals(b)) {
      Optional<String> before = a.map(LocalDate::toString);
      Optional<String> after = b.map(LocalDate::toString);
      change(kindOf(before, after), Heading.PLAN, "plan.nextReview", before, after,
          sentence("The next review date", a.map(Comparison::ukDate), b.map(Comparison::ukDate),
              false));
    }
  }

  private void reviews() {
    // Reviews have no ids and are kept oldest first, so new ones come at the end: position is
    // the natural match.
    List<Review> olds = older.reviews();
    List<Review> news = newer.reviews();
    for (int i = 0; i < Math.max(olds.size(), news.size()); i++) {
      String path = "reviews[" + i + "]";
      if (i >= olds.size()) {
        Review r = news.get(i);
        change(Change.Kind.ADDED, Heading.REVIEWS, path, Optional.empty(),
            Optional.of(summary(r)), "A review " + when(r) + " was added: " + outline(r) + ".");
      } else if (i >= news.size()) {
        Review r = olds.get(i);
        change(Change.Kind.REMOVED, Heading.REVIEWS, path, Optional.of(summary(r)),
            Optional.empty(), "The review " + when(r) + " was removed.");
      } else if (!olds.get(i).equals(news.get(i))) {
        Review r = news.get(i);
        change(Change.Kind.EDITED, Heading.REVIEWS, path, Optional.of(summary(olds.get(i))),
            Optional.of(summary(r)), "The record of the review " + when(r) + " was changed: "
                + outline(r) + ".");
      }
    }
  }

  private static String when(Review r) {
    return r.on().map(d -> "on " + ukDate(d)).orElse("with no date");
  }

  /** What a review recorded, in the words of a sentence. */
  private static String outline(Review r) {
    List<String> parts = new ArrayList<>();
    r.by().ifPresent(by -> parts.add("led by " + plain(by)));
    r.scale().forEach((goal, value) -> parts.add("goal " + plain(goal) + " at " + value));
    r.actions().forEach((action, status) -> parts.add("action " + plain(action) + " "
        + words(status)));
    r.notes().ifPresent(notes -> parts.add("notes " + quote(notes)));
    return parts.isEmpty() ? "nothing recorded" : String.join("; ", parts);
  }

  /** A review as one line, close to how a file writes it. */
  private static String summary(Review r) {
    List<String> parts = new ArrayList<>();
    r.on().ifPresent(d -> parts.add("on: " + d));
    r.by().ifPresent(by -> parts.add("by: " + by));
    if (!r.scale().isEmpty()) {
      parts.add("scale: " + r.scale());
    }
    if (!r.actions().isEmpty()) {
      Map<String, String> statuses = new LinkedHashMap<>();
      r.actions().forEach((k, v) -> statuses.put(k, KebabCase.of(v)));
      parts.add("actions: " + statuses);
    }
    r.notes().ifPresent(n -> parts.add("notes: " + n));
    return String.join("; ", parts);
  }

  // ---------------------------------------------------------------------------------------------
  // Words.

  private void change(Change.Kind kind, Heading heading, String path, Optional<String> before,
      Optional<String> after, String description) {
    changes.add(new Change(kind, heading, path, before, after, oneLine(description)));
  }

  /** The main text of an item: a person's name, a factor's statement, an action's wording. */
  private static String text(Item item) {
    if (item instanceof Person p) {
      return p.name();
    }
    if (item instanceof Contributor c) {
      return c.name();
    }
    if (item instanceof PresentingIssue p) {
      return p.statement();
    }
    if (item instanceof Factor f) {
      return f.statement();
    }
    if (item instanceof Goal g) {
      return g.outcome();
    }
    return ((Action) item).action();
  }

  /** An item's main text for a sentence: a name as it is, a statement in quotes. */
  private static String said(Item item) {
    return item instanceof Person || item instanceof Contributor ? plain(text(item))
        : quote(text(item));
  }

  /** What an item is called: "person", "perpetuating factor", "action". */
  private static String noun(Placed p) {
    Item item = p.item();
    if (item instanceof Person) {
      return "person";
    }
    if (item instanceof Contributor) {
      return "contributor";
    }
    if (item instanceof PresentingIssue) {
      return "presenting issue";
    }
    if (item instanceof Factor f) {
      return section(f.kind()) + " factor";
    }
    return item instanceof Goal ? "goal" : "action";
  }

  /** " M1", or " number 3" when the id is blank, to follow a noun. */
  private static String name(Placed p) {
    return p.item().id().isBlank() ? " number " + (p.index() + 1) : " " + plain(p.item().id());
  }

  /** An item named with its noun, to begin a sentence: "Action A1", "Person number 3". */
  private static String capitalName(Placed p) {
    return capital(noun(p)) + name(p);
  }

  // A moved or re-ranked factor is listed under its heading, which says what it is, so its id
  // is name enough, as practitioners say "M2 went up to first".
  private static String shortName(Placed p) {
    return p.item().id().isBlank() ? capitalName(p) : plain(p.item().id());
  }

  private static Optional<String> ids(List<String> ids) {
    return ids.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", ids));
  }

  /** A child by the name the family uses, else by id. */
  private static String child(Formulation f, String id) {
    if (id.isBlank()) {
      return "a child";
    }
    return plain(f.find(id, Person.class).map(Person::name).filter(n -> !n.isBlank())
        .orElse(id));
  }

  static String ukDate(LocalDate date) {
    return UK_DATE.format(date);
  }

  private static String words(Enum<?> value) {
    return KebabCase.of(value).replace('-', ' ');
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** Text quoted for a sentence: on one line, shortened if long, "blank" if there is none. */
  private static String quote(String text) {
    String line = oneLine(text).strip();
    if (line.isEmpty()) {
      return "blank";
    }
    if (line.codePointCount(0, line.length()) > QUOTE_LIMIT) {
      line = line.substring(0, line.offsetByCodePoints(0, QUOTE_LIMIT)).strip() + "…";
    }
    return "\"" + line + "\"";
  }

  /** An id or short value for a sentence, on one line and shortened if long. */
  private static String plain(String text) {
    String q = quote(text);
    return q.equals("blank") ? "(blank)" : q.substring(1, q.length() - 1);
  }

  /** The text with line breaks, tabs and other control characters as single spaces. */
  static String oneLine(String text) {
    StringBuilder s = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (Character.isWhitespace(cp) || type == Character.CONTROL
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
        space = true;
        continue;
      }
      if (space && s.length() > 0) {
        s.append(' ');
      }
      space = false;
      s.appendCodePoint(cp);
    }
    return s.toString();
  }
}
