package io.github.sixps.formulation.model;

/** How a person is related to the family the formulation is about. */
public enum PersonRole {
  /** A child the formulation is about. */
  CHILD,
  /** An older child, usually a teenager. */
  YOUNG_PERSON,
  /** A mother, father or other person with parental responsibility. */
  PARENT,
  /** Someone who looks after the child day to day, such as a foster or kinship carer. */
  CARER,
  /** A brother or sister. */
  SIBLING,
  /** A grandmother or grandfather. */
  GRANDPARENT,
  /** Another member of the wider family. */
  RELATIVE,
  /** A friend of the child or family. */
  FRIEND,
  /** Anyone else in the family's network. */
  OTHER
}
