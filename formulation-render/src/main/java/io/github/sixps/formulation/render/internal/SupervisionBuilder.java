package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Factor;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Hypothesis;
import io.github.sixps.formulation.prioritise.RankedFactor;
import io.github.sixps.formulation.prioritise.Ranking;
import io.github.sixps.formulation.render.Audience;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.RenderOptions;
import io.github.sixps.formulation.render.Terminology;
import io.github.sixps.formulation.review.ActionProgress;
import io.github.sixps.formulation.review.DriftItem;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.review.GoalProgress;
import io.github.sixps.formulation.review.Timeline;
import io.github.sixps.formulation.validate.ValidationReport;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The supervision summary of a formulation: where things stand, what is late, what is coming up
 * and what changed. It leaves out what a supervisor can find in the full record (the family's
 * details, the other factors, the reviews' notes), so that a typical case fits two A4 pages.
 */
final class SupervisionBuilder {
  /** How many perpetuating factors the summary lists: the ones the plan should work on first. */
  private static final int TOP_FACTORS = 3;
  /** How many changes the summary shows under each heading; the changes document has them all. */
  private static final int CHANGES_PER_HEADING = 4;
  /** How far ahead "coming up" looks when the plan has no next review date still to come. */
  private static final int LOOK_AHEAD_DAYS = 28;

  private final RenderOptions options;
  private final Terminology words;
  private final boolean family;
  private final DocumentBuilder outline;

  SupervisionBuilder(RenderOptions options, DocumentBuilder outline) {
    this.options = options;
    this.words = options.terminology();
    this.family = options.audience() == Audience.FAMILY;
    this.outline = outline;
  }

  Document build(Formulation f, Optional<Formulation> previous,
      Optional<ValidationReport> report, Optional<Ranking> ranking) {
    LocalDate asOf = options.asOf().orElseGet(LocalDate::now);
    Timeline timeline = Timeline.of(f);
    List<Block.Section> sections = new ArrayList<>();
    List<Block> standing = new ArrayList<>(hypothesis(f, ranking));
    standing.add(mattersMost(f, ranking));
    sections.add(new Block.Section("standing", 2, "Where things stand", standing));
    // What is late comes before the chart: it matters more, and its lines fill the first page
    // where the chart, which cannot be split, would leave a gap.
    sections.add(late(f, asOf));
    sections.add(comingUp(f, timeline, asOf));
    sections.add(progress(f, timeline));
    previous.ifPresent(p -> {
      FormulationDiff diff = FormulationDiff.between(p, f);
      sections.add(new Block.Section("changes", 2, diff.title(),
          ChangeSections.of(diff, words, 3, CHANGES_PER_HEADING)));
    });
    report.ifPresent(r -> sections.add(outline.findings(r)));
    // The framework is left out: a supervisor knows it, and the summary is short of room.
    List<Document.Fact> facts = new ArrayList<>();
    outline.facts(f).stream().filter(fact -> !fact.name().equals(DocumentBuilder.FRAMEWORK))
        .forEach(facts::add);
    String last = FormulationDiff.dateOf(f).filter(d -> !f.reviews().isEmpty())
        .map(d -> "last on " + DocumentBuilder.date(d)).orElse("none yet");
    facts.add(new Document.Fact("Reviews", last + f.plan().nextReview()
        .map(d -> ", next on " + DocumentBuilder.date(d)).orElse(", no next date set")));
    facts.add(new Document.Fact("As of", DocumentBuilder.date(asOf)));
    return new Document("Supervision: " + outline.title(f),
        ImmutableList.copyOf(facts), options.marking(), outline.banner(f, report),
        ImmutableList.copyOf(sections), family);
  }

  private List<Block> hypothesis(Formulation f, Optional<Ranking> ranking) {
    List<Block> body = new ArrayList<>();
    Optional<Hypothesis> h = f.hypothesis();
    if (h.isEmpty()) {
      body.add(new Block.Empty("No " + words.label(Label.HYPOTHESIS).toLowerCase(Locale.UK)
          + " is written yet."));
    } else {
      body.add(new Block.Paragraph(words.label(Label.HYPOTHESIS),
          DocumentBuilder.text(h.get().statement())));
      if (!h.get().focus().isEmpty()) {
        body.add(focus(f, h.get(), ranking));
      }
      h.get().expectedChange().filter(s -> !s.isBlank()).ifPresent(s ->
          body.add(new Block.Paragraph(family ? "What we hope will happen"
              : "Expected change", s)));
    }
    return body;
  }

  /**
   * The factors the hypothesis says to work on. Practitioners see their ids and ranks, since the
   * factors ranked highest are listed in full just below; families see the factors' words.
   */
  private Block focus(Formulation f, Hypothesis h, Optional<Ranking> ranking) {
    List<String> parts = new ArrayList<>();
    for (String id : h.focus()) {
      Optional<String> statement = f.find(id, Factor.class).map(Factor::statement);
      if (family) {
        parts.add(statement.map(DocumentBuilder::shorten).orElse(id));
      } else {
        Optional<RankedFactor> ranked = ranking.flatMap(r -> r.factors().stream()
            .filter(x -> x.id().equals(id)).findFirst());
        parts.add(id + ranked.map(r -> " (ranked " + r.ordinal() + ")").orElse(""));
      }
    }
    return new Block.Paragraph(family ? "What we think matters most" : "Focus",
        family ? String.join("; ", parts) : DocumentBuilder.inWords(parts));
  }

  private Block.Section mattersMost(Formulation f, Optional<Ranking> ranking) {
    List<Block> body = new ArrayList<>();
    String title = "What matters most: " + words.label(Label.PERPETUATING);
    if (f.perpetuating().isEmpty()) {
      body.add(new Block.Empty("None are recorded yet."));
    } else if (ranking.isEmpty()) {
      List<Block.Entry> entries = new ArrayList<>();
      f.perpetuating().stream().limit(TOP_FACTORS).forEach(factor -> entries.add(
          new Block.Entry(outline.tag(factor), DocumentBuilder.text(factor.statement()),
              List.of())));
      body.add(new Block.Entries(entries));
    } else {
      List<RankedFactor> top = ranking.get().factors().subList(0,
          Math.min(TOP_FACTORS, ranking.get().factors().size()));
      // A list rather than a table: full-width lines keep the summary to two pages.
      List<Block.Entry> entries = new ArrayList<>();
      for (RankedFactor r : top) {
        entries.add(new Block.Entry(outline.tag(r.factor()),
            DocumentBuilder.text(r.factor().statement()),
            family ? List.of() : List.of("Ranked " + r.explanation())));
      }
      body.add(new Block.Entries(entries));
      int rest = ranking.get().factors().size() - top.size();
      if (rest > 0) {
        body.add(Block.Paragraph.of(rest == 1 ? "One more is in the full record."
            : rest + " more are in the full record."));
      }
    }
    return new Block.Section("matters-most", 3, title, body);
  }

  private Block.Section progress(Formulation f, Timeline timeline) {
    List<Block> body = new ArrayList<>();
    ChartData chart = outline.chart(f);
    if (timeline.goals().isEmpty()) {
      body.add(new Block.Empty("No goals are agreed yet."));
    } else if (!chart.series().isEmpty() && !f.reviews().isEmpty()) {
      // The chart's words give each goal's start, every review's score and the target.
      body.add(new Block.Chart(chart));
    } else {
      List<Block.Entry> entries = new ArrayList<>();
      for (GoalProgress g : timeline.goals()) {
        List<String> details = new ArrayList<>();
        g.start().ifPresent(p -> details.add("At the start: " + p.value() + " out of 10"));
        g.target().ifPresent(t -> details.add("Hoped for: " + t));
        details.add("Not reviewed yet");
        entries.add(new Block.Entry(outline.tag(g.goal()),
            DocumentBuilder.text(g.goal().outcome()), details));
      }
      body.add(new Block.Entries(entries));
    }
    return new Block.Section("progress", 2, "Progress towards the goals", body);
  }

  private Block.Section late(Formulation f, LocalDate asOf) {
    List<Block.Entry> entries = new ArrayList<>();
    for (DriftItem item : options.drift().asOf(f, asOf)) {
      entries.add(lateEntry(f, item, asOf));
    }
    List<Block> body = List.of(entries.isEmpty()
        ? new Block.Empty("Nothing is late as of " + DocumentBuilder.date(asOf) + ".")
        : new Block.Entries(entries));
    return new Block.Section("late", 2, "What is late", body);
  }

  private Block.Entry lateEntry(Formulation f, DriftItem item, LocalDate asOf) {
    if (item instanceof DriftItem.ActionOverdue a) {
      return actionEntry(f, a.action(), a.status(), days(a.due(), asOf) + " ago");
    }
    if (item instanceof DriftItem.ReviewOverdue r) {
      return new Block.Entry("", "The review due on " + DocumentBuilder.date(r.due())
          + " has not been held" + r.lastReview().map(d -> "; the last was on "
          + DocumentBuilder.date(d)).orElse("") + ".", List.of());
    }
    if (item instanceof DriftItem.GoalNotMoving g) {
      String moved = g.fell() ? "has gone down from " + g.before() + " to " + g.last()
          : "has stayed at " + g.last();
      return new Block.Entry(outline.tag(g.goal()), DocumentBuilder.text(g.goal().outcome()),
          List.of("This goal " + moved + " over the last two reviews."));
    }
    DriftItem.NoReviewYet n = (DriftItem.NoReviewYet) item;
    return new Block.Entry("", "The plan has not been reviewed since it was made on "
        + DocumentBuilder.date(n.formulatedOn()) + "; a review was due by "
        + DocumentBuilder.date(n.dueBy()) + ".", List.of());
  }

  private static String days(LocalDate from, LocalDate to) {
    long n = ChronoUnit.DAYS.between(from, to);
    return n == 1 ? "1 day" : n + " days";
  }

  /** An action with one line beneath: when it is due, how far it has got, and who has it. */
  private Block.Entry actionEntry(Formulation f, Action a, ActionStatus status, String when) {
    String line = "Due " + DocumentBuilder.date(a.due().orElseThrow()) + ", " + when + "; "
        + DocumentBuilder.status(status).toLowerCase(Locale.UK)
        + a.owner().map(o -> "; " + DocumentBuilder.name(f, o)).orElse("");
    return new Block.Entry(outline.tag(a), DocumentBuilder.text(a.action()), List.of(line));
  }

  private Block.Section comingUp(Formulation f, Timeline timeline, LocalDate asOf) {
    LocalDate until = f.plan().nextReview().filter(d -> !d.isBefore(asOf))
        .orElse(asOf.plusDays(LOOK_AHEAD_DAYS));
    List<Block.Entry> entries = new ArrayList<>();
    for (ActionProgress p : timeline.actions()) {
      Action a = p.action();
      if (p.isSettled() || a.due().isEmpty() || a.due().get().isBefore(asOf)
          || a.due().get().isAfter(until)) {
        continue;
      }
      String when = a.due().get().equals(asOf) ? "today" : "in " + days(asOf, a.due().get());
      entries.add(actionEntry(f, a, p.latest(), when));
    }
    String title = "Coming up before " + DocumentBuilder.date(until);
    List<Block> body = List.of(entries.isEmpty()
        ? new Block.Empty("No action is due between now and then.")
        : new Block.Entries(entries));
    return new Block.Section("coming-up", 2, title, body);
  }
}
