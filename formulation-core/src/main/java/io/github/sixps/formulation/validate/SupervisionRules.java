package io.github.sixps.formulation.validate;

import static io.github.sixps.formulation.validate.RuleCategory.SUPERVISION;
import static io.github.sixps.formulation.validate.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Review;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Drift and delay, as of the date the caller gives. */
final class SupervisionRules {
  private SupervisionRules() {}

  static ImmutableList<Rule> all() {
    return ImmutableList.of(
        BasicRule.of("action-overdue", SUPERVISION, WARNING,
            "No action is past its due date without being done or dropped.",
            SupervisionRules::overdueActions),
        BasicRule.of("review-overdue", SUPERVISION, WARNING,
            "The plan has been reviewed on or after its next review date, once that date has "
                + "passed.",
            SupervisionRules::overdueReview),
        BasicRule.of("goal-not-moving", SUPERVISION, WARNING,
            "Each goal's scale has gone up between the last two reviews.",
            SupervisionRules::goalsNotMoving));
  }

  /** The latest status of an action: the last review that mentions it, else the plan's. */
  private static ActionStatus latestStatus(Formulation f, Action action) {
    ActionStatus status = action.status();
    if (status == ActionStatus.DONE || status == ActionStatus.DROPPED) {
      return status;
    }
    for (Review review : f.reviews()) {
      ActionStatus said = review.actions().get(action.id());
      if (said != null) {
        status = said;
      }
    }
    return status;
  }

  private static void overdueActions(RuleContext c, FindingSink out) {
    Formulation f = c.formulation();
    for (Action a : f.plan().actions()) {
      if (a.due().isEmpty() || !a.due().get().isBefore(c.asOf())) {
        continue;
      }
      ActionStatus status = latestStatus(f, a);
      if (status != ActionStatus.DONE && status != ActionStatus.DROPPED) {
        out.report(c.pathOf(a) + ".due", "This action was due on " + a.due().get()
            + " and is not done.", "Check in with its owner: finish it, agree a new date, or "
            + "drop it and say why.");
      }
    }
  }

  private static void overdueReview(RuleContext c, FindingSink out) {
    Formulation f = c.formulation();
    if (f.plan().nextReview().isEmpty()) {
      return;
    }
    LocalDate due = f.plan().nextReview().get();
    if (!due.isBefore(c.asOf())) {
      return;
    }
    boolean reviewed = f.reviews().stream().anyMatch(r -> r.on().map(on -> !on.isBefore(due))
        .orElse(false));
    if (!reviewed) {
      out.report("plan.nextReview", "The plan was due to be reviewed on " + due
          + " and has not been.", "Hold the review, or record it if it has happened.");
    }
  }

  private static void goalsNotMoving(RuleContext c, FindingSink out) {
    Formulation f = c.formulation();
    for (Goal g : f.plan().goals()) {
      List<Integer> scales = new ArrayList<>();
      for (Review r : f.reviews()) {
        Integer s = r.scale().get(g.id());
        if (s != null) {
          scales.add(s);
        }
      }
      if (scales.size() < 2) {
        continue;
      }
      int before = scales.get(scales.size() - 2);
      int last = scales.get(scales.size() - 1);
      if (last < before) {
        out.report(c.pathOf(g), "This goal has fallen from " + before + " to " + last
            + " over the last two reviews.", "Talk with the family about what has changed and "
            + "whether the plan still fits.");
      } else if (last == before) {
        out.report(c.pathOf(g), "This goal has stayed at " + last + " over the last two "
            + "reviews.", "Check whether the actions for it are happening and still fit.");
      }
    }
  }
}
