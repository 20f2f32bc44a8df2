package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.optional;
import static io.github.sixps.formulation.model.Values.required;

import java.util.Optional;

/**
 * Two adults who are or were partners, with the state of their partnership and its dates.
 *
 * <pre>{@code
 * Partnership p = new Partnership("lena", "daniel", PartnershipState.SEPARATED,
 *     Optional.of(EventDate.year(2012)), Optional.of(EventDate.year(2020)));
 * }</pre>
 *
 * @param first id of one partner
 * @param second id of the other
 * @param state whether they are married, partners, separated or divorced
 * @param from when the partnership began, if recorded
 * @param until when they separated or divorced, if recorded
 */
public record Partnership(String first, String second, PartnershipState state,
    Optional<EventDate> from, Optional<EventDate> until) {
  /**
   * Checks that no argument is null.
   *
   * @param first id of one partner
   * @param second id of the other
   * @param state the state of the partnership
   * @param from when it began, if recorded
   * @param until when it ended, if recorded
   * @throws NullPointerException if an argument is null
   */
  public Partnership {
    required(first, "first");
    required(second, "second");
    required(state, "state");
    optional(from, "from");
    optional(until, "until");
  }

  /**
   * A partnership with no dates recorded.
   *
   * @param first id of one partner
   * @param second id of the other
   * @param state the state of the partnership
   * @return the partnership
   */
  public static Partnership of(String first, String second, PartnershipState state) {
    return new Partnership(first, second, state, Optional.empty(), Optional.empty());
  }
}
