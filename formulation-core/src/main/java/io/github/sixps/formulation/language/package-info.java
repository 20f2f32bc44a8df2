/**
 * Plain, respectful language in formulations: "words create worlds".
 *
 * <p>Practice standards ask that a formulation is written so that the family can read it and
 * recognise themselves in it: no unexplained initials, no words of the trade where everyday words
 * will do, and no phrases that describe a child or parent by a shortcoming or put the blame on
 * them. This package finds those words and suggests plainer ones, and estimates how hard a text
 * is to read.
 *
 * <ul>
 *   <li>{@link io.github.sixps.formulation.language.Lexicon}: the words to avoid, kept as data
 *       (the resource {@code lexicon.yaml} in this package), each a
 *       {@link io.github.sixps.formulation.language.LexiconEntry} of one
 *       {@link io.github.sixps.formulation.language.LexiconKind} with an alternative and a note.
 *       Callers add and remove entries to suit their own area. Where a word is a problem only in
 *       some uses, its {@link io.github.sixps.formulation.language.Context} says which, by
 *       {@link io.github.sixps.formulation.language.Neighbours} patterns of the words around it,
 *       and its {@link io.github.sixps.formulation.language.PhraseForms} which forms count.
 *   <li>{@link io.github.sixps.formulation.language.PlainLanguage}: compiles a lexicon once and
 *       checks any text against it, returning a
 *       {@link io.github.sixps.formulation.language.LanguageIssue} for each match.
 *   <li>{@link io.github.sixps.formulation.language.Readability}: the Flesch–Kincaid grade of a
 *       text, for text meant for families.
 * </ul>
 *
 * <p>The package knows text, not formulations: it is the validator that decides which statements
 * to check, names their paths and turns issues into findings.
 */
package io.github.sixps.formulation.language;
