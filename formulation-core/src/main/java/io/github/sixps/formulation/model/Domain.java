package io.github.sixps.formulation.model;

/** The side of the Assessment Framework triangle that a presenting issue belongs to. */
public enum Domain {
  /** The child's developmental needs: health, education, emotional wellbeing, identity. */
  CHILD_DEVELOPMENT,
  /** What the parents or carers are able to provide: care, safety, warmth, guidance. */
  PARENTING_CAPACITY,
  /** Family and environmental factors: housing, income, community, wider family. */
  FAMILY_ENVIRONMENT
}
