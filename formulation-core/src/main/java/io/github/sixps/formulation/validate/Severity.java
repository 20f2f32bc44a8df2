package io.github.sixps.formulation.validate;

/** How much a finding matters, most serious first. */
public enum Severity {
  /** Something is wrong: a broken reference, a missing required part. Exit code 1 on the command line. */
  ERROR,
  /** Something is weak or missing from good practice, and worth fixing before sign-off. */
  WARNING,
  /** Worth knowing; no change is needed if it is deliberate. */
  INFO
}
