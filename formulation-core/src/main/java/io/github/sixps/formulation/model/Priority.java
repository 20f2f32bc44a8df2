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

  /** Checks that no argument is null. */
  public Priority {
    optional(impact, "impact");
    optional(changeability, "changeability");
    optional(familyPriority, "familyPriority");
    optional(urgency, "urgency");
    optional(pin, "pin");
    optional(reason, "reason");
  }

  /** A priority with nothing recorded. */
  public static Priority none() {
    return NONE;
  }

  /** Whether none of the four criteria has been rated. */
  public boolean isUnrated() {
    return impact.isEmpty() && changeability.isEmpty() && familyPriority.isEmpty()
        && urgency.isEmpty();
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
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

    /** Sets how strongly the factor keeps the presenting issues going (1 to 5). */
    public Builder impact(int value) {
      impact = Optional.of(value);
      return this;
    }

    /** Sets how realistic change is within the plan (1 to 5). */
    public Builder changeability(int value) {
      changeability = Optional.of(value);
      return this;
    }

    /** Sets how much the family itself wants to change this (1 to 5). */
    public Builder familyPriority(int value) {
      familyPriority = Optional.of(value);
      return this;
    }

    /** Sets the risk of significant harm if this is left (1 to 5). */
    public Builder urgency(int value) {
      urgency = Optional.of(value);
      return this;
    }

    /** Sets a rank by hand, with the reason for it. */
    public Builder pin(int rank, String why) {
      pin = Optional.of(rank);
      reason = Optional.of(required(why, "reason"));
      return this;
    }

    /** Sets the hand-set rank alone; a draft may lack the reason. */
    public Builder pin(Optional<Integer> rank) {
      pin = optional(rank, "pin");
      return this;
    }

    /** Sets the reason for a hand-set rank alone. */
    public Builder reason(Optional<String> why) {
      reason = optional(why, "reason");
      return this;
    }

    /** The priority built from what was set. */
    public Priority build() {
      return new Priority(impact, changeability, familyPriority, urgency, pin, reason);
    }
  }
}
