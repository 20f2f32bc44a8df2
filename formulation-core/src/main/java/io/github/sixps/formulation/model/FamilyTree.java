package io.github.sixps.formulation.model;

import static io.github.sixps.formulation.model.Values.list;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * How the people in a formulation are related: who is whose parent or carer, who are or were
 * partners, which brothers and sisters to join, and who lives together. The people themselves,
 * with their gender, birth and death where recorded, are the formulation's {@link
 * Formulation#people() people}; a family tree refers to them by id.
 *
 * <pre>{@code
 * FamilyTree tree = FamilyTree.builder()
 *     .parents(List.of(new ParentLink("lena", "kai", ParentKind.BIRTH)))
 *     .partnerships(List.of(Partnership.of("lena", "daniel", PartnershipState.SEPARATED)))
 *     .households(List.of(Household.of("home", List.of("lena", "kai"))))
 *     .build();
 * }</pre>
 *
 * @param parents parent and child links
 * @param partnerships partnerships between adults, past and present
 * @param siblings brothers and sisters joined directly, and twins
 * @param households who lives together now
 */
public record FamilyTree(
    List<ParentLink> parents,
    List<Partnership> partnerships,
    List<SiblingLink> siblings,
    List<Household> households) {
  private static final FamilyTree EMPTY = builder().build();

  /**
   * Checks that no argument is null and copies the lists.
   *
   * @param parents parent and child links
   * @param partnerships partnerships between adults
   * @param siblings brothers and sisters joined directly
   * @param households who lives together now
   * @throws NullPointerException if an argument, or an element of a list, is null
   */
  public FamilyTree {
    parents = list(parents, "parents");
    partnerships = list(partnerships, "partnerships");
    siblings = list(siblings, "siblings");
    households = list(households, "households");
  }

  /** {@return a family tree with no relationships recorded} */
  public static FamilyTree empty() {
    return EMPTY;
  }

  /** {@return whether no relationship and no household is recorded} */
  public boolean isEmpty() {
    return parents.isEmpty() && partnerships.isEmpty() && siblings.isEmpty()
        && households.isEmpty();
  }

  /** {@return a builder with nothing recorded} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this tree's values, to make a changed copy} */
  public Builder toBuilder() {
    return new Builder().parents(parents).partnerships(partnerships).siblings(siblings)
        .households(households);
  }

  /** Builds a {@link FamilyTree}; every list is empty by default. */
  public static final class Builder {
    private List<ParentLink> parents = ImmutableList.of();
    private List<Partnership> partnerships = ImmutableList.of();
    private List<SiblingLink> siblings = ImmutableList.of();
    private List<Household> households = ImmutableList.of();

    private Builder() {}

    /**
     * Sets the parent and child links.
     *
     * @param value the links
     * @return this builder
     */
    public Builder parents(List<ParentLink> value) {
      parents = list(value, "parents");
      return this;
    }

    /**
     * Sets the partnerships.
     *
     * @param value the partnerships, past and present
     * @return this builder
     */
    public Builder partnerships(List<Partnership> value) {
      partnerships = list(value, "partnerships");
      return this;
    }

    /**
     * Sets the siblings joined directly.
     *
     * @param value the sibling links
     * @return this builder
     */
    public Builder siblings(List<SiblingLink> value) {
      siblings = list(value, "siblings");
      return this;
    }

    /**
     * Sets the households.
     *
     * @param value who lives together now
     * @return this builder
     */
    public Builder households(List<Household> value) {
      households = list(value, "households");
      return this;
    }

    /** {@return the family tree built from what was set} */
    public FamilyTree build() {
      return new FamilyTree(ImmutableList.copyOf(parents), ImmutableList.copyOf(partnerships),
          ImmutableList.copyOf(siblings), ImmutableList.copyOf(households));
    }
  }
}
