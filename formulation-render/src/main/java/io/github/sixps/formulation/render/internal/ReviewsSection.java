package io.github.sixps.formulation.render.internal;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Review;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.render.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reviews' section: the chart of goal scales over the reviews, then what each review found.
 */
final class ReviewsSection extends DocumentPart {
  ReviewsSection(RenderOptions options) {
    super(options);
  }

  /** How the plan has gone at each review, under the chart of its goals' scales. */
  Block.Section section(Formulation f) {
    List<Block> body = new ArrayList<>();
    ChartData chart = chart(f);
    boolean charted = !chart.series().isEmpty() && !f.reviews().isEmpty();
    if (charted) {
      body.add(new Block.Chart(chart));
    }
    if (f.reviews().isEmpty()) {
      body.add(new Block.Empty(say.text("empty.reviews")));
    } else {
      List<Block.Entry> entries = new ArrayList<>();
      // The family reads the latest review; the chart above gives every review's scores.
      List<Review> reviews = family ? f.reviews().subList(f.reviews().size() - 1,
          f.reviews().size()) : f.reviews();
      for (Review r : reviews) {
        List<String> details = new ArrayList<>();
        r.by().ifPresent(b -> details.add(say.format("reviews.ledBy", "name", name(f, b))));
        // A family reads the whole goal or action, which ends in a full stop, so the score or
        // status comes first: "2 out of 10: Tobi sleeps through most nights."
        for (Map.Entry<String, Integer> s : r.scaleIn(f.plan()).entrySet()) {
          if (family && charted && r.on().isPresent()
              && f.find(s.getKey(), Goal.class).isPresent()) {
            // The chart's words under the picture give each goal's scores in one line, which
            // a family reads more easily than the same scores again under every review.
            continue;
          }
          String score = say.format("reviews.score", "score", String.valueOf(s.getValue()));
          details.add(family ? score + ": " + f.find(s.getKey(), Goal.class).map(Goal::outcome)
              .orElse(s.getKey()) : s.getKey() + ": " + score);
        }
        // Each action's status is in the plan, with the action, as it is now; a family's
        // handout does not repeat every action under every review.
        if (!family) {
          for (Map.Entry<String, ActionStatus> a : r.actionsIn(f.plan()).entrySet()) {
            details.add(a.getKey() + ": " + say.status(a.getValue())
                .toLowerCase(Locale.forLanguageTag(say.language())));
          }
        }
        entries.add(new Block.Entry(r.on().map(say::date).orElse(say.text("reviews.undated")),
            r.notes().orElse(""), details));
      }
      body.add(new Block.Entries(entries));
    }
    return new Block.Section("reviews", 2, say.heading(Label.REVIEWS), body);
  }

  /** Each goal's scale from the day of the formulation through every review that scored it. */
  ChartData chart(Formulation f) {
    List<ChartData.Series> series = new ArrayList<>();
    for (Goal g : f.plan().goals()) {
      List<ChartData.Point> points = new ArrayList<>();
      if (g.scale().isPresent() && f.formulatedOn().isPresent()) {
        points.add(new ChartData.Point(f.formulatedOn().get(), g.scale().get().now(),
            say.format("chart.start", "date", say.date(f.formulatedOn().get()))));
      }
      for (Review r : f.reviews()) {
        Integer value = r.scale().get(g.id());
        if (value != null && r.on().isPresent()) {
          points.add(new ChartData.Point(r.on().get(), value, say.date(r.on().get())));
        }
      }
      if (!points.isEmpty()) {
        // The family's chart names each goal by a whole sentence, not one cut off.
        String outcome = ShortText.withoutEndPunctuation(family ? Sentences.first(g.outcome())
            : ShortText.of(g.outcome()));
        String name = family ? outcome : g.id() + ": " + outcome;
        series.add(new ChartData.Series(name, g.outcome(), g.scale().map(s -> s.target()),
            ImmutableList.copyOf(points)));
      }
    }
    return new ChartData(say.text("chart.title"), ImmutableList.copyOf(series));
  }
}
