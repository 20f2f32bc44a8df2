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
 */
public record Factor(
    FactorKind kind,
    String id,
    String statement,
    ImmutableList<String> explains,
    ImmutableList<String> sources,
    Optional<String> evidence,
    Optional<Priority> priority)
    implements Item {

  /**
   * Checks that no argument is null, copies the lists and refuses a priority on anything but a
   * perpetuating factor.
   */
  public Factor {
    required(kind, "kind");
    required(id, "id");
    required(statement, "statement");
    explains = list(explains, "explains");
    sources = list(sources, "sources");
    optional(evidence, "evidence");
    optional(priority, "priority");
    if (priority.isPresent() && kind != FactorKind.PERPETUATING) {
      throw new IllegalArgumentException(
          "priority: only perpetuating factors carry a priority, but factor " + id + " is "
              + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** A factor with only a kind, an id and a statement. */
  public static Factor of(FactorKind kind, String id, String statement) {
    return builder(kind, id).statement(statement).build();
  }

  /** A builder for a factor of the given kind and id, with a blank statement. */
  public static Builder builder(FactorKind kind, String id) {
    return new Builder(required(kind, "kind"), required(id, "id"));
  }

  /** A builder holding this factor's values, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(kind, id);
    b.statement = statement;
    b.explains = explains;
    b.sources = sources;
    b.evidence = evidence;
    b.priority = priority;
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

    private Builder(FactorKind kind, String id) {
      this.kind = kind;
      this.id = id;
    }

    /** Sets the statement; blank by default. */
    public Builder statement(String value) {
      statement = required(value, "statement");
      return this;
    }

    /** Sets the presenting issues it explains; none by default. */
    public Builder explains(List<String> value) {
      explains = list(value, "explains");
      return this;
    }

    /** Sets whose view this is; nobody by default. */
    public Builder sources(List<String> value) {
      sources = list(value, "sources");
      return this;
    }

    /** Sets the evidence note; absent by default. */
    public Builder evidence(String value) {
      evidence = Optional.of(required(value, "evidence"));
      return this;
    }

    /** Sets or clears the evidence note. */
    public Builder evidence(Optional<String> value) {
      evidence = optional(value, "evidence");
      return this;
    }

    /** Sets the priority of a perpetuating factor; absent by default. */
    public Builder priority(Priority value) {
      priority = Optional.of(required(value, "priority"));
      return this;
    }

    /** Sets or clears the priority. */
    public Builder priority(Optional<Priority> value) {
      priority = optional(value, "priority");
      return this;
    }

    /** The factor built from what was set. */
    public Factor build() {
      return new Factor(
          kind, id, statement, ImmutableList.copyOf(explains), ImmutableList.copyOf(sources),
          evidence, priority);
    }
  }
}
