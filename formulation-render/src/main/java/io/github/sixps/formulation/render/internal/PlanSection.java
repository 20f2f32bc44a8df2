package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.RenderOptions;
import io.github.sixps.formulation.review.CurrentState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The plan's section: the goals, the actions and when the plan is next reviewed. */
final class PlanSection extends DocumentPart {
  /** How many done actions page 1 of the family's version lists before saying how many more. */
  private static final int DONE_ON_FIRST_PAGE = 3;
  /** About one line of the family's large print, in characters. */
  private static final int ONE_LINE = 64;

  private static final ImmutableList<String> ACTION_HEADER =
      ImmutableList.of("plan.what", "plan.who", "plan.byWhen", "plan.howWeWillKnow",
          "plan.status");

  PlanSection(RenderOptions options) {
    super(options);
  }

  /** What we will do, together. */
  Block.Section section(Formulation f) {
    List<Block> body = new ArrayList<>();
    teaching(Label.PLAN).ifPresent(body::add);
    CurrentState now = current(f);
    List<Block> goals = new ArrayList<>();
    if (f.plan().goals().isEmpty()) {
      goals.add(new Block.Empty(say.text("empty.goals")));
    } else {
      List<Block.Entry> entries = new ArrayList<>();
      for (Goal g : f.plan().goals()) {
        List<String> details = new ArrayList<>();
        now.stateOf(g).flatMap(state -> scoreNow(f, state)).ifPresent(details::add);
        if (!family && !g.forIssues().isEmpty()) {
          details.add(say.format("details.forIssues", "ids", say.commas(g.forIssues())));
        }
        entries.add(new Block.Entry(tag(g), text(g.outcome()), details));
      }
      goals.add(new Block.Entries(entries));
    }
    body.add(new Block.Section("goals", 3, say.heading(Label.GOALS), goals));
    List<Block> actions = new ArrayList<>();
    if (f.plan().actions().isEmpty()) {
      actions.add(new Block.Empty(say.text("empty.actions")));
    } else if (family) {
      // A family reads each action on its own, often on a phone or in large print, where a
      // five-column table leaves each column a word wide: a list keeps every detail readable.
      List<Block.Entry> entries = new ArrayList<>();
      for (Action a : f.plan().actions()) {
        List<String> cells = actionCells(f, a, now);
        List<String> details = new ArrayList<>();
        // Who, by when and how it stands share a line: short, and read together.
        details.add(say.text(ACTION_HEADER.get(1)) + ": " + cells.get(1) + ". "
            + say.text(ACTION_HEADER.get(2)) + ": " + cells.get(2) + ". "
            + say.text(ACTION_HEADER.get(4)) + ": " + cells.get(4) + ".");
        // How we will know matters while an action is to be done; once done, it has been known.
        if (now.stateOf(a).map(state -> state.status() != ActionStatus.DONE).orElse(true)) {
          details.add(say.text(ACTION_HEADER.get(3)) + ": " + cells.get(3));
        }
        entries.add(new Block.Entry("", cells.get(0), details));
      }
      actions.add(new Block.Entries(entries));
    } else {
      List<ImmutableList<String>> rows = new ArrayList<>();
      for (Action a : f.plan().actions()) {
        rows.add(actionCells(f, a, now));
      }
      actions.add(new Block.Table(say.heading(Label.ACTIONS), ACTION_HEADER.stream()
          .map(say::text).collect(ImmutableList.toImmutableList()), ImmutableList.copyOf(rows)));
    }
    body.add(new Block.Section("actions", 3, say.heading(Label.ACTIONS), actions));
    f.plan().nextReview().ifPresent(d ->
        body.add(new Block.Paragraph(say.text("plan.nextReview"), say.date(d))));
    return new Block.Section("plan", 2, say.heading(Label.PLAN), body);
  }

  /**
   * For the first page of the family's version: the actions already done, so that what the
   * family has achieved is read with what is going well, before what is still to do. The newest
   * news comes first (those done at the latest review that speaks of them). Each is one line of
   * large print, cut at a word with an ellipsis; the plan further on has them whole, with who
   * did them. Past {@value #DONE_ON_FIRST_PAGE}, a line says how many more and where they are,
   * so that page 1 still holds the child's words. Nothing when none is done yet.
   */
  Optional<Block.Section> doneAlready(Formulation f) {
    List<CurrentState.ActionNow> done = current(f).actions().stream()
        .filter(a -> a.status() == ActionStatus.DONE)
        .sorted(Comparator.comparingInt(
            (CurrentState.ActionNow a) -> a.source().review()).reversed())
        .toList();
    if (done.isEmpty()) {
      return Optional.empty();
    }
    List<Block.Entry> shown = new ArrayList<>();
    for (CurrentState.ActionNow a : done.subList(0, Math.min(done.size(), DONE_ON_FIRST_PAGE))) {
      shown.add(new Block.Entry("", Sentences.shortened(text(a.action().action()), ONE_LINE),
          List.of()));
    }
    List<Block> body = new ArrayList<>();
    body.add(new Block.Entries(shown));
    if (done.size() > DONE_ON_FIRST_PAGE) {
      body.add(new Block.Paragraph("", say.format("plan.doneMore",
          "count", String.valueOf(done.size() - DONE_ON_FIRST_PAGE),
          "heading", say.heading(Label.PLAN)), ""));
    }
    return Optional.of(new Block.Section("done-already", 2, say.text("plan.doneAlready"), body));
  }

  /**
   * What an action works on and for which goals, for the practitioner's table: " (works on M1
   * and M3; for G1)", or nothing when it names neither.
   */
  private String worksOn(Action a) {
    List<String> parts = new ArrayList<>();
    if (!a.addresses().isEmpty()) {
      parts.add(say.format("plan.worksOn", "ids", say.and(a.addresses())));
    }
    if (!a.goals().isEmpty()) {
      parts.add(say.format("plan.forGoals", "ids", say.and(a.goals())));
    }
    return parts.isEmpty() ? "" : " (" + String.join(say.text("list.semicolon"), parts) + ")";
  }

  /** What is said of each action, in the order of {@link #ACTION_HEADER}. */
  private ImmutableList<String> actionCells(Formulation f, Action a, CurrentState now) {
    String what = (family ? "" : a.id() + ": ") + text(a.action())
        + (family ? "" : worksOn(a));
    // The family's list of who is involved, at the end, gives each professional's organisation.
    return ImmutableList.of(what,
        a.owner().map(o -> family ? plainName(f, o) : name(f, o))
            .orElse(say.text("plan.notAgreed")),
        a.due().map(say::date).orElse(say.text("plan.noDate")),
        a.measure().filter(m -> !m.isBlank()).orElse(say.text("plan.notAgreed")),
        now.stateOf(a).map(state -> statusNow(f, state)).orElse(say.status(a.status())));
  }
}
