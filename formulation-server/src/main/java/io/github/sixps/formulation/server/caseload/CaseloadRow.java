package io.github.sixps.formulation.server.caseload;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.FormulationStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One formulation file in a caseload, as a supervisor looks at it: whose it is, where it stands,
 * what is late, which goals have not moved, and how many findings the checks have. A file that
 * cannot be read is a row too, with its problems.
 *
 * @param id the file's id in the folder, such as {@code ahmed}
 * @param fileName the file's name, such as {@code ahmed.yaml}
 * @param title the formulation's title; blank for a file that cannot be read
 * @param children the names of the children and young people in it
 * @param workers the names of the professionals who formulated and hold the case (a social
 *     worker, a family support worker, a team manager...), the lead first
 * @param status where the formulation stands; empty for a file that cannot be read
 * @param lastReview the date of the latest review, if any is dated
 * @param nextReview when the plan is next to be reviewed, if set
 * @param reviewLateDays how many days the review is late by (the next review date passed, or no
 *     first review long after formulating); 0 when it is not late
 * @param late what is late, each in a few plain words, review first, then actions
 * @param overdueActions how many actions are past their date and not done
 * @param goalsNotMoving the goals whose scale stayed or fell at the last review, by id
 * @param errors how many findings at error severity
 * @param warnings how many warnings
 * @param notes how many notes (info findings)
 * @param problems why the file cannot be read; empty when it can
 */
public record CaseloadRow(
    String id,
    String fileName,
    String title,
    ImmutableList<String> children,
    ImmutableList<String> workers,
    Optional<FormulationStatus> status,
    Optional<LocalDate> lastReview,
    Optional<LocalDate> nextReview,
    long reviewLateDays,
    ImmutableList<String> late,
    int overdueActions,
    ImmutableList<String> goalsNotMoving,
    int errors,
    int warnings,
    int notes,
    ImmutableList<String> problems) {

  /** {@return whether the file could not be read} */
  public boolean isBroken() {
    return !problems.isEmpty();
  }

  /** {@return the lead worker's name, or blank when none is recorded} */
  public String worker() {
    return workers.isEmpty() ? "" : workers.get(0);
  }
}
