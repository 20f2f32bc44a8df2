/**
 * Prioritising the perpetuating factors of a formulation, the step between the hypothesis and the
 * plan: {@link io.github.sixps.formulation.prioritise.Prioritiser} ranks them by a transparent,
 * configurable method (safety first, then a weighted score, with a practitioner's override) and
 * returns a {@link io.github.sixps.formulation.prioritise.Ranking} that explains every rank in
 * plain English.
 *
 * <p>Nothing here judges whether the ratings are sensible or complete: out-of-range ratings and
 * pins without a reason are ranked as well as they can be, and left for the validator to report.
 */
package io.github.sixps.formulation.prioritise;
