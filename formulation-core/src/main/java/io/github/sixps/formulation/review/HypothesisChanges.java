package io.github.sixps.formulation.review;

import static io.github.sixps.formulation.review.Comparison.kindOf;
import static io.github.sixps.formulation.review.Quotation.quote;
import static io.github.sixps.formulation.review.Sentences.joined;
import static io.github.sixps.formulation.review.Sentences.listSentence;
import static io.github.sixps.formulation.review.Sentences.reworded;

import io.github.sixps.formulation.model.Hypothesis;
import java.util.Optional;

/** Finds the changes to the hypothesis: its statement, its focus and the change it expects. */
final class HypothesisChanges {
  private HypothesisChanges() {}

  static void find(Comparison c) {
    Optional<Hypothesis> a = c.older().hypothesis();
    Optional<Hypothesis> b = c.newer().hypothesis();
    if (a.isEmpty() && b.isEmpty()) {
      return;
    }
    if (a.isEmpty() || b.isEmpty()) {
      Optional<String> before = a.map(Hypothesis::statement);
      Optional<String> after = b.map(Hypothesis::statement);
      c.change(kindOf(before, after), Heading.HYPOTHESIS, "hypothesis", before, after,
          b.isPresent() ? "A hypothesis was written: " + quote(after.get()) + "."
              : "The hypothesis was removed (it said " + quote(before.get()) + ").");
      return;
    }
    Hypothesis p = a.get();
    Hypothesis q = b.get();
    if (!p.statement().equals(q.statement())) {
      c.change(Change.Kind.EDITED, Heading.HYPOTHESIS, "hypothesis.statement",
          Optional.of(p.statement()), Optional.of(q.statement()),
          reworded("The hypothesis", Optional.of(p.statement()), Optional.of(q.statement())));
    }
    if (!p.focus().equals(q.focus())) {
      c.change(kindOf(joined(p.focus()), joined(q.focus())), Heading.HYPOTHESIS,
          "hypothesis.focus", joined(p.focus()), joined(q.focus()),
          listSentence("The hypothesis", "centres on", p.focus(), q.focus()));
    }
    if (!p.expectedChange().equals(q.expectedChange())) {
      c.change(kindOf(p.expectedChange(), q.expectedChange()), Heading.HYPOTHESIS,
          "hypothesis.expectedChange", p.expectedChange(), q.expectedChange(),
          reworded("The change the hypothesis expects", p.expectedChange(),
              q.expectedChange()));
    }
  }
}
