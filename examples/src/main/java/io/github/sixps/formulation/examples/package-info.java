/**
 * The worked and teaching examples bundled with SixPs, for demonstrations, tests and training.
 * Every family, professional and service in them is fictional.
 */
package io.github.sixps.formulation.examples;
