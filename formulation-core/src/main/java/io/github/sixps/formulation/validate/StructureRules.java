package io.github.sixps.formulation.validate;

import static io.github.sixps.formulation.validate.RuleCategory.STRUCTURE;
import static io.github.sixps.formulation.validate.Severity.ERROR;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Priority;
import io.github.sixps.formulation.model.Review;
import io.github.sixps.formulation.spelling.NearestMatch;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Is the formulation well put together: ids, references, required text, ranges and dates. */
final class StructureRules {
  private StructureRules() {}

  static ImmutableList<Rule> all() {
    return ImmutableList.of(
        BasicRule.of("duplicate-id", STRUCTURE, ERROR,
            "Every item has its own id, so references point at one thing.",
            StructureRules::duplicateIds),
        BasicRule.of("unknown-reference", STRUCTURE, ERROR,
            "Every reference points at an id that exists.",
            StructureRules::unknownReferences),
        BasicRule.of("wrong-reference-kind", STRUCTURE, ERROR,
            "Every reference points at the right kind of item: a goal is for presenting issues,"
                + " an action is owned by a person or contributor, and so on.",
            StructureRules::wrongKinds),
        BasicRule.of("blank-text", STRUCTURE, ERROR,
            "Ids, the title, names, statements, goals and actions are filled in.",
            StructureRules::blankText),
        BasicRule.of("no-presenting-issue", STRUCTURE, ERROR,
            "There is at least one presenting issue: the worry the formulation is about.",
            (c, out) -> {
              if (c.formulation().presenting().isEmpty()) {
                out.report("presenting", "There is no presenting issue yet.",
                    "Write down what everyone is worried about, here and now.");
              }
            }),
        BasicRule.of("out-of-range", STRUCTURE, ERROR,
            "Scales are 0 to 10, priority ratings 1 to 5, a set rank is 1 or more.",
            StructureRules::ranges),
        BasicRule.of("pin-without-reason", STRUCTURE, ERROR,
            "A rank set by hand says why.",
            StructureRules::pinsWithoutReason),
        BasicRule.of("date-order", STRUCTURE, ERROR,
            "Reviews, due dates and the next review come after the formulation date, and "
                + "reviews are listed oldest first.",
            StructureRules::dateOrder));
  }

  private static void duplicateIds(RuleContext c, FindingSink out) {
    Map<String, Item> first = new HashMap<>();
    for (Item item : c.formulation().items()) {
      if (item.id().isBlank()) {
        continue;
      }
      Item earlier = first.putIfAbsent(item.id(), item);
      if (earlier != null) {
        out.report(c.pathOf(item), "The id \"" + item.id() + "\" is already used by the "
            + RuleContext.describe(earlier) + " at " + c.pathOf(earlier) + ".",
            "Give each item its own id.");
      }
    }
  }

  private static void unknownReferences(RuleContext c, FindingSink out) {
    Map<Reference.Target, List<String>> candidates = new HashMap<>();
    for (Reference ref : Reference.all(c)) {
      if (c.find(ref.id()).isPresent()) {
        continue;
      }
      List<String> ids = candidates.computeIfAbsent(ref.target(), t -> c.formulation().items()
          .stream().filter(t::accepts).map(Item::id).distinct().collect(Collectors.toList()));
      Optional<String> near = NearestMatch.among(ref.id(), ids);
      String message = "\"" + ref.id() + "\" is not the id of anything in this formulation; it "
          + "should be " + ref.target().noun() + ".";
      if (near.isPresent()) {
        out.report(ref.path(), message, "Did you mean \"" + near.get() + "\"?");
      } else {
        out.report(ref.path(), message, "Use the id of " + ref.target().noun()
            + " listed in this formulation.");
      }
    }
  }

  private static void wrongKinds(RuleContext c, FindingSink out) {
    for (Reference ref : Reference.all(c)) {
      Optional<Item> item = c.find(ref.id());
      if (item.isPresent() && !ref.target().accepts(item.get())) {
        out.report(ref.path(), "\"" + ref.id() + "\" is a " + RuleContext.describe(item.get())
            + ", but this should be " + ref.target().noun() + ".");
      }
    }
  }

  private static void blankText(RuleContext c, FindingSink out) {
    Formulation f = c.formulation();
    blank(out, "title", f.title(), "The formulation has no title.");
    for (Item item : f.items()) {
      if (item.id().isBlank()) {
        out.report(c.pathOf(item), "This " + RuleContext.describe(item) + " has no id.",
            "Give it a short id, such as P1 or amira, so other parts can refer to it.");
      }
    }
    for (Person p : f.people()) {
      blank(out, c.pathOf(p) + ".name", p.name(), "This person has no name.");
    }
    for (Contributor p : f.contributors()) {
      blank(out, c.pathOf(p) + ".name", p.name(), "This contributor has no name.");
    }
    for (PresentingIssue p : f.presenting()) {
      blank(out, c.pathOf(p) + ".statement", p.statement(), "This presenting issue is blank.");
    }
    for (Factor factor : f.allFactors()) {
      blank(out, c.pathOf(factor) + ".statement", factor.statement(),
          "This " + RuleContext.describe(factor) + " is blank.");
    }
    f.hypothesis().ifPresent(h ->
        blank(out, "hypothesis.statement", h.statement(), "The hypothesis is blank."));
    for (Goal goal : f.plan().goals()) {
      blank(out, c.pathOf(goal) + ".outcome", goal.outcome(), "This goal is blank.");
    }
    for (Action action : f.plan().actions()) {
      blank(out, c.pathOf(action) + ".action", action.action(),
          "This action does not say what will be done.");
    }
  }

  private static void blank(FindingSink out, String path, String text, String message) {
    if (text.isBlank()) {
      out.report(path, message);
    }
  }

  private static void ranges(RuleContext c, FindingSink out) {
    Formulation f = c.formulation();
    for (Person p : f.people()) {
      p.age().filter(a -> a < 0 || a > 120).ifPresent(a ->
          out.report(c.pathOf(p) + ".age", "An age of " + a + " is not possible."));
    }
    for (Factor factor : f.perpetuating()) {
      String at = c.pathOf(factor) + ".priority.";
      factor.priority().ifPresent(p -> {
        rating(out, at + "impact", p.impact());
        rating(out, at + "changeability", p.changeability());
        rating(out, at + "familyPriority", p.familyPriority());
        rating(out, at + "urgency", p.urgency());
        p.pin().filter(rank -> rank < 1).ifPresent(rank ->
            out.report(at + "pin", "A rank set by hand starts at 1, not " + rank + "."));
      });
    }
    for (Goal goal : f.plan().goals()) {
      goal.scale().ifPresent(s -> {
        scale(out, c.pathOf(goal) + ".scale.now", s.now());
        scale(out, c.pathOf(goal) + ".scale.target", s.target());
      });
    }
    for (int i = 0; i < f.reviews().size(); i++) {
      for (Map.Entry<String, Integer> e : f.reviews().get(i).scale().entrySet()) {
        scale(out, RuleContext.pathOf("reviews", i) + ".scale." + e.getKey(), e.getValue());
      }
    }
  }

  private static void rating(FindingSink out, String path, Optional<Integer> value) {
    value.filter(v -> v < 1 || v > 5).ifPresent(v ->
        out.report(path, "Ratings go from 1 to 5; this one is " + v + "."));
  }

  private static void scale(FindingSink out, String path, int value) {
    if (value < 0 || value > 10) {
      out.report(path, "Scales go from 0 to 10; this one is " + value + ".");
    }
  }

  private static void pinsWithoutReason(RuleContext c, FindingSink out) {
    for (Factor factor : c.formulation().perpetuating()) {
      Optional<Priority> p = factor.priority();
      if (p.isPresent() && p.get().pin().isPresent()
          && p.get().reason().map(String::isBlank).orElse(true)) {
        out.report(c.pathOf(factor) + ".priority.reason", "This factor's rank is set by hand, "
            + "but no reason is given.", "Say why, so others can follow the judgement.");
      }
    }
  }

  private static void dateOrder(RuleContext c, FindingSink out) {
    Formulation f = c.formulation();
    Optional<LocalDate> start = f.formulatedOn();
    for (Action action : f.plan().actions()) {
      before(out, c.pathOf(action) + ".due", action.due(), start, "This action is due");
    }
    before(out, "plan.nextReview", f.plan().nextReview(), start, "The next review is");
    LocalDate previous = null;
    for (int i = 0; i < f.reviews().size(); i++) {
      Review review = f.reviews().get(i);
      String at = RuleContext.pathOf("reviews", i) + ".on";
      before(out, at, review.on(), start, "This review is");
      if (review.on().isPresent()) {
        if (previous != null && review.on().get().isBefore(previous)) {
          out.report(at, "This review (" + review.on().get() + ") is listed after one on "
              + previous + ".", "List reviews oldest first.");
        }
        previous = review.on().get();
      }
    }
  }

  private static void before(FindingSink out, String path, Optional<LocalDate> date,
      Optional<LocalDate> start, String what) {
    if (date.isPresent() && start.isPresent() && date.get().isBefore(start.get())) {
      out.report(path, what + " on " + date.get() + ", before the formulation date, "
          + start.get() + ".");
    }
  }
}
