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
import io.github.sixps.formulation.review.CurrentState;
import io.github.sixps.formulation.review.DriftItem;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.review.GoalProgress;
import io.github.sixps.formulation.review.Timeline;
import io.github.sixps.formulation.validate.ValidationReport;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The supervision summary of a formulation: what is late or drifting, the child's words, the
 * scales, what is coming up, where things stand and what changed. It leaves out what a supervisor can find in the full record (the family's
 * details, the other factors, the reviews' notes), so that a typical case fits a few A4 pages
 * at 11pt.
 */
final class SupervisionBuilder {
  /** How many perpetuating factors the summary lists: the ones the plan should work on first. */
  private static final int TOP_FACTORS = 3;
  /** How many changes the summary shows under each heading; the changes document has them all. */
  private static final int CHANGES_PER_HEADING = 3;
  /** How far ahead "coming up" looks when the plan has no next review date still to come. */
  private static final int LOOK_AHEAD_DAYS = 28;

  private final RenderOptions options;
  private final Terminology words;
  private final Words say;
  private final boolean family;
  private final DocumentBuilder outline;

  SupervisionBuilder(RenderOptions options, DocumentBuilder outline) {
    this.options = options;
    this.words = options.terminology();
    this.say = outline.words();
    this.family = options.audience() == Audience.FAMILY;
    this.outline = outline;
  }

  Document build(Formulation f, Optional<Formulation> previous,
      Optional<ValidationReport> report, Optional<Ranking> ranking) {
    LocalDate asOf = options.asOf().orElseGet(LocalDate::now);
    Timeline timeline = Timeline.of(f);
    List<Block.Section> sections = new ArrayList<>();
    // At a glance, in the order a manager asks: what is late or drifting, what the child says
    // now, how the scales move, what is coming up; then the reasoning behind the plan.
    sections.add(late(f, previous, asOf));
    sections.add(outline.childsVoice(f));
    sections.add(progress(f, timeline));
    sections.add(comingUp(f, timeline, asOf));
    List<Block> standing = new ArrayList<>(hypothesis(f, ranking));
    standing.add(mattersMost(f, ranking));
    sections.add(new Block.Section("standing", 2, say.text("supervision.standing"), standing));
    previous.ifPresent(p -> {
      FormulationDiff diff = FormulationDiff.between(p, f);
      sections.add(new Block.Section("changes", 2, outline.changesTitle(diff),
          ChangeSections.of(diff, say, 3, CHANGES_PER_HEADING)));
    });
    report.ifPresent(r -> sections.add(outline.findings(r)));
    // The framework and who helped are left out: a supervisor knows them, and the summary is
    // short of room; the next review is in the line on reviews below.
    List<String> known = List.of(say.text(DocumentBuilder.FRAMEWORK), say.text("facts.whoHelped"),
        say.text("plan.nextReview"));
    List<Document.Fact> facts = new ArrayList<>();
    outline.facts(f).stream().filter(fact -> !known.contains(fact.name())).forEach(facts::add);
    String last = FormulationDiff.dateOf(f).filter(d -> !f.reviews().isEmpty())
        .map(d -> say.format("supervision.lastReview", "date", outline.date(d)))
        .orElse(say.text("supervision.noReviews"));
    facts.add(new Document.Fact(say.text("facts.reviews"), last + f.plan().nextReview()
        .map(d -> say.format("supervision.nextReview", "date", outline.date(d)))
        .orElse(say.text("supervision.noNextReview"))));
    facts.add(new Document.Fact(say.text("facts.asOf"), outline.date(asOf)));
    return new Document(say.format("supervision.title", "title", outline.title(f)),
        ImmutableList.copyOf(facts), options.marking(), outline.banner(f, report),
        ImmutableList.copyOf(sections), family);
  }

  private List<Block> hypothesis(Formulation f, Optional<Ranking> ranking) {
    List<Block> body = new ArrayList<>();
    Optional<Hypothesis> h = f.hypothesis();
    if (h.isEmpty()) {
      body.add(new Block.Empty(say.text("supervision.noHypothesis")));
    } else {
      body.add(new Block.Paragraph(words.label(Label.HYPOTHESIS),
          outline.text(h.get().statement())));
      if (!h.get().focus().isEmpty()) {
        body.add(focus(f, h.get(), ranking));
      }
      h.get().expectedChange().filter(s -> !s.isBlank()).ifPresent(s ->
          body.add(new Block.Paragraph(say.text(family ? "expectedChange.family"
              : "expectedChange.practitioner"), s)));
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
        parts.add(id + ranked.map(r -> say.format("supervision.ranked", "ordinal", r.ordinal(),
            "rank", String.valueOf(r.rank()))).orElse(""));
      }
    }
    return new Block.Paragraph(say.text(family ? "focus.family" : "focus.practitioner"),
        family ? String.join(say.text("list.semicolon"), parts) : outline.inWords(parts));
  }

  private Block.Section mattersMost(Formulation f, Optional<Ranking> ranking) {
    List<Block> body = new ArrayList<>();
    String title = say.format("supervision.mattersMost", "heading",
        words.label(Label.PERPETUATING));
    if (f.perpetuating().isEmpty()) {
      body.add(new Block.Empty(say.text("empty.factors")));
    } else if (ranking.isEmpty()) {
      List<Block.Entry> entries = new ArrayList<>();
      f.perpetuating().stream().limit(TOP_FACTORS).forEach(factor -> entries.add(
          new Block.Entry(outline.tag(factor), outline.text(factor.statement()),
              List.of())));
      body.add(new Block.Entries(entries));
    } else {
      List<RankedFactor> top = ranking.get().factors().subList(0,
          Math.min(TOP_FACTORS, ranking.get().factors().size()));
      // A list rather than a table: full-width lines keep the summary short.
      List<Block.Entry> entries = new ArrayList<>();
      for (RankedFactor r : top) {
        entries.add(new Block.Entry(outline.tag(r.factor()),
            outline.text(r.factor().statement()),
            family ? List.of() : List.of(say.format("supervision.rankedBecause", "explanation",
                r.explanation()))));
      }
      body.add(new Block.Entries(entries));
      int rest = ranking.get().factors().size() - top.size();
      if (rest > 0) {
        body.add(Block.Paragraph.of(rest == 1 ? say.text("supervision.oneMore")
            : say.format("supervision.more", "count", String.valueOf(rest))));
      }
    }
    return new Block.Section("matters-most", 3, title, body);
  }

  private Block.Section progress(Formulation f, Timeline timeline) {
    List<Block> body = new ArrayList<>();
    ChartData chart = outline.chart(f);
    if (timeline.goals().isEmpty()) {
      body.add(new Block.Empty(say.text("empty.goals")));
    } else if (!chart.series().isEmpty() && !f.reviews().isEmpty()) {
      // The chart's words give each goal's start, every review's score and the target.
      body.add(new Block.Chart(chart));
    } else {
      List<Block.Entry> entries = new ArrayList<>();
      for (GoalProgress g : timeline.goals()) {
        List<String> details = new ArrayList<>();
        g.start().ifPresent(p -> details.add(say.format("supervision.atStart", "score",
            String.valueOf(p.value()))));
        g.target().ifPresent(t -> details.add(say.format("supervision.hopedFor", "target",
            String.valueOf(t))));
        details.add(say.text("supervision.notReviewed"));
        entries.add(new Block.Entry(outline.tag(g.goal()),
            outline.text(g.goal().outcome()), details));
      }
      body.add(new Block.Entries(entries));
    }
    return new Block.Section("progress", 2, say.text("supervision.progress"), body);
  }

  private Block.Section late(Formulation f, Optional<Formulation> previous, LocalDate asOf) {
    List<Block.Entry> entries = new ArrayList<>();
    Map<Action, String> moved = previous.map(p -> moved(f, p)).orElse(Map.of());
    Set<Action> shown = new HashSet<>();
    for (DriftItem item : options.drift().asOf(f, asOf)) {
      Block.Entry entry = lateEntry(f, item, asOf);
      // A late action whose date also moved says both under one entry.
      if (item instanceof DriftItem.ActionOverdue a && moved.containsKey(a.action())) {
        List<String> details = new ArrayList<>(entry.details());
        details.add(moved.get(a.action()));
        entry = new Block.Entry(entry.tag(), entry.text(), details);
        shown.add(a.action());
      }
      entries.add(entry);
    }
    moved.forEach((a, line) -> {
      if (!shown.contains(a)) {
        entries.add(new Block.Entry(outline.tag(a), outline.text(a.action()), List.of(line)));
      }
    });
    List<Block> body = List.of(entries.isEmpty()
        ? new Block.Empty(say.format("supervision.nothingLate", "date", outline.date(asOf)))
        : new Block.Entries(entries));
    return new Block.Section("late", 2, say.text("supervision.late"), body);
  }

  private Block.Entry lateEntry(Formulation f, DriftItem item, LocalDate asOf) {
    if (item instanceof DriftItem.ActionOverdue a) {
      return actionEntry(f, a.action(), a.status(), say.format("supervision.ago", "days",
          days(a.due(), asOf)));
    }
    if (item instanceof DriftItem.ReviewOverdue r) {
      return new Block.Entry("", r.lastReview().map(d -> say.format(
          "supervision.reviewOverdueSince", "date", outline.date(r.due()), "last",
          outline.date(d))).orElse(say.format("supervision.reviewOverdue", "date",
          outline.date(r.due()))), List.of());
    }
    if (item instanceof DriftItem.GoalNotMoving g) {
      String moved = g.fell() ? say.format("supervision.goalFell", "before",
          String.valueOf(g.before()), "last", String.valueOf(g.last()))
          : say.format("supervision.goalStayed", "last", String.valueOf(g.last()));
      return new Block.Entry(outline.tag(g.goal()), outline.text(g.goal().outcome()),
          List.of(moved));
    }
    DriftItem.NoReviewYet n = (DriftItem.NoReviewYet) item;
    return new Block.Entry("", say.format("supervision.noReviewYet", "made",
        outline.date(n.formulatedOn()), "due", outline.date(n.dueBy())), List.of());
  }

  /**
   * Actions whose due date moved later since the previous version: drift, named with the date
   * it was, rather than a neutral line among the changes.
   */
  private Map<Action, String> moved(Formulation f, Formulation previous) {
    Map<Action, String> moved = new LinkedHashMap<>();
    for (Action a : f.plan().actions()) {
      Optional<LocalDate> before = previous.plan().actions().stream()
          .filter(b -> b.id().equals(a.id())).findFirst().flatMap(Action::due);
      if (a.due().isPresent() && before.isPresent() && a.due().get().isAfter(before.get())) {
        moved.put(a, say.format("supervision.moved", "before", outline.date(before.get()),
            "after", outline.date(a.due().get())));
      }
    }
    return moved;
  }

  private String days(LocalDate from, LocalDate to) {
    long n = ChronoUnit.DAYS.between(from, to);
    return n == 1 ? say.text("supervision.oneDay")
        : say.format("supervision.days", "count", String.valueOf(n));
  }

  /** An action with one line beneath: when it is due, how far it has got, and who has it. */
  private Block.Entry actionEntry(Formulation f, Action a, ActionStatus status, String when) {
    String line = say.format("supervision.due", "date", outline.date(a.due().orElseThrow()),
        "when", when, "status", outline.status(status).toLowerCase(
            Locale.forLanguageTag(say.language())))
        + a.owner().map(o -> say.text("list.semicolon") + outline.name(f, o)).orElse("");
    return new Block.Entry(outline.tag(a), outline.text(a.action()), List.of(line));
  }

  private Block.Section comingUp(Formulation f, Timeline timeline, LocalDate asOf) {
    LocalDate until = f.plan().nextReview().filter(d -> !d.isBefore(asOf))
        .orElse(asOf.plusDays(LOOK_AHEAD_DAYS));
    List<Block.Entry> entries = new ArrayList<>();
    for (CurrentState.ActionNow p : CurrentState.of(f, asOf).actions()) {
      Action a = p.action();
      if (p.isSettled() || a.due().isEmpty() || a.due().get().isBefore(asOf)
          || a.due().get().isAfter(until)) {
        continue;
      }
      String when = a.due().get().equals(asOf) ? say.text("supervision.today")
          : say.format("supervision.inDays", "days", days(asOf, a.due().get()));
      entries.add(actionEntry(f, a, p.status(), when));
    }
    String title = say.format("supervision.comingUp", "date", outline.date(until));
    List<Block> body = List.of(entries.isEmpty()
        ? new Block.Empty(say.text("supervision.nothingDue"))
        : new Block.Entries(entries));
    return new Block.Section("coming-up", 2, title, body);
  }
}
