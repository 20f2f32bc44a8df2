package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.list;
import static io.github.sixps.formulation.model.Values.optional;
import static io.github.sixps.formulation.model.Values.required;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A step in the plan: what will be done, by whom, by when, and how everyone will know.
 *
 * <pre>{@code
 * Action a1 = Action.builder("A1")
 *     .action("Grandmother walks Amira to school on Mondays, Wednesdays and Fridays.")
 *     .owner("sara")
 *     .addresses(List.of("M1"))
 *     .goals(List.of("G1"))
 *     .due(LocalDate.of(2026, 11, 16))
 *     .measure("The register shows Amira in school on those days.")
 *     .build();
 * }</pre>
 *
 * @param id the id other parts refer to
 * @param action what will be done
 * @param owner id of the person or contributor who will do it
 * @param addresses ids of the factors it works on
 * @param goals ids of the goals it serves
 * @param due when it should be done by
 * @param measure how everyone will know it has happened
 * @param status how far it has got
 */
public record Action(
    String id,
    String action,
    Optional<String> owner,
    List<String> addresses,
    List<String> goals,
    Optional<LocalDate> due,
    Optional<String> measure,
    ActionStatus status)
    implements Item {

  /**
   * Checks that no argument is null and copies the lists.
   *
   * @param id the id other parts refer to
   * @param action what will be done
   * @param owner id of the person or contributor who will do it
   * @param addresses ids of the factors it works on
   * @param goals ids of the goals it serves
   * @param due when it should be done by
   * @param measure how everyone will know it has happened
   * @param status how far it has got
   * @throws NullPointerException if an argument, or an element of a list, is null
   */
  public Action {
    required(id, "id");
    required(action, "action");
    optional(owner, "owner");
    addresses = list(addresses, "addresses");
    goals = list(goals, "goals");
    optional(due, "due");
    optional(measure, "measure");
    required(status, "status");
  }

  /**
   * A builder for an action with the given id, blank text and status not started.
   *
   * @param id the id other parts will use to refer to it, such as {@code "A1"}
   * @return a builder for that action
   */
  public static Builder builder(String id) {
    return new Builder(required(id, "id"));
  }

  /** {@return a builder holding this action's values, to make a changed copy} */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.action = action;
    b.owner = owner;
    b.addresses = addresses;
    b.goals = goals;
    b.due = due;
    b.measure = measure;
    b.status = status;
    return b;
  }

  /** Builds an {@link Action}. */
  public static final class Builder {
    private final String id;
    private String action = "";
    private Optional<String> owner = Optional.empty();
    private List<String> addresses = ImmutableList.of();
    private List<String> goals = ImmutableList.of();
    private Optional<LocalDate> due = Optional.empty();
    private Optional<String> measure = Optional.empty();
    private ActionStatus status = ActionStatus.NOT_STARTED;

    private Builder(String id) {
      this.id = id;
    }

    /**
     * Sets what will be done; blank by default.
     *
     * @param value what will be done, in plain words
     * @return this builder
     */
    public Builder action(String value) {
      action = required(value, "action");
      return this;
    }

    /**
     * Sets the owner's id; absent by default.
     *
     * @param value id of the person or contributor who will do it
     * @return this builder
     */
    public Builder owner(String value) {
      owner = Optional.of(required(value, "owner"));
      return this;
    }

    /**
     * Sets or clears the owner's id.
     *
     * @param value the owner's id, or empty to clear it
     * @return this builder
     */
    public Builder owner(Optional<String> value) {
      owner = optional(value, "owner");
      return this;
    }

    /**
     * Sets the factors it works on; none by default.
     *
     * @param value ids of the perpetuating or protective factors it works on
     * @return this builder
     */
    public Builder addresses(List<String> value) {
      addresses = list(value, "addresses");
      return this;
    }

    /**
     * Sets the goals it serves; none by default.
     *
     * @param value ids of the goals it serves
     * @return this builder
     */
    public Builder goals(List<String> value) {
      goals = list(value, "goals");
      return this;
    }

    /**
     * Sets the due date; absent by default.
     *
     * @param value the day it should be done by
     * @return this builder
     */
    public Builder due(LocalDate value) {
      due = Optional.of(required(value, "due"));
      return this;
    }

    /**
     * Sets or clears the due date.
     *
     * @param value the day it should be done by, or empty to clear it
     * @return this builder
     */
    public Builder due(Optional<LocalDate> value) {
      due = optional(value, "due");
      return this;
    }

    /**
     * Sets how everyone will know it happened; absent by default.
     *
     * @param value what everyone will see when it has happened
     * @return this builder
     */
    public Builder measure(String value) {
      measure = Optional.of(required(value, "measure"));
      return this;
    }

    /**
     * Sets or clears the measure.
     *
     * @param value the measure, or empty to clear it
     * @return this builder
     */
    public Builder measure(Optional<String> value) {
      measure = optional(value, "measure");
      return this;
    }

    /**
     * Sets the status; {@link ActionStatus#NOT_STARTED} by default.
     *
     * @param value how far it has got
     * @return this builder
     */
    public Builder status(ActionStatus value) {
      status = required(value, "status");
      return this;
    }

    /** {@return the action built from what was set} */
    public Action build() {
      return new Action(
          id, action, owner, ImmutableList.copyOf(addresses), ImmutableList.copyOf(goals), due,
          measure, status);
    }
  }
}
