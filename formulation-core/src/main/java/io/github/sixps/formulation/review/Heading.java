package io.github.sixps.formulation.review;

import io.github.sixps.formulation.model.FactorKind;

/**
 * The parts of a formulation a {@link Change} can be under: the six Ps, and the parts around
 * them. Listed in the order a formulation sets them out, which is the order changes are shown.
 */
public enum Heading {
  /** The id, title, date, status and framework. */
  HEADER("About the formulation"),
  /** The children, family and network, and the professionals who contributed. */
  PEOPLE("People"),
  /** How the people are related: parents, partners, siblings and households. */
  FAMILY("Family tree"),
  /** The significant events in the child's life. */
  CHRONOLOGY("Chronology"),
  /** What we are worried about, here and now. */
  PRESENTING("Presenting issues"),
  /** What made the family vulnerable. */
  PREDISPOSING("Predisposing factors"),
  /** Why now. */
  PRECIPITATING("Precipitating factors"),
  /** What keeps things going, and their ranking. */
  PERPETUATING("Perpetuating factors"),
  /** Strengths and the network. */
  PROTECTIVE("Protective factors"),
  /** What each child said in their own words. */
  CHILDS_VOICE("The child's voice"),
  /** The working theory. */
  HYPOTHESIS("Hypothesis"),
  /** Goals, actions and the next review date. */
  PLAN("Plan"),
  /** The reviews of the plan. */
  REVIEWS("Reviews");

  private final String label;

  Heading(String label) {
    this.label = label;
  }

  /** {@return the heading as shown to people, such as "Perpetuating factors"} */
  public String label() {
    return label;
  }

  /**
   * The heading of a kind of factor.
   *
   * @param kind one of the four kinds of factor
   * @return the heading that kind of factor is listed under
   */
  public static Heading of(FactorKind kind) {
    switch (kind) {
      case PREDISPOSING:
        return PREDISPOSING;
      case PRECIPITATING:
        return PRECIPITATING;
      case PERPETUATING:
        return PERPETUATING;
      default:
        return PROTECTIVE;
    }
  }
}
