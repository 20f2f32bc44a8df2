package io.github.sixps.formulation.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Plan;
import io.github.sixps.formulation.testing.Formulations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link FormulationDiff} over any drafts. Generation is slow, so each property checks a lot. */
class FormulationDiffProperties {
  private static final LocalDate SINCE = LocalDate.of(2026, 11, 23);

  @Provide
  Arbitrary<Formulation> drafts() {
    return Formulations.drafts();
  }

  /**
   * A formulation against itself, or against a copy made afresh from its parts (equal, but no
   * object shared), has no changes.
   */
  @Property(tries = 300)
  void noChangeGivesNoDiff(@ForAll("drafts") Formulation a) {
    assertTrue(FormulationDiff.between(a, a).isEmpty(), () -> FormulationDiff.between(a, a)
        .toString());
    Formulation copy = copyOf(a);
    assertEquals(a, copy);
    FormulationDiff diff = FormulationDiff.between(a, copy);
    assertTrue(diff.isEmpty(), diff::toString);
    assertEquals("What changed since 23 November 2026\n\nNothing has changed.\n",
        diff.toText(SINCE));
  }

  /**
   * What {@code between(a, b)} calls added, {@code between(b, a)} calls removed, at the same path
   * with the same value; moves and edits are the same in number either way; every edit names both
   * texts; and the text has one line for each change.
   */
  @Property(tries = 300)
  void addedOneWayIsRemovedTheOther(@ForAll("drafts") Formulation a,
      @ForAll("drafts") Formulation b) {
    FormulationDiff forward = FormulationDiff.between(a, b);
    FormulationDiff backward = FormulationDiff.between(b, a);
    assertEquals(values(forward, Change.Kind.ADDED), values(backward, Change.Kind.REMOVED));
    assertEquals(values(forward, Change.Kind.REMOVED), values(backward, Change.Kind.ADDED));
    assertEquals(count(forward, Change.Kind.MOVED), count(backward, Change.Kind.MOVED));
    assertEquals(count(forward, Change.Kind.EDITED), count(backward, Change.Kind.EDITED));
    for (Change c : forward.changes()) {
      if (c.kind() == Change.Kind.EDITED) {
        assertTrue(c.before().isPresent() && c.after().isPresent(), c::toString);
      }
      assertTrue(!c.description().isBlank() && c.description().lines().count() == 1,
          c::toString);
      assertTrue(!c.path().isEmpty(), c::toString);
    }
    String text = forward.toText(SINCE);
    long bullets = text.lines().filter(l -> l.startsWith("- ")).count();
    assertEquals(forward.changes().size(), bullets, text);
    assertEquals(forward.changes(),
        forward.byHeading().values().stream().flatMap(List::stream).toList(),
        "grouped under their headings, in the same order");
    assertTrue(forward.byHeading().values().stream().noneMatch(List::isEmpty));
  }

  private static Multiset<String> values(FormulationDiff diff, Change.Kind kind) {
    Multiset<String> out = HashMultiset.create();
    for (Change c : diff.changes()) {
      if (c.kind() == kind) {
        out.add(c.path() + " = " + (kind == Change.Kind.ADDED ? c.after() : c.before())
            .orElseThrow());
      }
    }
    return out;
  }

  private static long count(FormulationDiff diff, Change.Kind kind) {
    return diff.changes().stream().filter(c -> c.kind() == kind).count();
  }

  /** An equal formulation made from fresh copies of every item. */
  private static Formulation copyOf(Formulation f) {
    Formulation.Builder b = f.toBuilder()
        .people(new ArrayList<>(f.people()))
        .contributors(new ArrayList<>(f.contributors()))
        .presenting(new ArrayList<>(f.presenting()))
        .childsVoice(new ArrayList<>(f.childsVoice()))
        .reviews(new ArrayList<>(f.reviews()));
    for (FactorKind kind : FactorKind.values()) {
      List<io.github.sixps.formulation.model.Factor> copies = new ArrayList<>();
      f.factors(kind).forEach(x -> copies.add(x.toBuilder().build()));
      b.factors(kind, copies);
    }
    List<io.github.sixps.formulation.model.Action> actions = new ArrayList<>();
    f.plan().actions().forEach(x -> actions.add(x.toBuilder().build()));
    return b.plan(new Plan(f.plan().goals(),
        com.google.common.collect.ImmutableList.copyOf(actions), f.plan().nextReview())).build();
  }
}
