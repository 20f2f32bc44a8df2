package io.github.sixps.formulation.render.internal;

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
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.RenderOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The family tree's section: the picture laid out by generations, and every relationship in a
 * sentence ("Lena is Kai's mother."), which is the picture's text alternative and the whole of
 * it where there are no pictures. Made only when the formulation records a family tree.
 */
final class GenogramSection extends DocumentPart {
  GenogramSection(RenderOptions options) {
    super(options);
  }

  /** The section, or nothing when no relationship is recorded. */
  Optional<Block.Section> section(Formulation f) {
    if (f.family().isEmpty()) {
      return Optional.empty();
    }
    GenogramData data = data(f);
    // A draft's links may all name people not in its list: there is then nothing to draw or say,
    // and an empty picture would have no words for a screen reader.
    Block shown = data.sentences().isEmpty() ? new Block.Empty(say.text("genogram.none"))
        : new Block.Genogram(data);
    return Optional.of(new Block.Section("genogram", 2, say.heading(Label.GENOGRAM),
        List.of(shown)));
  }

  /** What the picture shows and says, for one formulation. */
  GenogramData data(Formulation f) {
    Map<String, Person> drawn = drawn(f);
    FamilyTree tree = between(f.family(), drawn.keySet());
    List<GenogramData.Member> members = new ArrayList<>();
    for (Person p : drawn.values()) {
      members.add(new GenogramData.Member(p.id(), text(p.name()), p.gender(),
          p.died().isPresent(), caption(p), isChild(p)));
    }
    List<GenogramData.HouseholdName> households = new ArrayList<>();
    for (Household h : tree.households()) {
      households.add(new GenogramData.HouseholdName(h.id(), h.name().filter(n -> !n.isBlank())
          .orElseGet(() -> say.and(names(h.members(), drawn)))));
    }
    return new GenogramData(say.text("genogram.title"), ImmutableList.copyOf(members), tree,
        ImmutableList.copyOf(households), sentences(tree, drawn));
  }

  /**
   * Everyone the tree names, and the children the formulation is about, in the formulation's
   * order. A link to an id that names nobody is the validator's to report; it is not drawn.
   */
  private static Map<String, Person> drawn(Formulation f) {
    Set<String> named = new HashSet<>();
    FamilyTree t = f.family();
    t.parents().forEach(l -> {
      named.add(l.parent());
      named.add(l.child());
    });
    t.partnerships().forEach(p -> {
      named.add(p.first());
      named.add(p.second());
    });
    t.siblings().forEach(s -> {
      named.add(s.first());
      named.add(s.second());
    });
    t.households().forEach(h -> named.addAll(h.members()));
    Map<String, Person> drawn = new LinkedHashMap<>();
    for (Person p : f.people()) {
      if ((named.contains(p.id()) || isChild(p)) && !drawn.containsKey(p.id())) {
        drawn.put(p.id(), p);
      }
    }
    return drawn;
  }

  private static boolean isChild(Person p) {
    return p.role().filter(r -> r == PersonRole.CHILD || r == PersonRole.YOUNG_PERSON)
        .isPresent();
  }

  /** The tree with only the links whose people are all drawn. */
  private static FamilyTree between(FamilyTree t, Set<String> ids) {
    return FamilyTree.builder()
        .parents(t.parents().stream()
            .filter(l -> ids.contains(l.parent()) && ids.contains(l.child())
                && !l.parent().equals(l.child()))
            .collect(Collectors.toList()))
        .partnerships(t.partnerships().stream()
            .filter(p -> ids.contains(p.first()) && ids.contains(p.second())
                && !p.first().equals(p.second()))
            .collect(Collectors.toList()))
        .siblings(t.siblings().stream()
            .filter(s -> ids.contains(s.first()) && ids.contains(s.second())
                && !s.first().equals(s.second()))
            .collect(Collectors.toList()))
        .households(t.households().stream()
            .map(h -> new Household(h.id(), h.name(), h.members().stream()
                .filter(ids::contains).distinct().collect(ImmutableList.toImmutableList())))
            .filter(h -> !h.members().isEmpty())
            .collect(Collectors.toList()))
        .build();
  }

  /** The line under a name: when they died, else their age, else when they were born. */
  private Optional<String> caption(Person p) {
    if (p.died().isPresent()) {
      return Optional.of(say.format("genogram.died", "date", say.date(p.died().get())));
    }
    if (p.age().isPresent()) {
      return Optional.of(say.format("genogram.age", "age", String.valueOf(p.age().get())));
    }
    return p.born().map(b -> say.format("genogram.born", "date", say.date(b)));
  }

  private List<String> names(List<String> ids, Map<String, Person> drawn) {
    return ids.stream().map(id -> text(drawn.get(id).name())).collect(Collectors.toList());
  }

  private String nameOf(String id, Map<String, Person> drawn) {
    return text(drawn.get(id).name());
  }

  /**
   * Every relationship in a sentence: who the formulation is about, who has died, each child's
   * parents and carers, partnerships, brothers and sisters, and who lives together.
   */
  private ImmutableList<String> sentences(FamilyTree t, Map<String, Person> drawn) {
    List<String> lines = new ArrayList<>();
    for (Person p : drawn.values()) {
      if (isChild(p)) {
        lines.add(say.format("genogram.subject", "name", text(p.name())));
      }
    }
    for (Person p : drawn.values()) {
      p.died().ifPresent(d -> lines.add(say.format("genogram.diedIn", "name", text(p.name()),
          "date", say.date(d))));
    }
    for (Person child : drawn.values()) {
      for (ParentLink l : t.parents()) {
        if (l.child().equals(child.id())) {
          lines.add(parent(l, drawn));
        }
      }
    }
    for (Partnership p : t.partnerships()) {
      lines.add(partnership(p, drawn));
    }
    Set<String> joined = new HashSet<>();
    for (SiblingLink s : t.siblings()) {
      joined.add(pair(s.first(), s.second()));
      lines.add(say.format(s.twins() ? "genogram.twins" : "genogram.siblings",
          "first", nameOf(s.first(), drawn), "second", nameOf(s.second(), drawn)));
    }
    lines.addAll(sharedParents(t, drawn, joined));
    for (Household h : t.households()) {
      String names = say.and(names(h.members(), drawn));
      lines.add(h.name().filter(n -> !n.isBlank())
          .map(n -> say.format("genogram.householdNamed", "names", names, "name", n))
          .orElseGet(() -> say.format("genogram.household", "names", names)));
    }
    return ImmutableList.copyOf(lines);
  }

  private String parent(ParentLink l, Map<String, Person> drawn) {
    String key = "genogram." + l.kind().name().toLowerCase(Locale.ROOT);
    if (l.kind() == ParentKind.BIRTH || l.kind() == ParentKind.ADOPTIVE
        || l.kind() == ParentKind.STEP) {
      Optional<Gender> g = drawn.get(l.parent()).gender();
      key += g.filter(x -> x == Gender.FEMALE).map(x -> ".female")
          .or(() -> g.filter(x -> x == Gender.MALE).map(x -> ".male")).orElse(".other");
    }
    return say.format(key, "parent", nameOf(l.parent(), drawn), "child",
        nameOf(l.child(), drawn));
  }

  private String partnership(Partnership p, Map<String, Person> drawn) {
    String first = nameOf(p.first(), drawn);
    String second = nameOf(p.second(), drawn);
    switch (p.state()) {
      case MARRIED:
        return p.from().map(d -> say.format("genogram.marriedSince", "first", first, "second",
            second, "from", say.date(d))).orElseGet(() -> say.format("genogram.married",
            "first", first, "second", second));
      case PARTNERS:
        return p.from().map(d -> say.format("genogram.partnersSince", "first", first, "second",
            second, "from", say.date(d))).orElseGet(() -> say.format("genogram.partners",
            "first", first, "second", second));
      case SEPARATED:
        return p.until().map(d -> say.format("genogram.separatedIn", "first", first, "second",
            second, "until", say.date(d))).orElseGet(() -> say.format("genogram.separated",
            "first", first, "second", second));
      default:
        return p.until().map(d -> say.format("genogram.divorcedIn", "first", first, "second",
            second, "until", say.date(d))).orElseGet(() -> say.format("genogram.divorced",
            "first", first, "second", second));
    }
  }

  /**
   * Brothers and sisters the tree shows through their parents: those who share every birth or
   * adoptive parent are brothers or sisters, those who share some are half-brothers or
   * half-sisters.
   */
  private List<String> sharedParents(FamilyTree t, Map<String, Person> drawn,
      Set<String> joined) {
    Map<String, Set<String>> parents = new LinkedHashMap<>();
    for (ParentLink l : t.parents()) {
      if (l.kind() == ParentKind.BIRTH || l.kind() == ParentKind.ADOPTIVE) {
        parents.computeIfAbsent(l.child(), k -> new LinkedHashSet<>()).add(l.parent());
      }
    }
    List<String> lines = new ArrayList<>();
    List<String> children = drawn.keySet().stream().filter(parents::containsKey)
        .collect(Collectors.toList());
    for (int i = 0; i < children.size(); i++) {
      for (int j = i + 1; j < children.size(); j++) {
        String a = children.get(i);
        String b = children.get(j);
        if (joined.contains(pair(a, b))) {
          continue;
        }
        Set<String> shared = new LinkedHashSet<>(parents.get(a));
        shared.retainAll(parents.get(b));
        if (shared.isEmpty()) {
          continue;
        }
        if (parents.get(a).equals(parents.get(b))) {
          lines.add(say.format("genogram.siblings", "first", nameOf(a, drawn), "second",
              nameOf(b, drawn)));
        } else {
          lines.add(say.format("genogram.halfSiblings", "first", nameOf(a, drawn), "second",
              nameOf(b, drawn), "parent", say.and(names(List.copyOf(shared), drawn))));
        }
      }
    }
    return lines;
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }
}
