package io.github.sixps.formulation.model;

/**
 * A person's sex or gender where it is recorded, as a family tree draws it: a circle, a square,
 * or (as the 2022 inclusive pedigree nomenclature asks) a diamond for another gender. When it
 * is not recorded, the person has no gender in the model and is drawn as a diamond too.
 */
public enum Gender {
  /** A woman or girl: a circle. */
  FEMALE,
  /** A man or boy: a square. */
  MALE,
  /** Another gender, such as non-binary: a diamond. */
  ANOTHER
}
