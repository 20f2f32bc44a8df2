/**
 * Reading and writing formulations as YAML and JSON files in the {@code sixps/1} format:
 * {@link io.github.sixps.formulation.io.FormulationReader},
 * {@link io.github.sixps.formulation.io.FormulationWriter} and the one exception for a file that
 * cannot be read, {@link io.github.sixps.formulation.io.FormulationReadException}, which lists
 * every {@link io.github.sixps.formulation.io.ReadProblem} found in the file.
 *
 * <p>The JSON Schema of the format is the resource {@code sixps-1.schema.json} in this package;
 * {@link io.github.sixps.formulation.io.FormulationSchema} returns it.
 */
package io.github.sixps.formulation.io;
