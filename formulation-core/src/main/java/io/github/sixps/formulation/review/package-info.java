/**
 * A formulation over time, for outcome-focused supervision:
 * {@link io.github.sixps.formulation.review.Timeline} follows each goal's scale and each action's
 * status through the reviews, {@link io.github.sixps.formulation.review.Drift} finds drift and
 * delay as of a date, and {@link io.github.sixps.formulation.review.FormulationDiff} says what
 * changed between two versions ("what changed since the last supervision").
 *
 * <p>Nothing here judges a formulation against rules: the validator's supervision rules report
 * what {@code Drift} finds.
 */
package io.github.sixps.formulation.review;
