package io.github.sixps.formulation.model;

/**
 * Whether an event in the chronology was a good time or a hard one for the child and family. A
 * chronology records good times too: they are where strengths and the network show.
 */
public enum EventTone {
  /** A good time: a birth welcomed, a new school that went well, a grandparent moving nearby. */
  GOOD,
  /** A hard time: a loss, a move away from friends, an illness. */
  HARD,
  /** Both at once, such as a move that was hard but brought the family closer to help. */
  MIXED
}
