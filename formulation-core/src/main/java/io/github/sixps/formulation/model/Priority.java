package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.optional;
import static io.github.sixps.formulation.model.Values.required;

import java.util.Optional;

/**
 * How a perpetuating factor was rated, each criterion from 1 to 5, each optional, and a
 * practitioner's own rank for it when they choose to set one.
 *
 * <p>The model keeps whatever was recorded, in range or not; the validator reports values
 * outside 1 to 5 and a pinned rank without a reason.
 *
 * <pre>{@code
 * Priority p = Priority.builder().impact(4).changeability(4).familyPriority(5).urgency(2).build();
 * }</pre>
 *
 * @param impact how strongly the factor keeps the presenting issues going
 * @param changeability how realistic change is within the plan
 * @param familyPriority how much the family itself wants to change it
 * @param urgency risk of significant harm if it is left
 * @param pin a rank a practitioner has set by hand, from 1
 * @param reason why the rank was set by hand
 */
public record Priority(
    Optional<Integer> impact,
    Optional<Integer> changeability,
    Optional<Integer> familyPriority,
    Optional<Integer> urgency,
    Optional<Integer> pin,
    Optional<String> reason) {

  private static final Priority NONE = builder().build();

  /**
   * Checks that no argument is null.
   *
   * @param impact how strongly the factor keeps the presenting issues going
   * @param changeability how realistic change is within the plan
   * @param familyPriority how much the family itself wants to change it
   * @param urgency risk of significant harm if it is left
   * @param pin a rank a practitioner has set by hand, from 1
   * @param reason why the rank was set by hand
   * @throws NullPointerException if an argument is null
   */
  public Priority {
    optional(impact, "impact");
    optional(changeability, "changeability");
    optional(familyPriority, "familyPriority");
    optional(urgency, "urgency");
    optional(pin, "pin");
    optional(reason, "reason");
  }

  /** {@return a priority with nothing recorded} */
  public static Priority none() {
    return NONE;
  }

  /** {@return whether none of the four criteria has been rated} */
  public boolean isUnrated() {
    return impact.isEmpty() && changeability.isEmpty() && familyPriority.isEmpty()
        && urgency.isEmpty();
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this priority's values, to change some of them} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.impact = impact;
    b.changeability = changeability;
    b.familyPriority = familyPriority;
    b.urgency = urgency;
    b.pin = pin;
    b.reason = reason;
    return b;
  }

  /** Builds a {@link Priority}; every value is optional. */
  public static final class Builder {
    private Optional<Integer> impact = Optional.empty();
    private Optional<Integer> changeability = Optional.empty();
    private Optional<Integer> familyPriority = Optional.empty();
    private Optional<Integer> urgency = Optional.empty();
    private Optional<Integer> pin = Optional.empty();
    private Optional<String> reason = Optional.empty();

    private Builder() {}

    /**
     * Sets how strongly the factor keeps the presenting issues going (1 to 5).
     *
     * @param value the rating, from 1 (a little) to 5 (a great deal)
     * @return this builder
     */
    public Builder impact(int value) {
      impact = Optional.of(value);
      return this;
    }

    /**
     * Sets how realistic change is within the plan (1 to 5).
     *
     * @param value the rating, from 1 (hard to change) to 5 (readily changed)
     * @return this builder
     */
    public Builder changeability(int value) {
      changeability = Optional.of(value);
      return this;
    }

    /**
     * Sets how much the family itself wants to change this (1 to 5).
     *
     * @param value the rating, from 1 (not a priority for them) to 5 (their top priority)
     * @return this builder
     */
    public Builder familyPriority(int value) {
      familyPriority = Optional.of(value);
      return this;
    }

    /**
     * Sets the risk of significant harm if this is left (1 to 5).
     *
     * @param value the rating, from 1 (can wait) to 5 (a safety matter now)
     * @return this builder
     */
    public Builder urgency(int value) {
      urgency = Optional.of(value);
      return this;
    }

    /**
     * Sets a rank by hand, with the reason for it.
     *
     * @param rank the rank the factor should have, from 1
     * @param why why the practitioner set it, in plain words
     * @return this builder
     */
    public Builder pin(int rank, String why) {
      pin = Optional.of(rank);
      reason = Optional.of(required(why, "reason"));
      return this;
    }

    /**
     * Sets the hand-set rank alone; a draft may lack the reason.
     *
     * @param rank the hand-set rank, from 1, or empty to clear it
     * @return this builder
     */
    public Builder pin(Optional<Integer> rank) {
      pin = optional(rank, "pin");
      return this;
    }

    /**
     * Sets the reason for a hand-set rank alone.
     *
     * @param why why the rank was set by hand, or empty to clear it
     * @return this builder
     */
    public Builder reason(Optional<String> why) {
      reason = optional(why, "reason");
      return this;
    }

    /** {@return the priority built from what was set} */
    public Priority build() {
      return new Priority(impact, changeability, familyPriority, urgency, pin, reason);
    }
  }
}
