/**
 * The shared document outline that every writer walks: {@link
 * io.github.sixps.formulation.render.internal.DocumentBuilder} decides the sections, their order,
 * labels and what each audience sees; the writers only decide how blocks look. Not part of the
 * API: the module does not export it.
 */
package io.github.sixps.formulation.render.internal;
