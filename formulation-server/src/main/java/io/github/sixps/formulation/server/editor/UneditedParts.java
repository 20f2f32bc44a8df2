package io.github.sixps.formulation.server.editor;

import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a formulation the editor's form does not hold yet, carried from the saved file
 * into the version being saved so that saving in the editor loses nothing: the chronology, the
 * family tree, people's gender, dates and language, a child's words' language and the events a
 * factor comes from. Each is matched by id (a child's words by the child's id); what the form
 * removed stays removed.
 */
final class UneditedParts {
  private UneditedParts() {}

  /** {@code edited} with the parts the form does not hold taken from {@code saved}. */
  static Formulation carry(Formulation saved, Formulation edited) {
    Map<String, Person> people = byId(saved.people(), Person::id);
    Map<String, ChildsVoice> voices = byId(saved.childsVoice(), ChildsVoice::child);
    Formulation.Builder b = edited.toBuilder()
        .events(saved.events())
        .family(saved.family())
        .people(edited.people().stream().map(p -> {
          Person was = people.get(p.id());
          return was == null ? p : new Person(p.id(), p.name(), p.role(), p.age(), was.gender(),
              was.born(), was.died(), was.language());
        }).toList())
        .childsVoice(edited.childsVoice().stream().map(v -> {
          ChildsVoice was = voices.get(v.child());
          return was == null ? v : new ChildsVoice(v.child(), v.worries(), v.goodThings(),
              v.dreams(), was.language());
        }).toList());
    for (FactorKind kind : FactorKind.values()) {
      Map<String, Factor> factors = byId(saved.factors(kind), Factor::id);
      b.factors(kind, edited.factors(kind).stream().map(x -> {
        Factor was = factors.get(x.id());
        return was == null ? x : x.toBuilder().events(was.events()).build();
      }).toList());
    }
    return b.build();
  }

  /** The first of each id, as {@link Formulation#find} takes the first. */
  private static <T> Map<String, T> byId(List<T> items, java.util.function.Function<T, String> id) {
    Map<String, T> out = new HashMap<>();
    items.forEach(item -> out.putIfAbsent(id.apply(item), item));
    return out;
  }
}
