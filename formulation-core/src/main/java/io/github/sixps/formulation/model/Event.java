package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.list;
import static io.github.sixps.formulation.model.Values.optional;
import static io.github.sixps.formulation.model.Values.required;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * One significant event in the child's life, as the chronology records it: what happened and
 * when, in plain words and as fact, with where it is known from and who was involved. The impact
 * on the child is kept apart from the fact.
 *
 * <pre>{@code
 * Event e1 = Event.builder("E1", EventDate.month(2019, 3))
 *     .what("Kai started at Oak Lane Primary.")
 *     .source("School admission record")
 *     .people(List.of("kai"))
 *     .tone(EventTone.GOOD)
 *     .impact("Kai made two close friends in the first term.")
 *     .build();
 * }</pre>
 *
 * @param id the id factors use to say they come from this event, such as {@code "E1"}
 * @param date when it happened, as precisely as it is known
 * @param until when it ended, for something that lasted, if recorded
 * @param what what happened, in plain words
 * @param source where this is known from, such as a record or who told us
 * @param people ids of the people involved
 * @param kind a short word for what sort of event it was, such as "school" or "health", if given
 * @param tone whether it was a good time or a hard one, if recorded
 * @param impact what it meant for the child, kept apart from what happened
 */
public record Event(
    String id,
    EventDate date,
    Optional<EventDate> until,
    String what,
    Optional<String> source,
    List<String> people,
    Optional<String> kind,
    Optional<EventTone> tone,
    Optional<String> impact)
    implements Item {
  /**
   * Checks that no argument is null and copies the list.
   *
   * @param id the id factors use to say they come from this event
   * @param date when it happened
   * @param until when it ended, if recorded
   * @param what what happened, in plain words
   * @param source where this is known from, if recorded
   * @param people ids of the people involved
   * @param kind what sort of event it was, if given
   * @param tone whether it was a good time or a hard one, if recorded
   * @param impact what it meant for the child, if recorded
   * @throws NullPointerException if an argument, or an element of the list, is null
   */
  public Event {
    required(id, "id");
    required(date, "date");
    optional(until, "until");
    required(what, "what");
    optional(source, "source");
    people = list(people, "people");
    optional(kind, "kind");
    optional(tone, "tone");
    optional(impact, "impact");
  }

  /**
   * A builder for an event with the given id and date, saying nothing yet.
   *
   * @param id the id factors will use to refer to it, such as {@code "E1"}
   * @param date when it happened
   * @return a builder for that event
   */
  public static Builder builder(String id, EventDate date) {
    return new Builder(required(id, "id"), required(date, "date"));
  }

  /** {@return a builder holding this event's values, to make a changed copy} */
  public Builder toBuilder() {
    Builder b = new Builder(id, date);
    b.until = until;
    b.what = what;
    b.source = source;
    b.people = people;
    b.kind = kind;
    b.tone = tone;
    b.impact = impact;
    return b;
  }

  /** Builds an {@link Event}. */
  public static final class Builder {
    private final String id;
    private final EventDate date;
    private Optional<EventDate> until = Optional.empty();
    private String what = "";
    private Optional<String> source = Optional.empty();
    private List<String> people = ImmutableList.of();
    private Optional<String> kind = Optional.empty();
    private Optional<EventTone> tone = Optional.empty();
    private Optional<String> impact = Optional.empty();

    private Builder(String id, EventDate date) {
      this.id = id;
      this.date = date;
    }

    /**
     * Sets or clears when it ended; absent by default.
     *
     * @param value when it ended, or empty for an event with no end recorded
     * @return this builder
     */
    public Builder until(Optional<EventDate> value) {
      until = optional(value, "until");
      return this;
    }

    /**
     * Sets what happened; blank by default.
     *
     * @param value what happened, in plain words
     * @return this builder
     */
    public Builder what(String value) {
      what = required(value, "what");
      return this;
    }

    /**
     * Sets or clears where it is known from; absent by default.
     *
     * @param value the source, such as "School admission record"
     * @return this builder
     */
    public Builder source(Optional<String> value) {
      source = optional(value, "source");
      return this;
    }

    /**
     * Sets where it is known from.
     *
     * @param value the source, such as "School admission record"
     * @return this builder
     */
    public Builder source(String value) {
      return source(Optional.of(required(value, "source")));
    }

    /**
     * Sets who was involved; nobody by default.
     *
     * @param value ids of the people involved
     * @return this builder
     */
    public Builder people(List<String> value) {
      people = list(value, "people");
      return this;
    }

    /**
     * Sets or clears what sort of event it was; absent by default.
     *
     * @param value a short word such as "school" or "health", or empty
     * @return this builder
     */
    public Builder kind(Optional<String> value) {
      kind = optional(value, "kind");
      return this;
    }

    /**
     * Sets or clears whether it was a good time or a hard one; absent by default.
     *
     * @param value the tone, or empty when not recorded
     * @return this builder
     */
    public Builder tone(Optional<EventTone> value) {
      tone = optional(value, "tone");
      return this;
    }

    /**
     * Sets whether it was a good time or a hard one.
     *
     * @param value the tone
     * @return this builder
     */
    public Builder tone(EventTone value) {
      return tone(Optional.of(required(value, "tone")));
    }

    /**
     * Sets or clears what it meant for the child; absent by default.
     *
     * @param value the impact on the child, or empty
     * @return this builder
     */
    public Builder impact(Optional<String> value) {
      impact = optional(value, "impact");
      return this;
    }

    /**
     * Sets what it meant for the child.
     *
     * @param value the impact on the child, kept apart from what happened
     * @return this builder
     */
    public Builder impact(String value) {
      return impact(Optional.of(required(value, "impact")));
    }

    /** {@return the event built from what was set} */
    public Event build() {
      return new Event(id, date, until, what, source, ImmutableList.copyOf(people), kind, tone,
          impact);
    }
  }
}
