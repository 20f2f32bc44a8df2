package io.github.sixps.formulation.validate;

import static io.github.sixps.formulation.validate.RuleCategory.PRACTICE;
import static io.github.sixps.formulation.validate.Severity.INFO;
import static io.github.sixps.formulation.validate.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PresentingIssue;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Good practice in Rethink formulation: strengths, the child's voice, a linked-up plan. */
final class PracticeRules {
  private PracticeRules() {}

  static ImmutableList<Rule> all() {
    return ImmutableList.of(
        BasicRule.of("no-strengths", PRACTICE, WARNING,
            "There is at least one protective factor: there are always strengths.",
            (c, out) -> {
              if (c.formulation().protective().isEmpty()) {
                out.report("protective", "No strengths are recorded.",
                    "Ask what is helping and who is there for the family, and add it under "
                        + "protective factors.");
              }
            }),
        BasicRule.of("no-perpetuating-factors", PRACTICE, WARNING,
            "There is at least one perpetuating factor for the plan to work on.",
            (c, out) -> {
              if (c.formulation().perpetuating().isEmpty()) {
                out.report("perpetuating", "Nothing is recorded as keeping the worries going.",
                    "Ask what keeps things going; these factors become the focus of the plan.");
              }
            }),
        BasicRule.of("unexplained-presenting-issue", PRACTICE, WARNING,
            "Every presenting issue is explained by at least one factor.",
            PracticeRules::unexplained),
        BasicRule.of("no-hypothesis", PRACTICE, WARNING,
            "There is a hypothesis, and it names the perpetuating factors it centres on.",
            PracticeRules::hypothesis),
        BasicRule.of("focus-not-addressed", PRACTICE, WARNING,
            "Every perpetuating factor in the hypothesis focus is addressed by an action.",
            PracticeRules::focusNotAddressed),
        BasicRule.of("action-unlinked", PRACTICE, WARNING,
            "Every action works on a factor or serves a goal.",
            (c, out) -> {
              for (Action a : c.formulation().plan().actions()) {
                if (a.addresses().isEmpty() && a.goals().isEmpty()) {
                  out.report(c.pathOf(a), "This action is not linked to any factor or goal.",
                      "Say which factor it works on or which goal it serves.");
                }
              }
            }),
        BasicRule.of("goal-unlinked", PRACTICE, WARNING,
            "Every goal answers at least one presenting issue.",
            (c, out) -> {
              for (Goal g : c.formulation().plan().goals()) {
                if (g.forIssues().isEmpty()) {
                  out.report(c.pathOf(g) + ".for", "This goal is not linked to a presenting "
                      + "issue.", "Say which worry it answers.");
                }
              }
            }),
        BasicRule.of("goal-without-scale", PRACTICE, WARNING,
            "Every goal has a 0 to 10 scale, now and hoped for, so progress can be seen.",
            (c, out) -> {
              for (Goal g : c.formulation().plan().goals()) {
                if (g.scale().isEmpty()) {
                  out.report(c.pathOf(g) + ".scale", "This goal has no scale.",
                      "Ask the family where things are now from 0 to 10, and where they want "
                          + "to get to.");
                }
              }
            }),
        BasicRule.of("no-family-owned-action", PRACTICE, WARNING,
            "At least one action is owned by the family or its network: work with families, "
                + "not to or for them.",
            PracticeRules::familyOwned),
        BasicRule.of("no-childs-voice", PRACTICE, WARNING,
            "The child's own words are recorded: worries, good things and dreams.",
            PracticeRules::childsVoice),
        BasicRule.of("single-perspective", PRACTICE, INFO,
            "The statements come from more than one person's view.",
            PracticeRules::singlePerspective));
  }

  private static void unexplained(RuleContext c, FindingSink out) {
    Formulation f = c.formulation();
    Set<String> explained = new HashSet<>();
    for (Factor factor : f.allFactors()) {
      explained.addAll(factor.explains());
    }
    for (PresentingIssue p : f.presenting()) {
      if (!explained.contains(p.id())) {
        out.report(c.pathOf(p), "No factor explains this presenting issue yet.",
            "Ask what made the family vulnerable to it, why now, and what keeps it going.");
      }
    }
  }

  private static void hypothesis(RuleContext c, FindingSink out) {
    Optional<Hypothesis> h = c.formulation().hypothesis();
    if (h.isEmpty()) {
      out.report("hypothesis", "There is no hypothesis yet.",
          "Write a working theory: what keeps the worries going, and what will change if it "
              + "is addressed.");
    } else if (h.get().focus().isEmpty()) {
      out.report("hypothesis.focus", "The hypothesis does not say which perpetuating factors it "
          + "centres on.", "List their ids under focus.");
    }
  }

  private static void focusNotAddressed(RuleContext c, FindingSink out) {
    Formulation f = c.formulation();
    Set<String> addressed = new HashSet<>();
    for (Action a : f.plan().actions()) {
      addressed.addAll(a.addresses());
    }
    f.hypothesis().ifPresent(h -> {
      for (int i = 0; i < h.focus().size(); i++) {
        String id = h.focus().get(i);
        // A focus that is not a perpetuating factor is the reference rules' one finding.
        if (!addressed.contains(id) && isPerpetuating(c, id)) {
          out.report("hypothesis.focus[" + i + "]", "The hypothesis centres on " + id
              + ", but no action works on it.", "Add an action that addresses " + id + ".");
        }
      }
    });
  }

  static boolean isPerpetuating(RuleContext c, String id) {
    return c.find(id).filter(i -> i instanceof Factor
        && ((Factor) i).kind() == FactorKind.PERPETUATING).isPresent();
  }

  private static void familyOwned(RuleContext c, FindingSink out) {
    Formulation f = c.formulation();
    if (f.plan().actions().isEmpty()) {
      return;
    }
    boolean family = false;
    boolean professionalsOnly = true;
    for (Action a : f.plan().actions()) {
      Optional<String> owner = a.owner().filter(o -> !o.isBlank());
      Optional<Item> item = owner.flatMap(c::find);
      if (owner.isPresent() && !item.filter(i -> i instanceof Person
          || i instanceof Contributor).isPresent()) {
        // Mistyped, or of the wrong kind: that is the reference rules' one finding, and the
        // owner meant may be the family.
        return;
      }
      family |= item.filter(i -> i instanceof Person).isPresent();
      professionalsOnly &= item.isPresent();
    }
    if (!family) {
      out.report("plan.actions", professionalsOnly ? "Every action is owned by a professional."
          : "No action is owned by the family or its network.",
          "Agree at least one action that the family or someone in its network will own.");
    }
  }

  private static void childsVoice(RuleContext c, FindingSink out) {
    // A blank line, as the template from `formulation new` has, is a child not yet heard.
    boolean heard = c.formulation().childsVoice().stream().anyMatch(v ->
        said(v.worries()) || said(v.goodThings()) || said(v.dreams()));
    if (!heard) {
      out.report("childsVoice", "The child's own words are not recorded.",
          "Ask the child about their worries, the good things in their life and their dreams,"
              + " and write them down in their words.");
    }
  }

  private static boolean said(List<String> words) {
    return words.stream().anyMatch(w -> !w.isBlank());
  }

  private static void singlePerspective(RuleContext c, FindingSink out) {
    Formulation f = c.formulation();
    Set<String> sources = new LinkedHashSet<>();
    f.presenting().forEach(p -> sources.addAll(p.sources()));
    f.allFactors().forEach(factor -> sources.addAll(factor.sources()));
    if (sources.size() == 1) {
      out.report("", "Every statement comes from one view: " + sources.iterator().next() + ".",
          "Gather the views of the child, the family and other agencies too.");
    }
  }
}
