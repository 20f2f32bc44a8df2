package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.list;
import static io.github.sixps.formulation.model.Values.optional;
import static io.github.sixps.formulation.model.Values.required;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * A predisposing, precipitating, perpetuating or protective factor.
 *
 * <pre>{@code
 * Factor m1 = Factor.builder(FactorKind.PERPETUATING, "M1")
 *     .statement("Mornings are rushed and Sara is not well enough to walk Amira to school.")
 *     .explains(List.of("P1"))
 *     .priority(Priority.builder().impact(4).urgency(2).build())
 *     .build();
 * }</pre>
 *
 * @param kind which of the four factor headings it sits under
 * @param id the id other parts refer to
 * @param statement the factor, in plain words
 * @param explains ids of the presenting issues it helps explain
 * @param sources ids of the people or contributors whose view this is
 * @param evidence a short note of what this is based on
 * @param priority how it was rated; only perpetuating factors carry one
 * @param events ids of the events in the chronology it comes from
 */
public record Factor(
    FactorKind kind,
    String id,
    String statement,
    List<String> explains,
    List<String> sources,
    Optional<String> evidence,
    Optional<Priority> priority,
    List<String> events)
    implements Item {

  /**
   * Checks that no argument is null, copies the lists and refuses a priority on anything but a
   * perpetuating factor.
   *
   * @param kind which of the four factor headings it sits under
   * @param id the id other parts refer to
   * @param statement the factor, in plain words
   * @param explains ids of the presenting issues it helps explain
   * @param sources ids of the people or contributors whose view this is
   * @param evidence a short note of what this is based on
   * @param priority how it was rated; only perpetuating factors carry one
   * @param events ids of the events in the chronology it comes from
   * @throws NullPointerException if an argument, or an element of a list, is null
   * @throws IllegalArgumentException if a factor that is not perpetuating has a priority
   */
  public Factor {
    required(kind, "kind");
    required(id, "id");
    required(statement, "statement");
    explains = list(explains, "explains");
    sources = list(sources, "sources");
    optional(evidence, "evidence");
    optional(priority, "priority");
    events = list(events, "events");
    if (priority.isPresent() && kind != FactorKind.PERPETUATING) {
      throw new IllegalArgumentException(
          "priority: only perpetuating factors carry a priority, but factor " + id + " is "
              + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
  }
  /**
   * A factor that names no events in the chronology.
   *
   * @param kind which of the four factor headings it sits under
   * @param id the id other parts refer to
   * @param statement the factor, in plain words
   * @param explains ids of the presenting issues it helps explain
   * @param sources ids of the people or contributors whose view this is
   * @param evidence a short note of what this is based on
   * @param priority how it was rated; only perpetuating factors carry one
   * @throws NullPointerException if an argument, or an element of a list, is null
   * @throws IllegalArgumentException if a factor that is not perpetuating has a priority
   */
  public Factor(FactorKind kind, String id, String statement, List<String> explains,
      List<String> sources, Optional<String> evidence, Optional<Priority> priority) {
    this(kind, id, statement, explains, sources, evidence, priority, ImmutableList.of());
  }


  /**
   * A factor with only a kind, an id and a statement.
   *
   * @param kind which of the four factor headings it sits under
   * @param id the id other parts will use to refer to it, such as {@code "S1"}
   * @param statement the factor, in plain words
   * @return the factor, explaining nothing yet and with nobody's view recorded
   */
  public static Factor of(FactorKind kind, String id, String statement) {
    return builder(kind, id).statement(statement).build();
  }

  /**
   * A builder for a factor of the given kind and id, with a blank statement.
   *
   * @param kind which of the four factor headings it sits under
   * @param id the id other parts will use to refer to it, such as {@code "M1"}
   * @return a builder for that factor
   */
  public static Builder builder(FactorKind kind, String id) {
    return new Builder(required(kind, "kind"), required(id, "id"));
  }

  /** {@return a builder holding this factor's values, to make a changed copy} */
  public Builder toBuilder() {
    Builder b = new Builder(kind, id);
    b.statement = statement;
    b.explains = explains;
    b.sources = sources;
    b.evidence = evidence;
    b.priority = priority;
    b.events = events;
    return b;
  }

  /** Builds a {@link Factor}. */
  public static final class Builder {
    private final FactorKind kind;
    private final String id;
    private String statement = "";
    private List<String> explains = ImmutableList.of();
    private List<String> sources = ImmutableList.of();
    private Optional<String> evidence = Optional.empty();
    private Optional<Priority> priority = Optional.empty();
    private List<String> events = ImmutableList.of();

    private Builder(FactorKind kind, String id) {
      this.kind = kind;
      this.id = id;
    }

    /**
     * Sets the statement; blank by default.
     *
     * @param value the factor, in plain words
     * @return this builder
     */
    public Builder statement(String value) {
      statement = required(value, "statement");
      return this;
    }

    /**
     * Sets the presenting issues it explains; none by default.
     *
     * @param value ids of the presenting issues it helps explain
     * @return this builder
     */
    public Builder explains(List<String> value) {
      explains = list(value, "explains");
      return this;
    }

    /**
     * Sets whose view this is; nobody by default.
     *
     * @param value ids of the people or contributors whose view this is
     * @return this builder
     */
    public Builder sources(List<String> value) {
      sources = list(value, "sources");
      return this;
    }

    /**
     * Sets the evidence note; absent by default.
     *
     * @param value a short note of what this is based on
     * @return this builder
     */
    public Builder evidence(String value) {
      evidence = Optional.of(required(value, "evidence"));
      return this;
    }

    /**
     * Sets or clears the evidence note.
     *
     * @param value the evidence note, or empty to clear it
     * @return this builder
     */
    public Builder evidence(Optional<String> value) {
      evidence = optional(value, "evidence");
      return this;
    }

    /**
     * Sets the priority of a perpetuating factor; absent by default.
     *
     * @param value how the factor was rated
     * @return this builder
     */
    public Builder priority(Priority value) {
      priority = Optional.of(required(value, "priority"));
      return this;
    }

    /**
     * Sets or clears the priority.
     *
     * @param value how the factor was rated, or empty to clear it
     * @return this builder
     */
    public Builder priority(Optional<Priority> value) {
      priority = optional(value, "priority");
      return this;
    }

    /**
     * Sets the events in the chronology it comes from; none by default.
     *
     * @param value ids of the events, such as {@code "E3"}
     * @return this builder
     */
    public Builder events(List<String> value) {
      events = list(value, "events");
      return this;
    }

    /** {@return the factor built from what was set} */
    public Factor build() {
      return new Factor(
          kind, id, statement, ImmutableList.copyOf(explains), ImmutableList.copyOf(sources),
          evidence, priority, ImmutableList.copyOf(events));
    }
  }
}
