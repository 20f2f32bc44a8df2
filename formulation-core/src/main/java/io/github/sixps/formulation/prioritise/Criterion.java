package io.github.sixps.formulation.prioritise;

import io.github.sixps.formulation.model.Priority;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The four rated criteria of a perpetuating factor, in the order the method and its explanations
 * list them, each with the words used for it in an explanation.
 */
enum Criterion {
  IMPACT("impact", "impact", Priority::impact, Weights::impact),
  URGENCY("urgency", "urgency", Priority::urgency, Weights::urgency),
  CHANGEABILITY("ease of change", "ease of change", Priority::changeability,
      Weights::changeability),
  FAMILY_PRIORITY("the family rates it", "the family's view", Priority::familyPriority,
      Weights::familyPriority);

  static final int LOWEST = 1;
  static final int HIGHEST = 5;

  private final String ratedWords;
  private final String missingWords;
  private final Function<Priority, Optional<Integer>> recorded;
  private final ToIntFunction<Weights> weight;

  Criterion(String ratedWords, String missingWords,
      Function<Priority, Optional<Integer>> recorded, ToIntFunction<Weights> weight) {
    this.ratedWords = ratedWords;
    this.missingWords = missingWords;
    this.recorded = recorded;
    this.weight = weight;
  }

  /** The value as written in the file, in range or not. */
  Optional<Integer> recorded(Priority priority) {
    return recorded.apply(priority);
  }

  /**
   * The value the method counts: the recorded one brought into 1 to 5, so that a draft's 9 counts
   * as 5 and its -1 as 1 rather than swamping or sinking the score. The validator reports them.
   */
  Optional<Integer> counted(Priority priority) {
    return recorded(priority).map(v -> Math.max(LOWEST, Math.min(HIGHEST, v)));
  }

  int weight(Weights weights) {
    return weight.applyAsInt(weights);
  }

  /** "impact 4 of 5", or "impact 5 of 5 (written as 9)" when the value was brought into range. */
  String describe(Priority priority) {
    int counted = counted(priority).orElseThrow();
    int written = recorded(priority).orElseThrow();
    return ratedWords + " " + counted + " of " + HIGHEST
        + (counted == written ? "" : " (written as " + written + ")");
  }

  /** How the criterion is named in "not yet rated for ...". */
  String missingWords() {
    return missingWords;
  }
}
