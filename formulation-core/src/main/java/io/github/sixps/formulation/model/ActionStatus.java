package io.github.sixps.formulation.model;

/** How far an action in the plan has got. */
public enum ActionStatus {
  /** Agreed but not begun. */
  NOT_STARTED,
  /** Under way. */
  IN_PROGRESS,
  /** Completed. */
  DONE,
  /** No longer part of the plan. */
  DROPPED
}
