package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Review;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The latest date a formulation speaks of: its latest dated review, else the day it was
 * formulated. A version of a formulation is as of that day, whenever it is read.
 */
final class LatestDate {
  private LatestDate() {}

  static Optional<LocalDate> of(Formulation formulation) {
    Optional<LocalDate> reviewed = formulation.reviews().stream().map(Review::on)
        .flatMap(Optional::stream).max(LocalDate::compareTo);
    return reviewed.or(formulation::formulatedOn);
  }
}
