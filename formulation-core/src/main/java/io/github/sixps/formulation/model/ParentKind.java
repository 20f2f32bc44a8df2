package io.github.sixps.formulation.model;

/** How a parent or carer is linked to a child in the family tree. */
public enum ParentKind {
  /** A birth parent. */
  BIRTH,
  /** An adoptive parent. */
  ADOPTIVE,
  /** A step-parent: the partner of a parent. */
  STEP,
  /** A foster carer. */
  FOSTER,
  /** A relative or friend who brings the child up in a kinship arrangement. */
  KINSHIP
}
