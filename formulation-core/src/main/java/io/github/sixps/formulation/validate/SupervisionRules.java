package io.github.sixps.formulation.validate;

import static io.github.sixps.formulation.validate.RuleCategory.SUPERVISION;
import static io.github.sixps.formulation.validate.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.Review;
import io.github.sixps.formulation.review.Drift;
import io.github.sixps.formulation.review.DriftItem;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * Drift and delay, as of the date the caller gives. {@link Drift} decides what counts; these rules
 * only word what it finds, so that the validator and supervision tools never disagree.
 */
final class SupervisionRules {
  private SupervisionRules() {}

  private static final Drift DRIFT = Drift.standard();

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
            SupervisionRules::goalsNotMoving),
        BasicRule.of("no-review-yet", SUPERVISION, WARNING,
            "The plan has had a review within " + weeks(DRIFT.noReviewAfter())
                + " of the formulation date.",
            SupervisionRules::noReviewYet),
        BasicRule.of("review-after-as-of", SUPERVISION, WARNING,
            "No review is dated after the date of the check: a review is recorded once it has "
                + "happened.",
            SupervisionRules::reviewsAfterAsOf),
        BasicRule.of("next-review-not-after-last", SUPERVISION, WARNING,
            "The next review date is after the latest review, so the plan has a review still to "
                + "come.",
            SupervisionRules::nextReviewNotAfterLast));
  }

  /**
   * A review dated after the day of the check has not happened yet: a document would show its
   * scores and statuses to a family as facts. Usually a mistyped year or a planned review
   * recorded early.
   */
  private static void reviewsAfterAsOf(RuleContext c, FindingSink out) {
    for (int i = 0; i < c.formulation().reviews().size(); i++) {
      Optional<LocalDate> on = c.formulation().reviews().get(i).on();
      if (on.isPresent() && on.get().isAfter(c.asOf())) {
        out.report(RuleContext.pathOf("reviews", i) + ".on", "This review is dated "
            + on.get() + ", after " + c.asOf() + ", the date of the check.",
            "Check the date; record a review once it has happened, and put a planned one in "
                + "plan.nextReview.");
      }
    }
  }

  /** A next review on or before the latest review leaves the plan with no review to come. */
  private static void nextReviewNotAfterLast(RuleContext c, FindingSink out) {
    Optional<LocalDate> next = c.formulation().plan().nextReview();
    Optional<LocalDate> last = c.formulation().reviews().stream().map(Review::on)
        .flatMap(Optional::stream).max(LocalDate::compareTo);
    if (next.isPresent() && last.isPresent() && !next.get().isAfter(last.get())) {
      out.report("plan.nextReview", "The next review is on " + next.get() + (next.get()
          .equals(last.get()) ? ", the same day as the latest review." : ", before the latest "
          + "review on " + last.get() + "."), "Set the date the family and network will next "
          + "meet to review the plan.");
    }
  }

  private static List<DriftItem> drift(RuleContext c) {
    return c.drift(DRIFT);
  }

  private static void overdueActions(RuleContext c, FindingSink out) {
    for (DriftItem item : drift(c)) {
      if (item instanceof DriftItem.ActionOverdue a) {
        out.report(c.pathOf(a.action()) + ".due", "This action was due on " + a.due()
            + " and is not done.", "Check in with its owner: finish it, agree a new date, or "
            + "drop it and say why.");
      }
    }
  }

  private static void overdueReview(RuleContext c, FindingSink out) {
    for (DriftItem item : drift(c)) {
      if (item instanceof DriftItem.ReviewOverdue r) {
        out.report("plan.nextReview", "The plan was due to be reviewed on " + r.due()
            + " and has not been.", "Hold the review, or record it if it has happened.");
      }
    }
  }

  private static void goalsNotMoving(RuleContext c, FindingSink out) {
    for (DriftItem item : drift(c)) {
      if (item instanceof DriftItem.GoalNotMoving g) {
        if (g.fell()) {
          out.report(c.pathOf(g.goal()), "This goal has fallen from " + g.before() + " to "
              + g.last() + " over the last two reviews.", "Talk with the family about what has "
              + "changed and whether the plan still fits.");
        } else {
          out.report(c.pathOf(g.goal()), "This goal has stayed at " + g.last() + " over the "
              + "last two reviews.", "Check whether the actions for it are happening and still "
              + "fit.");
        }
      }
    }
  }

  private static void noReviewYet(RuleContext c, FindingSink out) {
    for (DriftItem item : drift(c)) {
      if (item instanceof DriftItem.NoReviewYet n) {
        out.report("reviews", "No review of the plan is recorded, and the formulation was made on "
            + n.formulatedOn() + ", more than " + weeks(n.allowed()) + " ago.",
            "Hold a review with the family and network, or record it if it has happened.");
      }
    }
  }

  /** A period in words, in weeks where it is whole weeks: "6 weeks", "1 month". */
  private static String weeks(Period p) {
    if (p.getYears() == 0 && p.getMonths() == 0 && p.getDays() % 7 == 0) {
      return count(p.getDays() / 7, "week");
    }
    StringBuilder s = new StringBuilder();
    if (p.getYears() != 0) {
      s.append(count(p.getYears(), "year"));
    }
    if (p.getMonths() != 0) {
      s.append(s.length() > 0 ? ", " : "").append(count(p.getMonths(), "month"));
    }
    if (p.getDays() != 0) {
      s.append(s.length() > 0 ? " and " : "").append(count(p.getDays(), "day"));
    }
    return s.toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
