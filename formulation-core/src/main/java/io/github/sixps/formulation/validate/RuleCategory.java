package io.github.sixps.formulation.validate;

/** The kinds of rule, which profiles switch on and off as groups. */
public enum RuleCategory {
  /** Ids, references, ranges, dates and required text: is the formulation well put together? */
  STRUCTURE,
  /** Good practice: strengths, the child's voice, a hypothesis, a plan linked to the 6Ps. */
  PRACTICE,
  /** Actions that are specific, measurable, owned and time-bound. */
  SMART,
  /** Drift and delay, as of a date: overdue actions and reviews, goals that are not moving. */
  SUPERVISION,
  /** Plain, respectful language: jargon, acronyms, deficit phrases, hard-to-read text. */
  LANGUAGE
}
