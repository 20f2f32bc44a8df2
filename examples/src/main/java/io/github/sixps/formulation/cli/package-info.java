/**
 * The {@code formulation} command line, built on picocli. Every command keeps the same exit codes
 * and reports problems on stderr as {@code FILE:LINE:COLUMN: message}.
 */
package io.github.sixps.formulation.cli;
