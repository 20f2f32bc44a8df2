/**
 * Checking a formulation: the {@link io.github.sixps.formulation.validate.Validator}, its
 * {@link io.github.sixps.formulation.validate.Rule}s and
 * {@link io.github.sixps.formulation.validate.Profile}s, and the
 * {@link io.github.sixps.formulation.validate.ValidationReport} of
 * {@link io.github.sixps.formulation.validate.Finding}s it returns.
 *
 * <p>The rules, their codes and how to fix what they find are listed in {@code docs/rules.md}.
 */
package io.github.sixps.formulation.validate;
