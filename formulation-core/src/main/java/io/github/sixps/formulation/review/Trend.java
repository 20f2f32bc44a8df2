package io.github.sixps.formulation.review;

/** Which way a goal's scale has gone at its latest review. */
public enum Trend {
  /** The latest scale is higher than the one before it. */
  IMPROVING,
  /** The latest scale is the same as the one before it, or there is nothing before it. */
  STEADY,
  /** The latest scale is lower than the one before it. */
  WORSENING,
  /** No review has scored the goal yet. */
  NOT_YET_REVIEWED
}
