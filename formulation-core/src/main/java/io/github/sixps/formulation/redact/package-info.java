/**
 * Pseudonymising a formulation to make a training example: {@link
 * io.github.sixps.formulation.redact.Pseudonymiser} replaces the names of people and contributors
 * with role-based placeholders everywhere, free text included, makes agencies generic and moves
 * dates, and returns a {@link io.github.sixps.formulation.redact.Redaction} with what it replaced,
 * field by field, and a report of what it could not be sure of: capitalised words that may be
 * names, text in another script, other forms of names, names that may be ordinary words, dates it
 * could not move, phone numbers, postcodes.
 *
 * <p>Pseudonymising is not anonymising. The story of a family can identify it even with every
 * name gone; the report and a careful read by a person are part of the job.
 */
package io.github.sixps.formulation.redact;
