package io.github.sixps.formulation.render.internal;

import io.github.sixps.formulation.internal.KebabCase;
import io.github.sixps.formulation.render.Label;
import io.github.sixps.formulation.review.Change;
import io.github.sixps.formulation.review.FormulationDiff;
import io.github.sixps.formulation.review.Heading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The changes between two versions as one section per heading of the formulation, named in the
 * document's own terminology so that "what changed" reads like the rest of the document.
 */
final class ChangeSections {
  private ChangeSections() {}

  /** One section per heading with changes, at the given level; a sentence if nothing changed. */
  static List<Block> of(FormulationDiff diff, Words words, int level) {
    return of(diff, words, level, Integer.MAX_VALUE);
  }

  /**
   * As {@link #of(FormulationDiff, Words, int)}, but with at most {@code most} changes
   * under each heading, those a supervisor most needs first: what is new, moved or gone before
   * what was edited, and changes of rank last, since they follow from the rest. A sentence says
   * how many more there are.
   */
  static List<Block> of(FormulationDiff diff, Words words, int level, int most) {
    List<Block> blocks = new ArrayList<>();
    if (diff.isEmpty()) {
      blocks.add(new Block.Empty(words.text("changes.nothing")));
      return blocks;
    }
    for (Map.Entry<Heading, List<Change>> group : diff.byHeading().entrySet()) {
      List<Change> changes = new ArrayList<>(group.getValue());
      if (changes.size() > most) {
        changes.sort(Comparator.comparingInt(ChangeSections::weight));
      }
      List<Block.Entry> entries = new ArrayList<>();
      for (Change change : changes.subList(0, Math.min(most, changes.size()))) {
        entries.add(new Block.Entry("", change.description(), List.of()));
      }
      List<Block> body = new ArrayList<>();
      body.add(new Block.Entries(entries));
      int rest = changes.size() - entries.size();
      if (rest > 0) {
        body.add(Block.Paragraph.of(rest == 1 ? words.text("changes.oneMore")
            : words.format("changes.more", "count", String.valueOf(rest))));
      }
      Heading heading = group.getKey();
      blocks.add(new Block.Section("changes-" + KebabCase.of(heading), level,
          title(heading, words), body));
    }
    return blocks;
  }

  private static int weight(Change change) {
    if (change.path().endsWith(".rank")) {
      return 4;
    }
    switch (change.kind()) {
      case ADDED:
        return 0;
      case MOVED:
        return 1;
      case REMOVED:
        return 2;
      default:
        return 3;
    }
  }

  private static String title(Heading heading, Words words) {
    switch (heading) {
      case PEOPLE:
        return words.heading(Label.PEOPLE);
      case PRESENTING:
        return words.heading(Label.PRESENTING);
      case PREDISPOSING:
        return words.heading(Label.PREDISPOSING);
      case PRECIPITATING:
        return words.heading(Label.PRECIPITATING);
      case PERPETUATING:
        return words.heading(Label.PERPETUATING);
      case PROTECTIVE:
        return words.heading(Label.PROTECTIVE);
      case CHILDS_VOICE:
        return words.heading(Label.CHILDS_VOICE);
      case HYPOTHESIS:
        return words.heading(Label.HYPOTHESIS);
      case PLAN:
        return words.heading(Label.PLAN);
      case REVIEWS:
        return words.heading(Label.REVIEWS);
      case FAMILY:
        return words.text("changes.family");
      case CHRONOLOGY:
        return words.text("changes.chronology");
      default:
        return words.text("changes.about");
    }
  }
}
