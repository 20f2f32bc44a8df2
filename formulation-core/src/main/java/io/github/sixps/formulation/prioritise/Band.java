package io.github.sixps.formulation.prioritise;

/**
 * The three groups a perpetuating factor falls into before its score is looked at. Every factor
 * in an earlier band ranks above every unpinned factor in a later one.
 */
public enum Band {
  /** Urgency at or above the safety threshold: immediate safety comes before everything else. */
  SAFETY_FIRST("safety first"),
  /** At least one criterion rated: placed by its score. */
  SCORED("scored"),
  /** Nothing rated yet: kept in the order written, after every rated factor. */
  UNSCORED("not yet rated");

  private final String label;

  Band(String label) {
    this.label = label;
  }

  /**
   * {@return the band in plain words for tables and explanations, such as {@code "safety first"}}
   */
  public String label() {
    return label;
  }
}
