package io.github.sixps.formulation.validate;

import static io.github.sixps.formulation.validate.RuleCategory.PRACTICE;
import static io.github.sixps.formulation.validate.RuleCategory.STRUCTURE;
import static io.github.sixps.formulation.validate.Severity.ERROR;
import static io.github.sixps.formulation.validate.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Gender;
import io.github.sixps.formulation.model.Household;
import io.github.sixps.formulation.model.ParentKind;
import io.github.sixps.formulation.model.ParentLink;
import io.github.sixps.formulation.model.Partnership;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.model.SiblingLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Could the family tree be true: no one their own ancestor, no birth parent born after their
 * child or younger than them, at most two birth parents and one birth mother; and is the child
 * it is drawn for in it.
 */
final class FamilyTreeRules {
  private FamilyTreeRules() {}

  static ImmutableList<Rule> all() {
    return ImmutableList.of(
        BasicRule.of("own-ancestor", STRUCTURE, ERROR,
            "No one in the family tree is their own parent, grandparent or further ancestor.",
            FamilyTreeRules::ownAncestors),
        BasicRule.of("parent-born-after-child", STRUCTURE, ERROR,
            "A birth parent is born before their child, and is older than them where both"
                + " ages are recorded.",
            FamilyTreeRules::parentsBornAfter),
        BasicRule.of("too-many-birth-parents", STRUCTURE, ERROR,
            "A child has at most two birth parents, and at most one of them a birth mother.",
            FamilyTreeRules::birthParents),
        BasicRule.of("child-not-in-family-tree", PRACTICE, WARNING,
            "When there is a family tree, every child and young person is in it.",
            FamilyTreeRules::childrenInTree));
  }

  private static void ownAncestors(RuleContext c, FindingSink out) {
    List<ParentLink> links = c.formulation().family().parents();
    Map<String, List<String>> parentsOf = new HashMap<>();
    for (ParentLink link : links) {
      parentsOf.computeIfAbsent(link.child(), k -> new ArrayList<>()).add(link.parent());
    }
    Set<String> reported = new HashSet<>();
    for (int i = 0; i < links.size(); i++) {
      String child = links.get(i).child();
      if (!reported.contains(child) && isAncestorOf(child, child, parentsOf)) {
        reported.add(child);
        String who = name(c.formulation(), child);
        out.report(RuleContext.pathOf("family.parents", i), links.get(i).parent()
            .equals(child) ? who + " is given as their own parent."
            : who + " is given as their own ancestor: following parents up from " + who
                + " comes back to " + who + ".",
            "Check who is whose parent; a link may be the wrong way round.");
      }
    }
  }

  /** Whether {@code ancestor} is a parent, grandparent or further of {@code person}. */
  private static boolean isAncestorOf(String ancestor, String person,
      Map<String, List<String>> parentsOf) {
    Set<String> seen = new HashSet<>();
    List<String> next = new ArrayList<>(parentsOf.getOrDefault(person, List.of()));
    while (!next.isEmpty()) {
      String p = next.remove(next.size() - 1);
      if (p.equals(ancestor)) {
        return true;
      }
      if (seen.add(p)) {
        next.addAll(parentsOf.getOrDefault(p, List.of()));
      }
    }
    return false;
  }

  private static void parentsBornAfter(RuleContext c, FindingSink out) {
    Formulation f = c.formulation();
    List<ParentLink> links = f.family().parents();
    for (int i = 0; i < links.size(); i++) {
      ParentLink link = links.get(i);
      Optional<Person> parent = f.find(link.parent(), Person.class);
      Optional<Person> child = f.find(link.child(), Person.class);
      if (link.kind() != ParentKind.BIRTH || parent.isEmpty() || child.isEmpty()
          || link.parent().equals(link.child())) {
        continue;
      }
      Person p = parent.get();
      Person k = child.get();
      String at = RuleContext.pathOf("family.parents", i);
      if (p.born().isPresent() && k.born().isPresent()
          && !p.born().get().earliest().isBefore(k.born().get().latest())
          && !p.born().get().approximate() && !k.born().get().approximate()) {
        out.report(at, label(p) + ", a birth parent of " + label(k) + ", is recorded as born"
            + " after them.", "Check both dates of birth and who is whose parent.");
      } else if (p.age().isPresent() && k.age().isPresent() && p.age().get() <= k.age().get()) {
        out.report(at, label(p) + ", a birth parent of " + label(k) + ", is recorded as "
            + p.age().get() + ", no older than them (" + k.age().get() + ").",
            "Check both ages and who is whose parent.");
      }
    }
  }

  private static void birthParents(RuleContext c, FindingSink out) {
    Formulation f = c.formulation();
    Map<String, List<String>> birthParents = new LinkedHashMap<>();
    Map<String, Integer> lastLink = new HashMap<>();
    List<ParentLink> links = f.family().parents();
    for (int i = 0; i < links.size(); i++) {
      ParentLink link = links.get(i);
      if (link.kind() == ParentKind.BIRTH) {
        List<String> parents = birthParents.computeIfAbsent(link.child(), k -> new ArrayList<>());
        if (!parents.contains(link.parent())) {
          parents.add(link.parent());
          lastLink.put(link.child(), i);
        }
      }
    }
    for (Map.Entry<String, List<String>> e : birthParents.entrySet()) {
      String at = RuleContext.pathOf("family.parents", lastLink.get(e.getKey()));
      String who = name(f, e.getKey());
      long mothers = e.getValue().stream().filter(id -> f.find(id, Person.class)
          .flatMap(Person::gender).filter(g -> g == Gender.FEMALE).isPresent()).count();
      if (e.getValue().size() > 2) {
        out.report(at, who + " has " + e.getValue().size() + " birth parents: "
            + names(f, e.getValue()) + ".", "Keep the two birth parents as birth; a parent"
                + " who brings " + who + " up otherwise is adoptive, step, foster or kinship.");
      } else if (mothers > 1) {
        out.report(at, who + " has two birth mothers: " + names(f, e.getValue()) + ".",
            "Keep the mother who gave birth as birth; the other is adoptive, step, foster or"
                + " kinship, or a parent by another kind of link.");
      }
    }
  }

  private static void childrenInTree(RuleContext c, FindingSink out) {
    Formulation f = c.formulation();
    FamilyTree tree = f.family();
    if (tree.isEmpty()) {
      return;
    }
    Set<String> inTree = new HashSet<>();
    for (ParentLink link : tree.parents()) {
      inTree.add(link.parent());
      inTree.add(link.child());
    }
    for (Partnership p : tree.partnerships()) {
      inTree.add(p.first());
      inTree.add(p.second());
    }
    for (SiblingLink s : tree.siblings()) {
      inTree.add(s.first());
      inTree.add(s.second());
    }
    for (Household h : tree.households()) {
      inTree.addAll(h.members());
    }
    for (Person p : f.people()) {
      boolean child = p.role().filter(r -> r == PersonRole.CHILD
          || r == PersonRole.YOUNG_PERSON).isPresent();
      if (child && !p.id().isBlank() && !inTree.contains(p.id())) {
        out.report(c.pathOf(p), label(p) + " is not in the family tree.",
            "Add " + label(p) + "'s parents or carers under family.parents, or the household"
                + " they live in.");
      }
    }
  }

  private static String label(Person p) {
    return p.name().isBlank() ? p.id() : p.name();
  }

  private static String name(Formulation f, String id) {
    return f.find(id, Person.class).map(FamilyTreeRules::label).orElse(id);
  }

  private static String names(Formulation f, List<String> ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(name(f, id)));
    return String.join(", ", out);
  }
}
