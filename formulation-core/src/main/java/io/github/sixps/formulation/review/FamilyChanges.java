package io.github.sixps.formulation.review;

import static io.github.sixps.formulation.review.Names.name;
import static io.github.sixps.formulation.review.Names.names;
import static io.github.sixps.formulation.review.Quotation.plain;
import static io.github.sixps.formulation.review.Sentences.capital;
import static io.github.sixps.formulation.review.Sentences.joined;
import static io.github.sixps.formulation.review.Sentences.listSentence;

import io.github.sixps.formulation.model.FamilyTree;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Household;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the changes to the family tree: links between people added or removed, a partnership's
 * state or dates changed, households formed, ended or changed. Links have no ids of their own,
 * so each is matched by the people it joins.
 */
final class FamilyChanges {
  private FamilyChanges() {}

  static void find(Comparison c) {
    FamilyTree was = c.older().family();
    FamilyTree now = c.newer().family();
    links(c, "family.parents", was.parents(), now.parents(),
        p -> p.parent() + " " + p.child(), FamilySentences::parent,
        (a, b) -> a.kind() == b.kind() ? null : name(c.newer(), b.parent()) + " is now "
            + name(c.newer(), b.child()) + "'s " + FamilySentences.parentWords(b) + " (was "
            + FamilySentences.parentWords(a) + ").");
    links(c, "family.partnerships", was.partnerships(), now.partnerships(),
        p -> p.first() + " " + p.second(), FamilySentences::partnership,
        (a, b) -> a.equals(b) ? null : capital(FamilySentences.partnership(c.newer(), b))
            + " (was: " + FamilySentences.partnership(c.older(), a) + ").");
    links(c, "family.siblings", was.siblings(), now.siblings(),
        s -> s.first() + " " + s.second(), FamilySentences::sibling,
        (a, b) -> a.twins() == b.twins() ? null
            : capital(FamilySentences.sibling(c.newer(), b)) + ".");
    households(c, was.households(), now.households());
  }

  /** How a link of one kind is said: "Lena is Kai's birth parent". */
  @FunctionalInterface
  private interface Said<T> {
    String of(Formulation f, T link);
  }

  /** What changed in a link that is in both versions, or null if nothing did. */
  @FunctionalInterface
  private interface Changed<T> {
    String between(T was, T now);
  }

  private static <T> void links(Comparison c, String list, List<T> before, List<T> after,
      Function<T, String> key, Said<T> said, Changed<T> changed) {
    Map<String, Integer> old = indexes(before, key);
    Map<String, Integer> now = indexes(after, key);
    for (Map.Entry<String, Integer> e : now.entrySet()) {
      T link = after.get(e.getValue());
      String path = list + "[" + e.getValue() + "]";
      Integer o = old.get(e.getKey());
      if (o == null) {
        c.change(Change.Kind.ADDED, Heading.FAMILY, path, Optional.empty(),
            Optional.of(said.of(c.newer(), link)), capital(said.of(c.newer(), link)) + ".");
      } else {
        String what = changed.between(before.get(o), link);
        if (what != null) {
          c.change(Change.Kind.EDITED, Heading.FAMILY, path,
              Optional.of(said.of(c.older(), before.get(o))),
              Optional.of(said.of(c.newer(), link)), what);
        }
      }
    }
    for (Map.Entry<String, Integer> e : old.entrySet()) {
      if (!now.containsKey(e.getKey())) {
        T link = before.get(e.getValue());
        c.change(Change.Kind.REMOVED, Heading.FAMILY, list + "[" + e.getValue() + "]",
            Optional.of(said.of(c.older(), link)), Optional.empty(),
            "No longer recorded: " + said.of(c.older(), link) + ".");
      }
    }
  }

  /** The first place of each key; a link repeated in one version counts once. */
  private static <T> Map<String, Integer> indexes(List<T> links, Function<T, String> key) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < links.size(); i++) {
      out.putIfAbsent(key.apply(links.get(i)), i);
    }
    return out;
  }

  private static void households(Comparison c, List<Household> before, List<Household> after) {
    Map<String, Integer> old = indexes(before, Household::id);
    Map<String, Integer> now = indexes(after, Household::id);
    for (Map.Entry<String, Integer> e : now.entrySet()) {
      Household h = after.get(e.getValue());
      String path = "family.households[" + e.getValue() + "]";
      Integer o = old.get(e.getKey());
      if (o == null) {
        c.change(Change.Kind.ADDED, Heading.FAMILY, path, Optional.empty(),
            Optional.of(String.join(", ", h.members())), "New household " + label(h) + ": "
                + String.join(", ", names(c.newer(), h.members())) + ".");
        continue;
      }
      Household was = before.get(o);
      // A change is found at the household's place in the version that has the value: the
      // newer for what was added or edited, the older for what was removed, so that comparing
      // the other way round names the same path.
      if (!was.members().equals(h.members())) {
        Change.Kind kind = Comparison.kindOf(joined(was.members()), joined(h.members()));
        c.change(kind, Heading.FAMILY, at(kind, o, e.getValue()) + ".members",
            joined(was.members()), joined(h.members()), listSentence("Household " + label(h),
                "is home to", names(c.older(), was.members()), names(c.newer(), h.members())));
      }
      if (!Objects.equals(was.name(), h.name())) {
        Change.Kind kind = Comparison.kindOf(was.name(), h.name());
        c.change(kind, Heading.FAMILY, at(kind, o, e.getValue()) + ".name",
            was.name(), h.name(), Sentences.sentence("Household " + plain(h.id()) + "'s name",
                was.name(), h.name(), Quotation::plain));
      }
    }
    for (Map.Entry<String, Integer> e : old.entrySet()) {
      if (!now.containsKey(e.getKey())) {
        Household h = before.get(e.getValue());
        c.change(Change.Kind.REMOVED, Heading.FAMILY, "family.households[" + e.getValue() + "]",
            Optional.of(String.join(", ", h.members())), Optional.empty(), "Household " + label(h)
                + " is no longer recorded.");
      }
    }
  }

  private static String at(Change.Kind kind, int older, int newer) {
    return "family.households[" + (kind == Change.Kind.REMOVED ? older : newer) + "]";
  }

  private static String label(Household h) {
    return plain(h.name().filter(n -> !n.isBlank()).orElse(h.id()));
  }
}
