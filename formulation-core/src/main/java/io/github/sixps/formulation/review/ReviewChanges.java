package io.github.sixps.formulation.review;

import static io.github.sixps.formulation.review.Names.name;
import static io.github.sixps.formulation.review.Quotation.plain;
import static io.github.sixps.formulation.review.Sentences.and;
import static io.github.sixps.formulation.review.Sentences.ukDate;
import static io.github.sixps.formulation.review.Sentences.words;

import io.github.sixps.formulation.internal.KebabCase;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.GoalScale;
import io.github.sixps.formulation.model.Review;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the reviews that were added, removed or changed, each said by its scores against the
 * ones before.
 */
final class ReviewChanges {
  private ReviewChanges() {}

  static void find(Comparison c) {
    // Reviews have no ids and are kept oldest first, so new ones come at the end: position is
    // the natural match.
    Formulation newer = c.newer();
    List<Review> olds = c.older().reviews();
    List<Review> news = newer.reviews();
    for (int i = 0; i < Math.max(olds.size(), news.size()); i++) {
      String path = "reviews[" + i + "]";
      if (i >= olds.size()) {
        Review r = news.get(i);
        c.change(Change.Kind.ADDED, Heading.REVIEWS, path, Optional.empty(),
            Optional.of(summary(r)), "A review " + when(r) + " was added" + outline(newer, i));
      } else if (i >= news.size()) {
        Review r = olds.get(i);
        c.change(Change.Kind.REMOVED, Heading.REVIEWS, path, Optional.of(summary(r)),
            Optional.empty(), "The review " + when(r) + " was removed.");
      } else if (!olds.get(i).equals(news.get(i))) {
        Review r = news.get(i);
        c.change(Change.Kind.EDITED, Heading.REVIEWS, path, Optional.of(summary(olds.get(i))),
            Optional.of(summary(r)), "The record of the review " + when(r) + " was changed"
                + outline(newer, i));
      }
    }
  }

  private static String when(Review r) {
    return r.on().map(d -> "on " + ukDate(d)).orElse("with no date");
  }

  /**
   * What the review at {@code index} of {@code f} recorded, to follow "A review on … was added":
   * who led it, each goal's score against the one before, the actions by status, the notes.
   */
  private static String outline(Formulation f, int index) {
    Review r = f.reviews().get(index);
    StringBuilder s = new StringBuilder();
    r.by().ifPresent(by -> s.append(", led by ").append(name(f, by)));
    s.append('.');
    List<String> scores = new ArrayList<>();
    r.scaleIn(f.plan()).forEach((goal, value) -> scores.add(score(f, index, goal, value)));
    if (!scores.isEmpty()) {
      s.append(" Goal scales: ").append(String.join("; ", scores)).append('.');
    }
    Map<ActionStatus, List<String>> byStatus = new EnumMap<>(ActionStatus.class);
    r.actionsIn(f.plan()).forEach((action, status) ->
        byStatus.computeIfAbsent(status, x -> new ArrayList<>()).add(action));
    List<String> statuses = new ArrayList<>();
    for (ActionStatus status : new ActionStatus[] {ActionStatus.DONE, ActionStatus.IN_PROGRESS,
        ActionStatus.NOT_STARTED, ActionStatus.DROPPED}) {
      if (byStatus.containsKey(status)) {
        statuses.add(and(byStatus.get(status)) + " " + words(status));
      }
    }
    if (!statuses.isEmpty()) {
      s.append(" Actions: ").append(String.join("; ", statuses)).append('.');
    }
    // Whole: cut at a length, the notes would stop mid-sentence in the supervision summary,
    // which has no other copy of them.
    r.notes().ifPresent(notes -> s.append(" Notes: ").append(Quotation.whole(notes))
        .append('.'));
    if (scores.isEmpty() && statuses.isEmpty() && r.notes().isEmpty() && r.by().isEmpty()) {
      return ", with nothing recorded.";
    }
    return s.toString();
  }

  /** "G1 up from 3 to 5": against the goal's last score before this review, or its start. */
  private static String score(Formulation f, int index, String goal, int value) {
    Optional<Integer> was = Optional.empty();
    for (int i = index - 1; i >= 0 && was.isEmpty(); i--) {
      was = Optional.ofNullable(f.reviews().get(i).scale().get(goal));
    }
    if (was.isEmpty()) {
      was = f.find(goal, Goal.class).flatMap(Goal::scale).map(GoalScale::now);
    }
    String id = plain(goal);
    if (was.isEmpty()) {
      return id + " at " + value;
    }
    int w = was.get();
    return w == value ? id + " still at " + value
        : id + (value > w ? " up" : " down") + " from " + w + " to " + value;
  }

  /** A review as one line, close to how a file writes it. */
  private static String summary(Review r) {
    List<String> parts = new ArrayList<>();
    r.on().ifPresent(d -> parts.add("on: " + d));
    r.by().ifPresent(by -> parts.add("by: " + by));
    if (!r.scale().isEmpty()) {
      parts.add("scale: " + r.scale());
    }
    if (!r.actions().isEmpty()) {
      Map<String, String> statuses = new LinkedHashMap<>();
      r.actions().forEach((k, v) -> statuses.put(k, KebabCase.of(v)));
      parts.add("actions: " + statuses);
    }
    r.notes().ifPresent(n -> parts.add("notes: " + n));
    return String.join("; ", parts);
  }
}
