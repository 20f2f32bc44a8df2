package io.github.sixps.formulation.model;

/**
 * The four kinds of factor among the six Ps; the other two are the presenting issues and the
 * plan. Listed in the order a formulation sets them out.
 */
public enum FactorKind {
  /** What made the family vulnerable: history and context. */
  PREDISPOSING,
  /** Why now: recent events that set things off. */
  PRECIPITATING,
  /** What keeps things going: the factors the plan works on. */
  PERPETUATING,
  /** What is helping: strengths and the family's network. */
  PROTECTIVE
}
