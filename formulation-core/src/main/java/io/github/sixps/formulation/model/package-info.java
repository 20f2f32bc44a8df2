/**
 * The 6Ps formulation as plain immutable data: {@link io.github.sixps.formulation.model.Formulation}
 * and the parts it is made of.
 *
 * <p>Nothing here reads files, checks practice or renders: those live in their own packages. The
 * model holds drafts as readily as finished work, and never holds null: absent values are empty
 * {@link java.util.Optional}s and absent lists are empty.
 */
package io.github.sixps.formulation.model;
