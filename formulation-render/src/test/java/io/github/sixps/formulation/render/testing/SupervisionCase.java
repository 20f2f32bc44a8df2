package io.github.sixps.formulation.render.testing;

import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.model.ActionStatus;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Plan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Kowalski worked example before and after its November review, as a supervisor would
 * compare them, with the dates the tests judge lateness against.
 */
public final class SupervisionCase {
  /** Four actions are past their dates: A1 (due 11 December) and A3, A4 and A7 (18 December). */
  public static final LocalDate LATE = LocalDate.of(2026, 12, 20);
  /** Nothing is late yet; A1 is due before the next review. */
  public static final LocalDate ON_TIME = LocalDate.of(2026, 12, 1);

  private SupervisionCase() {}

  /** The version after the review. */
  public static Formulation now() {
    return WorkedExamples.read("young-carer-kowalski");
  }

  /**
   * The version before the review: no review yet, A2 still under way, A3 due earlier and the
   * next review set for the end of November.
   */
  public static Formulation before() {
    Formulation now = now();
    return now.toBuilder().reviews(List.of())
        .plan(new Plan(now.plan().goals(), now.plan().actions().stream()
            .map(a -> a.id().equals("A2") ? a.toBuilder().status(ActionStatus.IN_PROGRESS).build()
                : a.id().equals("A3") ? a.toBuilder().due(LocalDate.of(2026, 11, 30)).build()
                : a)
            .collect(ImmutableList.toImmutableList()),
            Optional.of(LocalDate.of(2026, 11, 30))))
        .build();
  }
}
