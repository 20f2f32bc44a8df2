package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.model.PresentingIssue;
import io.github.sixps.formulation.prioritise.RankedFactor;
import io.github.sixps.formulation.prioritise.Ranking;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sections of the formulation itself: the presenting issues, each kind of factor (the
 * perpetuating ones ranked when there is a ranking) and the hypothesis that ties them together.
 */
final class FactorSections extends DocumentPart {
  FactorSections(RenderOptions options) {
    super(options);
  }

  /** What we are worried about, with the area of each worry and whose view it is. */
  Block.Section presenting(Formulation f) {
    List<Block> body = new ArrayList<>();
    teaching(Label.PRESENTING).ifPresent(body::add);
    if (f.presenting().isEmpty()) {
      body.add(new Block.Empty(say.text("empty.presenting")));
    } else {
      List<Block.Entry> entries = new ArrayList<>();
      for (PresentingIssue p : f.presenting()) {
        List<String> details = new ArrayList<>();
        if (!family) {
          p.domain().ifPresent(d -> details.add(say.format("details.area", "area", say.domain(d))));
        }
        sources(f, p.sources()).ifPresent(details::add);
        entries.add(new Block.Entry(tag(p), text(p.statement()), details));
      }
      body.add(new Block.Entries(entries));
    }
    return new Block.Section("presenting", 2, say.heading(Label.PRESENTING), body);
  }

  /** The factors of one kind, in the order written, under the given heading. */
  Block.Section factors(Formulation f, FactorKind kind, Label label) {
    List<Block> body = new ArrayList<>();
    teaching(label).ifPresent(body::add);
    List<Factor> factors = f.factors(kind);
    if (factors.isEmpty()) {
      body.add(new Block.Empty(kind == FactorKind.PROTECTIVE
          ? say.text("empty.protective")
          : say.text("empty.factors")));
    } else {
      List<Block.Entry> entries = new ArrayList<>();
      for (Factor factor : factors) {
        entries.add(new Block.Entry(tag(factor), text(factor.statement()), details(f, factor)));
      }
      body.add(new Block.Entries(entries));
    }
    return new Block.Section(label.key(), 2, say.heading(label), body);
  }

  private List<String> details(Formulation f, Factor factor) {
    List<String> details = new ArrayList<>();
    if (!family && !factor.explains().isEmpty()) {
      details.add(say.format("details.helpsExplain", "ids", say.commas(factor.explains())));
    }
    sources(f, factor.sources()).ifPresent(details::add);
    comesFrom(f, factor).ifPresent(details::add);
    if (!family) {
      factor.evidence().filter(e -> !e.isBlank())
          .ifPresent(e -> details.add(say.format("details.basedOn", "evidence", e)));
    }
    return details;
  }

  /** The events of the chronology a factor comes from, with their dates, if it names any. */
  private Optional<String> comesFrom(Formulation f, Factor factor) {
    List<String> events = new ArrayList<>();
    for (String id : factor.events()) {
      f.find(id, Event.class).ifPresent(e -> events.add(say.dates(e.date(), e.until()) + ", "
          + ShortText.withoutEndPunctuation(Sentences.shortened(text(e.what())))));
    }
    return events.isEmpty() ? Optional.empty()
        : Optional.of(say.format("chronology.comesFrom", "events",
            String.join(say.text("list.semicolon"), events)));
  }

  /**
   * What keeps things going: for practitioners with a ranking, a table of ranks, scores and
   * reasons; otherwise the factors as a list.
   */
  Block.Section perpetuating(Formulation f, Optional<Ranking> ranking) {
    if (family || ranking.isEmpty() || f.perpetuating().isEmpty()) {
      Block.Section plain = factors(f, FactorKind.PERPETUATING, Label.PERPETUATING);
      if (ranking.isEmpty() || f.perpetuating().isEmpty()) {
        return plain;
      }
      // Families see the factors in the agreed order, without scores.
      List<Block> body = new ArrayList<>();
      teaching(Label.PERPETUATING).ifPresent(body::add);
      List<Block.Entry> entries = new ArrayList<>();
      for (RankedFactor r : ranking.get().factors()) {
        entries.add(new Block.Entry("", text(r.factor().statement()), details(f, r.factor())));
      }
      body.add(new Block.Entries(entries));
      return new Block.Section(plain.id(), 2, plain.title(), body);
    }
    List<Block> body = new ArrayList<>();
    teaching(Label.PERPETUATING).ifPresent(body::add);
    List<ImmutableList<String>> rows = new ArrayList<>();
    for (RankedFactor r : ranking.get().factors()) {
      List<String> details = details(f, r.factor());
      String factor = r.id() + ": " + text(r.factor().statement())
          + (details.isEmpty() ? ""
              : " (" + String.join(say.text("list.semicolon"), details) + ")");
      rows.add(ImmutableList.of(String.valueOf(r.rank()), factor,
          r.score().map(String::valueOf).orElse(say.text("ranking.notRated")), say.band(r.band()),
          r.explanation()));
    }
    body.add(new Block.Table(say.text("ranking.caption"),
        say.texts("ranking.rank", "ranking.factor", "ranking.score", "ranking.group",
            "ranking.why"),
        ImmutableList.copyOf(rows)));
    return new Block.Section("perpetuating", 2, say.heading(Label.PERPETUATING), body);
  }

  /** What we think: the theory, the factors it centres on and the change it expects. */
  Block.Section hypothesis(Formulation f) {
    List<Block> body = new ArrayList<>();
    teaching(Label.HYPOTHESIS).ifPresent(body::add);
    Optional<Hypothesis> h = f.hypothesis();
    if (h.isEmpty()) {
      body.add(new Block.Empty(say.text("empty.hypothesis")));
    } else {
      body.add(Block.Paragraph.of(text(h.get().statement())));
      // The family has just read the factors the theory centres on, in the agreed order, under
      // their own heading: the handout does not print them twice.
      if (!family && !h.get().focus().isEmpty()) {
        List<Block.Entry> focus = new ArrayList<>();
        for (String id : h.get().focus()) {
          String what = f.find(id, Factor.class).map(Factor::statement).orElse(id);
          focus.add(new Block.Entry(family ? "" : id, text(what), List.of()));
        }
        body.add(new Block.Paragraph(say.text(family ? "focus.family" : "focus.practitioner"), ""));
        body.add(new Block.Entries(focus));
      }
      h.get().expectedChange().filter(s -> !s.isBlank()).ifPresent(s ->
          body.add(new Block.Paragraph(say.text(family ? "expectedChange.family"
              : "expectedChange.practitioner"), s)));
    }
    return new Block.Section("hypothesis", 2, say.heading(Label.HYPOTHESIS), body);
  }
}
