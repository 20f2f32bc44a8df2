package io.github.sixps.formulation.validate;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Partnership;
import io.github.sixps.formulation.model.SiblingLink;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.model.Review;
import java.util.List;
import java.util.function.Predicate;

/**
 * One place where a formulation refers to an item by id, with the kind of item it must be. The
 * reference rules walk these, so that every reference is checked the same way.
 */
record Reference(String path, String id, Target target) {

  /** What a reference may point at. */
  enum Target {
    PERSON_OR_CONTRIBUTOR("a person or contributor",
        i -> i instanceof Person || i instanceof Contributor),
    PERSON("a person", i -> i instanceof Person),
    CONTRIBUTOR("a contributor", i -> i instanceof Contributor),
    PRESENTING_ISSUE("a presenting issue", i -> i instanceof PresentingIssue),
    PERPETUATING_FACTOR("a perpetuating factor",
        i -> i instanceof Factor && ((Factor) i).kind() == FactorKind.PERPETUATING),
    PERPETUATING_OR_PROTECTIVE("a perpetuating or protective factor",
        i -> i instanceof Factor && (((Factor) i).kind() == FactorKind.PERPETUATING
            || ((Factor) i).kind() == FactorKind.PROTECTIVE)),
    GOAL("a goal", i -> i instanceof Goal),
    ACTION("an action", i -> i instanceof Action),
    EVENT("an event in the chronology", i -> i instanceof Event);

    private final String noun;
    private final Predicate<Item> accepts;

    Target(String noun, Predicate<Item> accepts) {
      this.noun = noun;
      this.accepts = accepts;
    }

    String noun() {
      return noun;
    }

    boolean accepts(Item item) {
      return accepts.test(item);
    }
  }

  /** Every reference in the formulation, in document order. */
  static ImmutableList<Reference> all(RuleContext context) {
    Formulation f = context.formulation();
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    for (PresentingIssue p : f.presenting()) {
      list(refs, context.pathOf(p) + ".sources", p.sources(), Target.PERSON_OR_CONTRIBUTOR);
    }
    for (Factor factor : f.allFactors()) {
      String at = context.pathOf(factor);
      list(refs, at + ".explains", factor.explains(), Target.PRESENTING_ISSUE);
      list(refs, at + ".sources", factor.sources(), Target.PERSON_OR_CONTRIBUTOR);
      list(refs, at + ".events", factor.events(), Target.EVENT);
    }
    for (Event e : f.events()) {
      list(refs, context.pathOf(e) + ".people", e.people(), Target.PERSON);
    }
    family(refs, f.family());
    for (int i = 0; i < f.childsVoice().size(); i++) {
      ChildsVoice voice = f.childsVoice().get(i);
      if (!voice.child().isEmpty()) {
        refs.add(new Reference(RuleContext.pathOf("childsVoice", i) + ".child", voice.child(),
            Target.PERSON));
      }
    }
    f.hypothesis().ifPresent(h ->
        list(refs, "hypothesis.focus", h.focus(), Target.PERPETUATING_FACTOR));
    for (Goal goal : f.plan().goals()) {
      list(refs, context.pathOf(goal) + ".for", goal.forIssues(), Target.PRESENTING_ISSUE);
    }
    for (Action action : f.plan().actions()) {
      String at = context.pathOf(action);
      // A blank owner is no reference: action-without-owner reports it.
      action.owner().filter(o -> !o.isBlank()).ifPresent(o ->
          refs.add(new Reference(at + ".owner", o, Target.PERSON_OR_CONTRIBUTOR)));
      list(refs, at + ".addresses", action.addresses(), Target.PERPETUATING_OR_PROTECTIVE);
      list(refs, at + ".goals", action.goals(), Target.GOAL);
    }
    for (int i = 0; i < f.reviews().size(); i++) {
      Review review = f.reviews().get(i);
      String at = RuleContext.pathOf("reviews", i);
      review.by().ifPresent(b -> refs.add(new Reference(at + ".by", b, Target.CONTRIBUTOR)));
      review.scale().keySet().forEach(g ->
          refs.add(new Reference(at + ".scale." + g, g, Target.GOAL)));
      review.actions().keySet().forEach(a ->
          refs.add(new Reference(at + ".actions." + a, a, Target.ACTION)));
    }
    return refs.build();
  }

  /** The people the family tree joins, each of whom must be in {@code people}. */
  private static void family(ImmutableList.Builder<Reference> refs, FamilyTree tree) {
    for (int i = 0; i < tree.parents().size(); i++) {
      ParentLink link = tree.parents().get(i);
      String at = RuleContext.pathOf("family.parents", i);
      refs.add(new Reference(at + ".parent", link.parent(), Target.PERSON));
      refs.add(new Reference(at + ".child", link.child(), Target.PERSON));
    }
    for (int i = 0; i < tree.partnerships().size(); i++) {
      Partnership p = tree.partnerships().get(i);
      String at = RuleContext.pathOf("family.partnerships", i);
      refs.add(new Reference(at + ".first", p.first(), Target.PERSON));
      refs.add(new Reference(at + ".second", p.second(), Target.PERSON));
    }
    for (int i = 0; i < tree.siblings().size(); i++) {
      SiblingLink s = tree.siblings().get(i);
      String at = RuleContext.pathOf("family.siblings", i);
      refs.add(new Reference(at + ".first", s.first(), Target.PERSON));
      refs.add(new Reference(at + ".second", s.second(), Target.PERSON));
    }
    for (int i = 0; i < tree.households().size(); i++) {
      list(refs, RuleContext.pathOf("family.households", i) + ".members",
          tree.households().get(i).members(), Target.PERSON);
    }
  }

  private static void list(ImmutableList.Builder<Reference> refs, String path, List<String> ids,
      Target target) {
    for (int i = 0; i < ids.size(); i++) {
      refs.add(new Reference(path + "[" + i + "]", ids.get(i), target));
    }
  }
}
