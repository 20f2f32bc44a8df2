package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.map;
import static io.github.sixps.formulation.model.Values.optional;
import static io.github.sixps.formulation.model.Values.required;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One outcome-focused supervision or review of the plan: where each goal stood on its scale and
 * how far each action had got.
 *
 * <pre>{@code
 * Review r = Review.builder()
 *     .on(LocalDate.of(2026, 11, 23))
 *     .by("tm")
 *     .scale(Map.of("G1", 5))
 *     .actions(Map.of("A1", ActionStatus.DONE))
 *     .build();
 * }</pre>
 *
 * <p>Both maps iterate in id order (G2 before G10), whatever order they were given in, so the
 * same review is written and described the same way on every JVM. {@link #scaleIn(Plan)} and
 * {@link #actionsIn(Plan)} give them in the plan's order, as files and documents show them.
 *
 * @param on the date of the review
 * @param by id of the contributor who led it
 * @param scale goal id to where the goal stood on its 0 to 10 scale, in id order
 * @param actions action id to its status at the review, in id order
 * @param notes what was said
 */
public record Review(
    Optional<LocalDate> on,
    Optional<String> by,
    Map<String, Integer> scale,
    Map<String, ActionStatus> actions,
    Optional<String> notes) {

  /**
   * Checks that no argument is null and copies the maps in id order.
   *
   * @param on the date of the review
   * @param by id of the contributor who led it
   * @param scale goal id to where the goal stood on its 0 to 10 scale, in any order
   * @param actions action id to its status at the review, in any order
   * @param notes what was said
   * @throws NullPointerException if an argument, or a key or value in a map, is null
   */
  public Review {
    optional(on, "on");
    optional(by, "by");
    scale = IdOrder.sorted(map(scale, "scale"));
    actions = IdOrder.sorted(map(actions, "actions"));
    optional(notes, "notes");
  }

  /**
   * {@return the goal scales with the plan's goals first, in the plan's order, then any other
   * ids in id order}
   *
   * @param plan the plan whose goal order to follow
   */
  public Map<String, Integer> scaleIn(Plan plan) {
    return IdOrder.inOrder(scale, plan.goals().stream().map(Goal::id).toList());
  }

  /**
   * {@return the action statuses with the plan's actions first, in the plan's order, then any
   * other ids in id order}
   *
   * @param plan the plan whose action order to follow
   */
  public Map<String, ActionStatus> actionsIn(Plan plan) {
    return IdOrder.inOrder(actions, plan.actions().stream().map(Action::id).toList());
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this review's values, to change some of them} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.on = on;
    b.by = by;
    b.scale = scale;
    b.actions = actions;
    b.notes = notes;
    return b;
  }

  /** Builds a {@link Review}. */
  public static final class Builder {
    private Optional<LocalDate> on = Optional.empty();
    private Optional<String> by = Optional.empty();
    private Map<String, Integer> scale = ImmutableMap.of();
    private Map<String, ActionStatus> actions = ImmutableMap.of();
    private Optional<String> notes = Optional.empty();

    private Builder() {}

    /**
     * Sets the date of the review; absent by default.
     *
     * @param value the day the review took place
     * @return this builder
     */
    public Builder on(LocalDate value) {
      on = Optional.of(required(value, "on"));
      return this;
    }

    /**
     * Sets or clears the date of the review.
     *
     * @param value the day of the review, or empty to clear it
     * @return this builder
     */
    public Builder on(Optional<LocalDate> value) {
      on = optional(value, "on");
      return this;
    }

    /**
     * Sets who led it; absent by default.
     *
     * @param value id of the contributor who led the review
     * @return this builder
     */
    public Builder by(String value) {
      by = Optional.of(required(value, "by"));
      return this;
    }

    /**
     * Sets or clears who led it.
     *
     * @param value id of the contributor who led it, or empty to clear it
     * @return this builder
     */
    public Builder by(Optional<String> value) {
      by = optional(value, "by");
      return this;
    }

    /**
     * Sets the goal scales; none by default. Kept in id order.
     *
     * @param value goal id to where the goal stood on its 0 to 10 scale at this review
     * @return this builder
     */
    public Builder scale(Map<String, Integer> value) {
      scale = map(value, "scale");
      return this;
    }

    /**
     * Sets the action statuses; none by default. Kept in id order.
     *
     * @param value action id to how far the action had got at this review
     * @return this builder
     */
    public Builder actions(Map<String, ActionStatus> value) {
      actions = map(value, "actions");
      return this;
    }

    /**
     * Sets the notes; absent by default.
     *
     * @param value what was said at the review
     * @return this builder
     */
    public Builder notes(String value) {
      notes = Optional.of(required(value, "notes"));
      return this;
    }

    /**
     * Sets or clears the notes.
     *
     * @param value the notes, or empty to clear them
     * @return this builder
     */
    public Builder notes(Optional<String> value) {
      notes = optional(value, "notes");
      return this;
    }

    /** {@return the review built from what was set} */
    public Review build() {
      return new Review(on, by, ImmutableMap.copyOf(scale), ImmutableMap.copyOf(actions), notes);
    }
  }
}
