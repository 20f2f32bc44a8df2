package io.github.sixps.formulation.model;

/** The state of a partnership between two adults, as a family tree draws it. */
public enum PartnershipState {
  /** Married or in a civil partnership: a solid line. */
  MARRIED,
  /** Living together or together without marrying: a dashed line. */
  PARTNERS,
  /** Separated: the line crossed once ({@code /}). */
  SEPARATED,
  /** Divorced or the civil partnership dissolved: the line crossed twice ({@code //}). */
  DIVORCED
}
