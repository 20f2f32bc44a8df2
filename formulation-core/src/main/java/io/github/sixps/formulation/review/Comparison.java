package io.github.sixps.formulation.review;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import io.github.sixps.formulation.internal.ItemPaths;
import io.github.sixps.formulation.internal.KebabCase;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
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
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Works out the changes between two versions of a formulation for {@link FormulationDiff}: items
 * matched by id across the whole formulation, by position where an id is blank or repeated, then
 * compared field by field.
 *
 * <p>The sentences are written for a supervisor reading them cold, in an email or on a screen:
 * people by name rather than by id, a long text that was reworded shown by the words that
 * changed, a review by its scores against the ones before.
 */
final class Comparison {
  static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final int QUOTE_LIMIT = 160;
  /** Texts with fewer words than this are quoted whole when they change. */
  private static final int SHORT_TEXT_WORDS = 16;

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
      RankedFactor now = newRanks.get(n.item());
      if (o == null || o.item().getClass() != n.item().getClass()) {
        change(Change.Kind.ADDED, n.heading(), n.path(), Optional.empty(),
            Optional.of(text(n.item())), added(n, now));
        continue;
      }
      if (!o.list().equals(n.list())) {
        change(Change.Kind.MOVED, n.heading(), n.path(), Optional.of(o.path()),
            Optional.of(n.path()), shortName(n) + " moved from "
                + o.heading().label().toLowerCase(Locale.ROOT) + " to "
                + n.heading().label().toLowerCase(Locale.ROOT) + ".");
      }
      // The new place first, then the ratings that explain it.
      rank(o, n, oldRanks.get(o.item()), now);
      fields(o, n);
    }
    for (Placed o : olds) {
      Placed n = newByKey.get(o.key());
      if (n == null || o.item().getClass() != n.item().getClass()) {
        change(Change.Kind.REMOVED, o.heading(), o.path(), Optional.of(text(o.item())),
            Optional.empty(), removed(o));
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

  private void rank(Placed o, Placed n, RankedFactor was, RankedFactor now) {
    if ((was == null && now == null)
        || (was != null && now != null && was.rank() == now.rank())) {
      return;
    }
    Optional<String> before = Optional.ofNullable(was).map(r -> Integer.toString(r.rank()));
    Optional<String> after = Optional.ofNullable(now).map(r -> Integer.toString(r.rank()));
    String who = shortName(n);
    String description = was == null ? who + " is now ranked " + now.ordinal() + "."
        : now == null ? who + " is no longer ranked (was " + was.ordinal() + ")."
        : who + " moved " + (now.rank() < was.rank() ? "up" : "down") + " from "
            + was.ordinal() + " to " + now.ordinal() + " in the ranking.";
    fieldChange(o, n, "rank", before, after, description);
  }

  /** An item that is new, with what a reader needs to place it. */
  private String added(Placed n, RankedFactor rank) {
    Item item = n.item();
    if (item instanceof Person p) {
      List<String> about = new ArrayList<>();
      p.role().ifPresent(r -> about.add(words(r)));
      p.age().ifPresent(a -> about.add("aged " + a));
      return "New person: " + label(p.name(), p.id()) + bracketed(about) + ".";
    }
    if (item instanceof Contributor c) {
      List<String> about = new ArrayList<>();
      c.role().filter(r -> !r.isBlank()).ifPresent(r -> about.add(plain(r)));
      c.agency().filter(a -> !a.isBlank()).ifPresent(a -> about.add(plain(a)));
      return "New contributor: " + label(c.name(), c.id()) + bracketed(about) + ".";
    }
    List<String> about = new ArrayList<>();
    if (rank != null) {
      about.add("ranked " + rank.ordinal());
    }
    if (item instanceof Goal g) {
      g.scale().ifPresent(s -> about.add("now " + s.now() + ", hoping for " + s.target()));
    }
    if (item instanceof Action a) {
      a.owner().ifPresent(owner -> about.add(name(newer, owner)));
      a.due().ifPresent(d -> about.add("by " + ukDate(d)));
    }
    return "New " + noun(n) + name(n) + bracketed(about) + ": " + said(item) + ".";
  }

  private String removed(Placed o) {
    Item item = o.item();
    if (item instanceof Person p) {
      return "Person " + label(p.name(), p.id()) + " was removed.";
    }
    if (item instanceof Contributor c) {
      return "Contributor " + label(c.name(), c.id()) + " was removed.";
    }
    return capitalName(o) + " was removed (" + said(item) + ").";
  }

  private static String bracketed(List<String> parts) {
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  // ---------------------------------------------------------------------------------------------
  // Field by field.

  private void fields(Placed o, Placed n) {
    Item a = o.item();
    Item b = n.item();
    if (a instanceof Person p && b instanceof Person q) {
      String who = label(q.name(), q.id());
      text(o, n, "name", capitalName(n) + "'s name", p.name(), q.name());
      value(o, n, "role", who + "'s role", p.role().map(KebabCase::of),
          q.role().map(KebabCase::of), Comparison::plainWords);
      value(o, n, "age", who + "'s age", p.age().map(String::valueOf),
          q.age().map(String::valueOf), Comparison::plain);
    } else if (a instanceof Contributor p && b instanceof Contributor q) {
      String who = label(q.name(), q.id());
      text(o, n, "name", capitalName(n) + "'s name", p.name(), q.name());
      text(o, n, "role", who + "'s role", p.role(), q.role());
      text(o, n, "agency", who + "'s organisation", p.agency(), q.agency());
    } else if (a instanceof PresentingIssue p && b instanceof PresentingIssue q) {
      String who = shortName(n);
      text(o, n, "statement", who, p.statement(), q.statement());
      value(o, n, "domain", who + "'s area",
          p.domain().map(KebabCase::of), q.domain().map(KebabCase::of), Comparison::plainWords);
      sources(o, n, who, p.sources(), q.sources());
    } else if (a instanceof Factor p && b instanceof Factor q) {
      String who = shortName(n);
      text(o, n, "statement", who, p.statement(), q.statement());
      list(o, n, "explains", who, "explains", p.explains(), q.explains());
      sources(o, n, who, p.sources(), q.sources());
      text(o, n, "evidence", "The evidence for " + who, p.evidence(), q.evidence());
      priority(o, n, who, p.priority().orElse(Priority.none()),
          q.priority().orElse(Priority.none()));
    } else if (a instanceof Goal p && b instanceof Goal q) {
      String who = capitalName(n);
      text(o, n, "outcome", who, p.outcome(), q.outcome());
      list(o, n, "for", who, "answers", p.forIssues(), q.forIssues());
      value(o, n, "scale.now", who + "'s starting scale", p.scale().map(s -> "" + s.now()),
          q.scale().map(s -> "" + s.now()), Comparison::plain);
      value(o, n, "scale.target", who + "'s target",
          p.scale().map(GoalScale::target).map(String::valueOf),
          q.scale().map(GoalScale::target).map(String::valueOf), Comparison::plain);
    } else if (a instanceof Action p && b instanceof Action q) {
      action(o, n, p, q);
    }
  }

  private void priority(Placed o, Placed n, String who, Priority p, Priority q) {
    ratings(o, n, who, p, q);
    if (!p.pin().equals(q.pin())) {
      Optional<String> before = p.pin().map(String::valueOf);
      Optional<String> after = q.pin().map(String::valueOf);
      fieldChange(o, n, "priority.pin", before, after, q.pin().isEmpty()
          ? who + " is no longer placed by hand (was placed at " + before.get() + ")."
          : who + " is now placed at " + after.get() + " by hand"
              + before.map(b -> " (was " + b + ")").orElse("") + ".");
    }
    text(o, n, "priority.reason", "The reason for " + who + "'s place", p.reason(), q.reason());
  }

  private static final List<String> RATING_KEYS =
      List.of("impact", "changeability", "familyPriority", "urgency");
  private static final List<String> RATING_NOUNS =
      List.of("impact", "ease of change", "importance to the family", "urgency");

  private static List<Optional<Integer>> ratings(Priority p) {
    return List.of(p.impact(), p.changeability(), p.familyPriority(), p.urgency());
  }

  /**
   * The four ratings as one change at {@code priority}, since they are read together: "M2 is
   * now rated 4 for impact (was 5) and 2 for urgency (was 3)."
   */
  private void ratings(Placed o, Placed n, String who, Priority p, Priority q) {
    List<Optional<Integer>> was = ratings(p);
    List<Optional<Integer>> now = ratings(q);
    if (was.equals(now)) {
      return;
    }
    List<String> rated = new ArrayList<>();
    List<String> unrated = new ArrayList<>();
    for (int i = 0; i < RATING_KEYS.size(); i++) {
      Optional<Integer> before = was.get(i);
      Optional<Integer> after = now.get(i);
      if (before.equals(after)) {
        continue;
      }
      String noun = RATING_NOUNS.get(i);
      if (after.isPresent()) {
        rated.add(after.get() + " for " + noun + before.map(b -> " (was " + b + ")").orElse(""));
      } else {
        unrated.add(noun + " (was " + before.get() + ")");
      }
    }
    String sentence = rated.isEmpty()
        ? who + " is no longer rated for " + joinedWithAnd(unrated) + "."
        : who + " is now rated " + joinedWithAnd(rated)
            + (unrated.isEmpty() ? "" : ", and no longer for " + joinedWithAnd(unrated)) + ".";
    fieldChange(o, n, "priority", ratingsText(was), ratingsText(now), sentence);
  }

  /** The ratings given, as a file writes them: "impact: 5, urgency: 3". */
  private static Optional<String> ratingsText(List<Optional<Integer>> values) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < RATING_KEYS.size(); i++) {
      int k = i;
      values.get(i).ifPresent(v -> parts.add(RATING_KEYS.get(k) + ": " + v));
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
  }

  private void action(Placed o, Placed n, Action p, Action q) {
    String who = capitalName(n);
    text(o, n, "action", who, p.action(), q.action());
    if (!p.owner().equals(q.owner())) {
      fieldChange(o, n, "owner", p.owner(), q.owner(), q.owner().isEmpty()
          ? who + " no longer has an owner (was " + name(older, p.owner().get()) + ")."
          : who + " is now owned by " + name(newer, q.owner().get())
              + p.owner().map(x -> " (was " + name(older, x) + ")").orElse("") + ".");
    }
    list(o, n, "addresses", who, "works on", p.addresses(), q.addresses());
    list(o, n, "goals", who, "serves", p.goals(), q.goals());
    if (!p.due().equals(q.due())) {
      fieldChange(o, n, "due", p.due().map(LocalDate::toString), q.due().map(LocalDate::toString),
          q.due().isEmpty()
              ? who + " no longer has a due date (was " + ukDate(p.due().get()) + ")."
              : who + " is now due on " + ukDate(q.due().get())
                  + p.due().map(d -> " (was " + ukDate(d) + ")").orElse("") + ".");
    }
    text(o, n, "measure", who + "'s measure", p.measure(), q.measure());
    if (p.status() != q.status()) {
      fieldChange(o, n, "status", Optional.of(KebabCase.of(p.status())),
          Optional.of(KebabCase.of(q.status())), who + " is now " + words(q.status()) + " (was "
              + words(p.status()) + ").");
    }
  }

  /** A short value that changed, such as a role or an age, shown by {@code show}. */
  private void value(Placed o, Placed n, String key, String subject, Optional<String> before,
      Optional<String> after, Function<String, String> show) {
    if (!before.equals(after)) {
      fieldChange(o, n, key, before, after, sentence(subject, before, after, show));
    }
  }

  private void text(Placed o, Placed n, String key, String subject, String before,
      String after) {
    text(o, n, key, subject, Optional.of(before), Optional.of(after));
  }

  /** Free text that changed, in the words of {@link #reworded}. */
  private void text(Placed o, Placed n, String key, String subject, Optional<String> before,
      Optional<String> after) {
    if (!before.equals(after)) {
      fieldChange(o, n, key, before, after, reworded(subject, before, after));
    }
  }

  /**
   * A list of ids that changed, said as what joined it and what left it: "T3 now also explains
   * P1, and no longer explains P2."
   */
  private void list(Placed o, Placed n, String key, String subject, String verb,
      List<String> before, List<String> after) {
    if (!before.equals(after)) {
      fieldChange(o, n, key, joined(before), joined(after),
          listSentence(subject, verb, before, after));
    }
  }

  /** Whose views an item records, said by their names. */
  private void sources(Placed o, Placed n, String subject, List<String> before,
      List<String> after) {
    if (!before.equals(after)) {
      fieldChange(o, n, "sources", joined(before), joined(after), listSentence(subject,
          "records the view of", names(older, before), names(newer, after)));
    }
  }

  private static String listSentence(String subject, String verb, List<String> before,
      List<String> after) {
    Set<String> gained = new LinkedHashSet<>(after);
    before.forEach(gained::remove);
    Set<String> lost = new LinkedHashSet<>(before);
    after.forEach(lost::remove);
    if (gained.isEmpty() && lost.isEmpty()) {
      // Names can match while ids differ: the same people, written under new ids.
      return before.equals(after)
          ? subject + " " + verb + " " + and(after) + " as before, under different ids."
          : subject + " " + verb + " the same, in a new order: " + and(after) + " (was "
              + and(before) + ").";
    }
    List<String> parts = new ArrayList<>();
    if (!gained.isEmpty()) {
      parts.add((before.isEmpty() ? "now " : "now also ") + verb + " " + and(gained));
    }
    if (!lost.isEmpty()) {
      parts.add("no longer " + verb + " " + and(lost));
    }
    return subject + " " + String.join(", and ", parts) + ".";
  }

  private static Optional<String> joined(List<String> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
  }

  /** "A", "A and B", "A, B and C", each value on one line and shortened if long. */
  private static String and(Iterable<String> values) {
    List<String> shown = new ArrayList<>();
    values.forEach(v -> shown.add(plain(v)));
    return joinedWithAnd(shown);
  }

  /** "A", "A and B", "A, B and C", of parts already fit for a sentence. */
  private static String joinedWithAnd(List<String> shown) {
    if (shown.size() < 2) {
      return shown.isEmpty() ? "nothing" : shown.get(0);
    }
    return String.join(", ", shown.subList(0, shown.size() - 1)) + " and "
        + shown.get(shown.size() - 1);
  }

  /**
   * A sentence for free text that changed. Short texts are quoted whole; a longer one that was
   * reworded is shown by the words that changed, with a little context:
   * {@code Action A1's measure now reads "…from 11 December. Zofia…" (was "…from 27 November.
   * Zofia…").}
   */
  private static String reworded(String subject, Optional<String> before,
      Optional<String> after) {
    if (before.isEmpty() || after.isEmpty() || before.get().isBlank() || after.get().isBlank()
        || wordCount(before.get()) < SHORT_TEXT_WORDS
            && wordCount(after.get()) < SHORT_TEXT_WORDS) {
      return sentence(subject, before, after, Comparison::quote);
    }
    List<Rewording.Piece> pieces = Rewording.between(before.get(), after.get());
    if (pieces.isEmpty()) {
      return subject + " changed only in its spacing or line breaks.";
    }
    List<String> shown = new ArrayList<>();
    for (Rewording.Piece p : pieces) {
      shown.add(quote(p.after()) + " (was " + quote(p.before()) + ")");
    }
    return subject + " now reads " + joinedWithAnd(shown) + ".";
  }

  private static int wordCount(String text) {
    String line = oneLine(text).strip();
    return line.isEmpty() ? 0 : line.split(" ").length;
  }

  private static String sentence(String subject, Optional<String> before,
      Optional<String> after, Function<String, String> show) {
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
        Comparison::quote);
    headerField("title", "The title", Optional.of(older.title()), Optional.of(newer.title()),
        Comparison::quote);
    if (!older.formulatedOn().equals(newer.formulatedOn())) {
      Optional<String> before = older.formulatedOn().map(LocalDate::toString);
      Optional<String> after = newer.formulatedOn().map(LocalDate::toString);
      change(kindOf(before, after), Heading.HEADER, "formulatedOn", before, after,
          sentence("The formulation date", older.formulatedOn().map(Comparison::ukDate),
              newer.formulatedOn().map(Comparison::ukDate), Comparison::plain));
    }
    headerField("status", "The status", Optional.of(KebabCase.of(older.status())),
        Optional.of(KebabCase.of(newer.status())), Comparison::plainWords);
    headerField("framework", "The practice framework", older.framework(), newer.framework(),
        Comparison::quote);
  }

  private void headerField(String path, String subject, Optional<String> before,
      Optional<String> after, Function<String, String> show) {
    if (!before.equals(after)) {
      change(kindOf(before, after), Heading.HEADER, path, before, after,
          sentence(subject, before, after, show));
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
            Optional.of(s), capital(child(newer, child)) + " has a new " + noun + ": " + quote(s)
                + ".");
      }
    }
    for (String s : before) {
      if (!now.remove(s)) {
        change(Change.Kind.REMOVED, Heading.CHILDS_VOICE, oldPath + "." + key, Optional.of(s),
            Optional.empty(), "A " + noun + " of " + child(older, oldChild)
                + "'s is no longer recorded: " + quote(s) + ".");
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
    Hypothesis p = a.get();
    Hypothesis q = b.get();
    if (!p.statement().equals(q.statement())) {
      change(Change.Kind.EDITED, Heading.HYPOTHESIS, "hypothesis.statement",
          Optional.of(p.statement()), Optional.of(q.statement()),
          reworded("The hypothesis", Optional.of(p.statement()), Optional.of(q.statement())));
    }
    if (!p.focus().equals(q.focus())) {
      change(kindOf(joined(p.focus()), joined(q.focus())), Heading.HYPOTHESIS, "hypothesis.focus",
          joined(p.focus()), joined(q.focus()),
          listSentence("The hypothesis", "centres on", p.focus(), q.focus()));
    }
    if (!p.expectedChange().equals(q.expectedChange())) {
      change(kindOf(p.expectedChange(), q.expectedChange()), Heading.HYPOTHESIS,
          "hypothesis.expectedChange", p.expectedChange(), q.expectedChange(),
          reworded("The change the hypothesis expects", p.expectedChange(),
              q.expectedChange()));
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
              Comparison::plain));
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
            Optional.of(summary(r)), "A review " + when(r) + " was added" + outline(newer, i));
      } else if (i >= news.size()) {
        Review r = olds.get(i);
        change(Change.Kind.REMOVED, Heading.REVIEWS, path, Optional.of(summary(r)),
            Optional.empty(), "The review " + when(r) + " was removed.");
      } else if (!olds.get(i).equals(news.get(i))) {
        Review r = news.get(i);
        change(Change.Kind.EDITED, Heading.REVIEWS, path, Optional.of(summary(olds.get(i))),
            Optional.of(summary(r)), "The record of the review " + when(r) + " was changed"
                + outline(newer, i));
      }
    }
  }

  private static String when(Review r) {
    return r.on().map(d -> "on " + ukDate(d)).orElse("with no date");
  }

  /**
   * What the review at {@code index} of {@code f} recorded, to follow "A review on … was added":
   * who led it, each goal's score against the one before, the actions by status, the notes.
   */
  private static String outline(Formulation f, int index) {
    Review r = f.reviews().get(index);
    StringBuilder s = new StringBuilder();
    r.by().ifPresent(by -> s.append(", led by ").append(name(f, by)));
    s.append('.');
    List<String> scores = new ArrayList<>();
    r.scale().forEach((goal, value) -> scores.add(score(f, index, goal, value)));
    if (!scores.isEmpty()) {
      s.append(" Goal scales: ").append(String.join("; ", scores)).append('.');
    }
    Map<ActionStatus, List<String>> byStatus = new EnumMap<>(ActionStatus.class);
    r.actions().forEach((action, status) ->
        byStatus.computeIfAbsent(status, x -> new ArrayList<>()).add(action));
    List<String> statuses = new ArrayList<>();
    for (ActionStatus status : new ActionStatus[] {ActionStatus.DONE, ActionStatus.IN_PROGRESS,
        ActionStatus.NOT_STARTED, ActionStatus.DROPPED}) {
      if (byStatus.containsKey(status)) {
        statuses.add(and(byStatus.get(status)) + " " + words(status));
      }
    }
    if (!statuses.isEmpty()) {
      s.append(" Actions: ").append(String.join("; ", statuses)).append('.');
    }
    r.notes().ifPresent(notes -> s.append(" Notes: ").append(quote(notes)).append('.'));
    if (scores.isEmpty() && statuses.isEmpty() && r.notes().isEmpty() && r.by().isEmpty()) {
      return ", with nothing recorded.";
    }
    return s.toString();
  }

  /** "G1 up from 3 to 5": against the goal's last score before this review, or its start. */
  private static String score(Formulation f, int index, String goal, int value) {
    Optional<Integer> was = Optional.empty();
    for (int i = index - 1; i >= 0 && was.isEmpty(); i--) {
      was = Optional.ofNullable(f.reviews().get(i).scale().get(goal));
    }
    if (was.isEmpty()) {
      was = f.find(goal, Goal.class).flatMap(Goal::scale).map(GoalScale::now);
    }
    String id = plain(goal);
    if (was.isEmpty()) {
      return id + " at " + value;
    }
    int w = was.get();
    return w == value ? id + " still at " + value
        : id + (value > w ? " up" : " down") + " from " + w + " to " + value;
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
    changes.add(new Change(kind, heading, path, before, after, ended(oneLine(description))));
  }

  /**
   * The sentence without a full stop doubled after a quotation that ends one already:
   * {@code a new worry: "Why?".} becomes {@code a new worry: "Why?"}.
   */
  private static String ended(String sentence) {
    int n = sentence.length();
    if (n >= 3 && sentence.endsWith("\".") && ".?!…".indexOf(sentence.charAt(n - 3)) >= 0) {
      return sentence.substring(0, n - 1);
    }
    return sentence;
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

  // A presenting issue or factor is listed under its heading, which says what it is, so its id
  // is name enough, as practitioners say "M2 went up to first".
  private static String shortName(Placed p) {
    return p.item().id().isBlank() ? capitalName(p) : plain(p.item().id());
  }

  /** A person or contributor by name, as the formulation knows them; else the id as written. */
  private static String name(Formulation f, String id) {
    if (id.isBlank()) {
      return "(blank)";
    }
    Optional<Item> item = f.find(id).filter(i -> i instanceof Person || i instanceof Contributor);
    return plain(item.map(Comparison::text).filter(n -> !n.isBlank()).orElse(id));
  }

  private static List<String> names(Formulation f, List<String> ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(name(f, id)));
    return out;
  }

  /** A name, or the id when the name is blank, for a sentence. */
  private static String label(String name, String id) {
    return plain(name.isBlank() ? id : name);
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

  /** A lower-kebab-case value in words: "young-person" as "young person". */
  private static String plainWords(String value) {
    return plain(value).replace('-', ' ');
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /**
   * Text quoted for a sentence: on one line, "blank" if there is none, and if long, cut at a
   * word and ended with "…".
   */
  private static String quote(String text) {
    String line = oneLine(text).strip();
    if (line.isEmpty()) {
      return "blank";
    }
    if (line.codePointCount(0, line.length()) > QUOTE_LIMIT) {
      int cut = line.offsetByCodePoints(0, QUOTE_LIMIT);
      int space = line.lastIndexOf(' ', cut);
      // At a word if one ends in the second half; a text with no spaces is cut where it is.
      String head = line.substring(0, space > cut / 2 ? space : cut).strip();
      line = stripEnd(head, ",;:.-–—") + "…";
    }
    return "\"" + line + "\"";
  }

  private static String stripEnd(String s, String characters) {
    int end = s.length();
    while (end > 1 && characters.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
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
