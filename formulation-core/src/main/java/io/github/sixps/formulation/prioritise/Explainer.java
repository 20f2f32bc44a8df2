package io.github.sixps.formulation.prioritise;

import com.google.common.base.CharMatcher;
import io.github.sixps.formulation.model.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Words each rank's explanation in plain English: the rank as an ordinal, then the reasons for it,
 * with no formula and no jargon, so that it can be read out to a family as it stands.
 */
final class Explainer {
  private Explainer() {}

  /** 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, ..., 21st, 22nd, ..., 101st, 111th. */
  static String ordinal(int n) {
    int lastTwo = Math.abs(n % 100);
    int last = Math.abs(n % 10);
    String suffix;
    if (lastTwo >= 11 && lastTwo <= 13) {
      suffix = "th";
    } else if (last == 1) {
      suffix = "st";
    } else if (last == 2) {
      suffix = "nd";
    } else if (last == 3) {
      suffix = "rd";
    } else {
      suffix = "th";
    }
    return n + suffix;
  }

  /**
   * "2nd: set by hand: reason". When the asked-for rank was taken or out of range, says so;
   * without a reason, says that one is still to be written.
   */
  static String pinned(int rank, int asked, Optional<String> reason) {
    StringBuilder s = new StringBuilder(ordinal(rank)).append(": set by hand");
    if (rank != asked) {
      s.append(", as near as it could go to ")
          .append(asked >= 1 ? "the " + ordinal(asked) : "rank " + asked)
          .append(" asked for");
    }
    Optional<String> why = reason
        .map(r -> CharMatcher.whitespace().trimAndCollapseFrom(r, ' '))
        .filter(r -> !r.isEmpty());
    if (why.isPresent()) {
      s.append(": ").append(why.get());
    } else {
      s.append("; no reason written yet");
    }
    return s.toString();
  }

  /** "5th: not yet rated; kept in the order written". */
  static String unscored(int rank) {
    return ordinal(rank) + ": not yet rated; kept in the order written";
  }

  /**
   * The reasons for a rated factor's place: safety first if it applies, how many presenting
   * issues it keeps going, each rating given, those still to give, and, when its score equals
   * that of the factor placed just before it, why that one went first. A criterion weighted 0
   * is left out: it played no part, so it is no reason.
   *
   * @param level the unpinned factor placed just before this one, with its rank, when both have
   *     the same band and score
   */
  static String rated(int rank, Assessment a, Weights weights, Optional<Placed> level) {
    Priority p = a.priority();
    List<String> reasons = new ArrayList<>();
    boolean safety = a.band() == Band.SAFETY_FIRST;
    if (safety) {
      reasons.add(Criterion.URGENCY.describe(p) + " puts immediate safety first");
    }
    reasons.add(reach(a.reach()));
    List<String> missing = new ArrayList<>();
    for (Criterion c : Criterion.values()) {
      if (c.weight(weights) == 0 && !(safety && c == Criterion.URGENCY)) {
        continue;
      }
      if (c.recorded(p).isEmpty()) {
        missing.add(c.missingWords());
      } else if (!(safety && c == Criterion.URGENCY)) {
        reasons.add(c.describe(p));
      }
    }
    if (!missing.isEmpty()) {
      reasons.add("not yet rated for " + either(missing));
    }
    level.ifPresent(l -> reasons.add("level on score with " + name(l) + ", which "
        + (l.assessment().reach() > a.reach()
            ? "keeps more presenting issues going" : "comes first in the file")));
    return ordinal(rank) + ": " + String.join("; ", reasons);
  }

  /** A factor already given its rank. */
  record Placed(int rank, Assessment assessment) {}

  private static String reach(int reach) {
    if (reach == 0) {
      return "not yet linked to a presenting issue";
    }
    return "keeps " + reach + (reach == 1 ? " presenting issue" : " presenting issues")
        + " going";
  }

  // A draft's id may be blank; the rank still says which factor is meant.
  private static String name(Placed placed) {
    String id = CharMatcher.whitespace().trimAndCollapseFrom(placed.assessment().factor().id(),
        ' ');
    return id.isEmpty() ? "the " + ordinal(placed.rank()) : id;
  }

  private static String either(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " or "
        + words.get(words.size() - 1);
  }
}
