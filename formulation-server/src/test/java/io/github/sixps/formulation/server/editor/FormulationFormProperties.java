package io.github.sixps.formulation.server.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.ChildsVoice;
import io.github.sixps.formulation.model.Contributor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Household;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.model.Priority;
import io.github.sixps.formulation.model.Review;
import io.github.sixps.formulation.testing.Formulations;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any formulation, hostile text and dangling references included, goes into the editor's form
 * fields and comes back equal, but for what a form cannot show: blank optional text reads as
 * absent, and a priority or hypothesis with nothing in it as none.
 */
class FormulationFormProperties {

  @Property(tries = 500)
  void fieldsReadBackAsTheSameFormulation(@ForAll("drafts") Formulation f) {
    FormulationForm.Decoded back = FormulationForm.decode(FormulationForm.encode(f));
    assertEquals(java.util.Map.of(), back.errors());
    assertEquals(asAFormHoldsIt(f), back.formulation());
  }

  @Property(tries = 200)
  void encodingTwiceChangesNothing(@ForAll("drafts") Formulation f) {
    FormFields once = FormulationForm.encode(f);
    assertEquals(once, FormulationForm.encode(FormulationForm.decode(once).formulation()),
        "the fields of what was read back");
  }

  @Provide
  Arbitrary<Formulation> drafts() {
    return Formulations.drafts();
  }

  /** The formulation with blank optional text absent, as a form holds it. */
  static Formulation asAFormHoldsIt(Formulation f) {
    Formulation.Builder b = f.toBuilder()
        .framework(blankless(f.framework()))
        .contributors(f.contributors().stream().map(c -> new Contributor(c.id(), c.name(),
            blankless(c.role()), blankless(c.agency()))).toList())
        .hypothesis(f.hypothesis().map(h -> new Hypothesis(h.statement(), h.focus(),
            blankless(h.expectedChange())))
            .filter(h -> !h.statement().isEmpty() || !h.focus().isEmpty()
                || h.expectedChange().isPresent()))
        .plan(new Plan(f.plan().goals(), ImmutableList.copyOf(f.plan().actions().stream()
            .map(a -> a.toBuilder().owner(blankless(a.owner()))
                .measure(blankless(a.measure())).build()).toList()), f.plan().nextReview()))
        .people(f.people().stream().map(p -> new Person(p.id(), p.name(), p.role(), p.age(),
            p.gender(), p.born(), p.died(), blankless(p.language()))).toList())
        .events(f.events().stream().map(e -> e.toBuilder().source(blankless(e.source()))
            .kind(blankless(e.kind())).impact(blankless(e.impact())).build()).toList())
        .family(f.family().toBuilder().households(f.family().households().stream()
            .map(h -> new Household(h.id(), blankless(h.name()), h.members())).toList())
            .build())
        .childsVoice(f.childsVoice().stream().map(v -> new ChildsVoice(v.child(), v.worries(),
            v.goodThings(), v.dreams(), blankless(v.language()))).toList())
        .reviews(f.reviews().stream().map(r -> Review.builder().on(r.on())
            .by(blankless(r.by())).scale(r.scale()).actions(r.actions())
            .notes(blankless(r.notes())).build()).toList());
    for (FactorKind kind : FactorKind.values()) {
      b.factors(kind, f.factors(kind).stream().map(x -> x.toBuilder()
          .evidence(blankless(x.evidence()))
          .priority(x.priority().map(p -> new Priority(p.impact(), p.changeability(),
              p.familyPriority(), p.urgency(), p.pin(), blankless(p.reason())))
              .filter(p -> !p.equals(Priority.none())))
          .build()).toList());
    }
    return b.build();
  }

  private static Optional<String> blankless(Optional<String> text) {
    return text.filter(s -> !s.isEmpty());
  }

}
