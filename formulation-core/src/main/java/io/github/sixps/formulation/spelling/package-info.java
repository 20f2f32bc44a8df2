/**
 * "Did you mean": the known word closest to a misspelt one. The reader, the validator, the
 * profiles, the terminology files and the command line all suggest with it, so a program that
 * checks words of its own (a rule's references, a form's choices) can suggest the same way.
 */
package io.github.sixps.formulation.spelling;
