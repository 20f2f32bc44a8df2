package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.list;
import static io.github.sixps.formulation.model.Values.optional;
import static io.github.sixps.formulation.model.Values.required;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Rethink "6Ps" formulation: the presenting issues, the predisposing, precipitating,
 * perpetuating and protective factors, and the plan, with the people involved, the child's voice,
 * the hypothesis and the reviews of the plan over time.
 *
 * <p>A formulation is an immutable value. It may be a draft: blank text, references to ids that do
 * not exist and an empty plan are all allowed here, so that an editing tool can hold whatever has
 * been typed so far. Judging it is the validator's job.
 *
 * <pre>{@code
 * Formulation f = Formulation.builder()
 *     .id("F-2026-0142")
 *     .title("Formulation with the Ahmed family")
 *     .formulatedOn(LocalDate.of(2026, 11, 2))
 *     .addPerson(Person.of("amira", "Amira", PersonRole.CHILD).withAge(9))
 *     .addPresenting(PresentingIssue.of("P1", "Amira has missed a lot of school this term."))
 *     .addFactor(Factor.of(FactorKind.PROTECTIVE, "S1", "Amira's grandmother lives nearby."))
 *     .build();
 * Optional<Item> p1 = f.find("P1");
 * }</pre>
 */
public final class Formulation {
  private final String id;
  private final String title;
  private final Optional<LocalDate> formulatedOn;
  private final FormulationStatus status;
  private final Optional<String> framework;
  private final ImmutableList<Person> people;
  private final ImmutableList<Contributor> contributors;
  private final ImmutableList<PresentingIssue> presenting;
  private final ImmutableMap<FactorKind, ImmutableList<Factor>> factors;
  private final ImmutableList<ChildsVoice> childsVoice;
  private final Optional<Hypothesis> hypothesis;
  private final Plan plan;
  private final ImmutableList<Review> reviews;
  private final ImmutableList<Event> events;
  private final FamilyTree family;
  // Built once so that lookups by id cost the same for five items or five thousand.
  private final ImmutableMap<String, Item> index;

  private Formulation(Builder b) {
    id = b.id;
    title = b.title;
    formulatedOn = b.formulatedOn;
    status = b.status;
    framework = b.framework;
    people = ImmutableList.copyOf(b.people);
    contributors = ImmutableList.copyOf(b.contributors);
    presenting = ImmutableList.copyOf(b.presenting);
    ImmutableMap.Builder<FactorKind, ImmutableList<Factor>> byKind = ImmutableMap.builder();
    for (FactorKind kind : FactorKind.values()) {
      byKind.put(kind, ImmutableList.copyOf(b.factors.get(kind)));
    }
    factors = byKind.build();
    childsVoice = ImmutableList.copyOf(b.childsVoice);
    hypothesis = b.hypothesis;
    plan = b.plan;
    reviews = ImmutableList.copyOf(b.reviews);
    events = ImmutableList.copyOf(b.events);
    family = b.family;
    index = buildIndex(items());
  }

  private static ImmutableMap<String, Item> buildIndex(List<Item> items) {
    Map<String, Item> firstById = new LinkedHashMap<>();
    for (Item item : items) {
      firstById.putIfAbsent(item.id(), item);
    }
    return ImmutableMap.copyOf(firstById);
  }

  /** {@return a builder for an empty draft formulation} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this formulation's values, to make a changed copy} */
  public Builder toBuilder() {
    Builder b = new Builder()
        .id(id)
        .title(title)
        .formulatedOn(formulatedOn)
        .status(status)
        .framework(framework)
        .people(people)
        .contributors(contributors)
        .presenting(presenting)
        .childsVoice(childsVoice)
        .hypothesis(hypothesis)
        .plan(plan)
        .reviews(reviews)
        .events(events)
        .family(family);
    for (FactorKind kind : FactorKind.values()) {
      b.factors(kind, factors.get(kind));
    }
    return b;
  }

  /** {@return the formulation's own id, such as a case reference; may be blank in a draft} */
  public String id() {
    return id;
  }

  /** {@return the title shown on outputs; may be blank in a draft} */
  public String title() {
    return title;
  }

  /** {@return the date the formulation was made, if recorded} */
  public Optional<LocalDate> formulatedOn() {
    return formulatedOn;
  }

  /** {@return whether it is a draft, agreed or closed} */
  public FormulationStatus status() {
    return status;
  }

  /** {@return the practice framework named on outputs, such as "Leeds Practice Model", if any} */
  public Optional<String> framework() {
    return framework;
  }

  /** {@return the children, family and network, in file order} */
  public List<Person> people() {
    return people;
  }

  /** {@return the professionals who contributed, in file order} */
  public List<Contributor> contributors() {
    return contributors;
  }

  /** {@return the presenting issues, in file order} */
  public List<PresentingIssue> presenting() {
    return presenting;
  }

  /**
   * The factors of one kind, in file order.
   *
   * @param kind which of the four factor headings to list
   * @return those factors; empty when none have been written
   */
  public List<Factor> factors(FactorKind kind) {
    return factors.get(required(kind, "kind"));
  }

  /** {@return every factor, heading by heading in {@link FactorKind} order, then in file order} */
  public List<Factor> allFactors() {
    ImmutableList.Builder<Factor> all = ImmutableList.builder();
    factors.values().forEach(all::addAll);
    return all.build();
  }

  /** {@return the predisposing factors: what made the family vulnerable} */
  public List<Factor> predisposing() {
    return factors(FactorKind.PREDISPOSING);
  }

  /** {@return the precipitating factors: why now} */
  public List<Factor> precipitating() {
    return factors(FactorKind.PRECIPITATING);
  }

  /** {@return the perpetuating factors: what keeps things going} */
  public List<Factor> perpetuating() {
    return factors(FactorKind.PERPETUATING);
  }

  /** {@return the protective factors: strengths and the network} */
  public List<Factor> protective() {
    return factors(FactorKind.PROTECTIVE);
  }

  /** {@return what each child said in their own words, one entry per child} */
  public List<ChildsVoice> childsVoice() {
    return childsVoice;
  }

  /** {@return the working theory, if one has been written} */
  public Optional<Hypothesis> hypothesis() {
    return hypothesis;
  }

  /** {@return the plan; {@link Plan#empty()} when nothing has been planned yet} */
  public Plan plan() {
    return plan;
  }

  /** {@return the reviews of the plan, oldest first} */
  public List<Review> reviews() {
    return reviews;
  }

  /**
   * {@return the chronology: significant events in the child's life, in file order} Use {@link
   * EventDate#compareTo} to put them in date order.
   */
  public List<Event> events() {
    return events;
  }

  /** {@return how the people are related; {@link FamilyTree#empty()} when nothing is recorded} */
  public FamilyTree family() {
    return family;
  }

  /**
   * {@return every item that has an id, in document order} That is people, contributors, presenting
   * issues, the factors heading by heading, goals, actions, then the events of the chronology.
   */
  public List<Item> items() {
    ImmutableList.Builder<Item> all = ImmutableList.builder();
    all.addAll(people).addAll(contributors).addAll(presenting);
    factors.values().forEach(all::addAll);
    all.addAll(plan.goals()).addAll(plan.actions()).addAll(events);
    return all.build();
  }

  /**
   * Looks up an item by id.
   *
   * @param itemId the id to look for, such as {@code "M1"}
   * @return the first item with that id, in document order, or empty if there is none
   */
  public Optional<Item> find(String itemId) {
    return Optional.ofNullable(index.get(required(itemId, "id")));
  }

  /**
   * Looks up an item by id, only if it is of the given type.
   *
   * @param <T> the kind of item wanted
   * @param itemId the id to look for, such as {@code "G1"}
   * @param type the kind of item wanted, such as {@code Goal.class}
   * @return the first item with that id if it is of that type; empty if there is none or it is of
   *     another type
   */
  public <T extends Item> Optional<T> find(String itemId, Class<T> type) {
    required(type, "type");
    return find(itemId).filter(type::isInstance).map(type::cast);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Formulation)) {
      return false;
    }
    Formulation other = (Formulation) o;
    return id.equals(other.id)
        && title.equals(other.title)
        && formulatedOn.equals(other.formulatedOn)
        && status == other.status
        && framework.equals(other.framework)
        && people.equals(other.people)
        && contributors.equals(other.contributors)
        && presenting.equals(other.presenting)
        && factors.equals(other.factors)
        && childsVoice.equals(other.childsVoice)
        && hypothesis.equals(other.hypothesis)
        && plan.equals(other.plan)
        && reviews.equals(other.reviews)
        && events.equals(other.events)
        && family.equals(other.family);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, formulatedOn, status, framework, people, contributors,
        presenting, factors, childsVoice, hypothesis, plan, reviews, events, family);
  }

  /** A readable summary: the header, then every part that is not empty. */
  @Override
  public String toString() {
    MoreObjects.ToStringHelper s = MoreObjects.toStringHelper("Formulation")
        .omitNullValues()
        .add("id", id)
        .add("title", title)
        .add("formulatedOn", formulatedOn.orElse(null))
        .add("status", status)
        .add("framework", framework.orElse(null));
    addIfAny(s, "people", people);
    addIfAny(s, "contributors", contributors);
    addIfAny(s, "presenting", presenting);
    for (FactorKind kind : FactorKind.values()) {
      addIfAny(s, kind.name().toLowerCase(java.util.Locale.ROOT), factors.get(kind));
    }
    addIfAny(s, "childsVoice", childsVoice);
    s.add("hypothesis", hypothesis.orElse(null));
    if (!plan.isEmpty()) {
      s.add("plan", plan);
    }
    addIfAny(s, "reviews", reviews);
    addIfAny(s, "events", events);
    if (!family.isEmpty()) {
      s.add("family", family);
    }
    return s.toString();
  }

  private static void addIfAny(MoreObjects.ToStringHelper s, String name, Collection<?> values) {
    if (!values.isEmpty()) {
      s.add(name, values);
    }
  }

  /**
   * Builds a {@link Formulation}. Every part is optional: an unset builder makes an empty draft
   * with a blank id and title, status {@link FormulationStatus#DRAFT} and an empty plan.
   */
  public static final class Builder {
    private String id = "";
    private String title = "";
    private Optional<LocalDate> formulatedOn = Optional.empty();
    private FormulationStatus status = FormulationStatus.DRAFT;
    private Optional<String> framework = Optional.empty();
    private final List<Person> people = new ArrayList<>();
    private final List<Contributor> contributors = new ArrayList<>();
    private final List<PresentingIssue> presenting = new ArrayList<>();
    private final Map<FactorKind, List<Factor>> factors = new EnumMap<>(FactorKind.class);
    private final List<Event> events = new ArrayList<>();
    private FamilyTree family = FamilyTree.empty();
    private final List<ChildsVoice> childsVoice = new ArrayList<>();
    private Optional<Hypothesis> hypothesis = Optional.empty();
    private Plan plan = Plan.empty();
    private final List<Review> reviews = new ArrayList<>();

    private Builder() {
      for (FactorKind kind : FactorKind.values()) {
        factors.put(kind, new ArrayList<>());
      }
    }

    /**
     * Sets the formulation's id; blank by default.
     *
     * @param value the formulation's own id, such as a case reference
     * @return this builder
     */
    public Builder id(String value) {
      id = required(value, "id");
      return this;
    }

    /**
     * Sets the title; blank by default.
     *
     * @param value the title shown on outputs, such as "Formulation with the Ahmed family"
     * @return this builder
     */
    public Builder title(String value) {
      title = required(value, "title");
      return this;
    }

    /**
     * Sets the date it was made; absent by default.
     *
     * @param value the day the formulation was made
     * @return this builder
     */
    public Builder formulatedOn(LocalDate value) {
      formulatedOn = Optional.of(required(value, "formulatedOn"));
      return this;
    }

    /**
     * Sets or clears the date it was made.
     *
     * @param value the day it was made, or empty to clear it
     * @return this builder
     */
    public Builder formulatedOn(Optional<LocalDate> value) {
      formulatedOn = optional(value, "formulatedOn");
      return this;
    }

    /**
     * Sets the status; {@link FormulationStatus#DRAFT} by default.
     *
     * @param value whether it is a draft, agreed or closed
     * @return this builder
     */
    public Builder status(FormulationStatus value) {
      status = required(value, "status");
      return this;
    }

    /**
     * Sets the practice framework named on outputs; absent by default.
     *
     * @param value the framework's name, such as "Leeds Practice Model"
     * @return this builder
     */
    public Builder framework(String value) {
      framework = Optional.of(required(value, "framework"));
      return this;
    }

    /**
     * Sets or clears the practice framework.
     *
     * @param value the framework's name, or empty to clear it
     * @return this builder
     */
    public Builder framework(Optional<String> value) {
      framework = optional(value, "framework");
      return this;
    }

    /**
     * Replaces the people.
     *
     * @param values the children, family and network, in the order to show them
     * @return this builder
     */
    public Builder people(Collection<Person> values) {
      return replace(people, values, "people");
    }

    /**
     * Adds a person after those already added.
     *
     * @param value a child, family member or someone in the network
     * @return this builder
     */
    public Builder addPerson(Person value) {
      people.add(required(value, "person"));
      return this;
    }

    /**
     * Replaces the contributors.
     *
     * @param values the professionals who contributed, in the order to show them
     * @return this builder
     */
    public Builder contributors(Collection<Contributor> values) {
      return replace(contributors, values, "contributors");
    }

    /**
     * Adds a contributor after those already added.
     *
     * @param value a professional who contributed
     * @return this builder
     */
    public Builder addContributor(Contributor value) {
      contributors.add(required(value, "contributor"));
      return this;
    }

    /**
     * Replaces the presenting issues.
     *
     * @param values the worries, in the order to show them
     * @return this builder
     */
    public Builder presenting(Collection<PresentingIssue> values) {
      return replace(presenting, values, "presenting");
    }

    /**
     * Adds a presenting issue after those already added.
     *
     * @param value a worry, here and now
     * @return this builder
     */
    public Builder addPresenting(PresentingIssue value) {
      presenting.add(required(value, "presenting issue"));
      return this;
    }

    /**
     * Replaces the factors of one kind.
     *
     * @param kind the heading whose factors are replaced
     * @param values the factors for that heading, each of that kind, in the order to show them
     * @return this builder
     * @throws IllegalArgumentException if a factor is of another kind
     */
    public Builder factors(FactorKind kind, Collection<Factor> values) {
      required(kind, "kind");
      String field = kind.name().toLowerCase(java.util.Locale.ROOT);
      ImmutableList<Factor> checked = list(values, field);
      for (int i = 0; i < checked.size(); i++) {
        Factor factor = checked.get(i);
        if (factor.kind() != kind) {
          throw new IllegalArgumentException(field + "[" + i + "]: factor " + factor.id()
              + " is " + factor.kind().name().toLowerCase(java.util.Locale.ROOT)
              + ", not " + field);
        }
      }
      return replace(factors.get(kind), checked, field);
    }

    /**
     * Adds a factor after those of its kind already added.
     *
     * @param value a factor, which goes under the heading of its own kind
     * @return this builder
     */
    public Builder addFactor(Factor value) {
      required(value, "factor");
      factors.get(value.kind()).add(value);
      return this;
    }

    /**
     * Replaces the child's voice entries.
     *
     * @param values what each child said, one entry per child
     * @return this builder
     */
    public Builder childsVoice(Collection<ChildsVoice> values) {
      return replace(childsVoice, values, "childsVoice");
    }

    /**
     * Adds what one child said.
     *
     * @param value the worries, good things and dreams of one child
     * @return this builder
     */
    public Builder addChildsVoice(ChildsVoice value) {
      childsVoice.add(required(value, "childsVoice"));
      return this;
    }

    /**
     * Sets the hypothesis; absent by default.
     *
     * @param value the working theory
     * @return this builder
     */
    public Builder hypothesis(Hypothesis value) {
      hypothesis = Optional.of(required(value, "hypothesis"));
      return this;
    }

    /**
     * Sets or clears the hypothesis.
     *
     * @param value the working theory, or empty to clear it
     * @return this builder
     */
    public Builder hypothesis(Optional<Hypothesis> value) {
      hypothesis = optional(value, "hypothesis");
      return this;
    }

    /**
     * Sets the plan; {@link Plan#empty()} by default.
     *
     * @param value the goals, the actions and the next review date
     * @return this builder
     */
    public Builder plan(Plan value) {
      plan = required(value, "plan");
      return this;
    }

    /**
     * Replaces the reviews, oldest first.
     *
     * @param values the reviews of the plan, oldest first
     * @return this builder
     */
    public Builder reviews(Collection<Review> values) {
      return replace(reviews, values, "reviews");
    }

    /**
     * Adds a review after those already added.
     *
     * @param value a later review of the plan
     * @return this builder
     */
    public Builder addReview(Review value) {
      reviews.add(required(value, "review"));
      return this;
    }

    /**
     * Replaces the chronology's events; none by default.
     *
     * @param values the significant events, in the order to keep them in the file
     * @return this builder
     */
    public Builder events(Collection<Event> values) {
      return replace(events, values, "events");
    }

    /**
     * Adds an event to the chronology after those already added.
     *
     * @param value a significant event in the child's life
     * @return this builder
     */
    public Builder addEvent(Event value) {
      events.add(required(value, "event"));
      return this;
    }

    /**
     * Sets how the people are related; {@link FamilyTree#empty()} by default.
     *
     * @param value the family tree
     * @return this builder
     */
    public Builder family(FamilyTree value) {
      family = required(value, "family");
      return this;
    }

    private <T> Builder replace(List<T> target, Collection<T> values, String field) {
      ImmutableList<T> checked = list(values, field);
      target.clear();
      target.addAll(checked);
      return this;
    }

    /** {@return the formulation built from what was set} */
    public Formulation build() {
      return new Formulation(this);
    }
  }
}
