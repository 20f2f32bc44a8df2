package io.github.sixps.formulation.model;

/** Where a formulation stands: still being written, agreed with the family, or closed. */
public enum FormulationStatus {
  /** Still being gathered or written; not yet agreed. */
  DRAFT,
  /** Agreed with the family and the network. */
  AGREED,
  /** The work has ended; kept for the record. */
  CLOSED
}
