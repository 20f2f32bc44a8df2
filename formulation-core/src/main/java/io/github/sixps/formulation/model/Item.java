package io.github.sixps.formulation.model;

/**
 * Something in a formulation that other parts can refer to by its {@link #id()}: a person, a
 * contributor, a presenting issue, a factor, a goal, an action or an event in the chronology.
 *
 * <p>Ids are meant to be unique within one formulation, but the model does not insist: a draft
 * may hold duplicates, and the validator reports them. {@link Formulation#find(String)} returns
 * the first item with an id, in document order.
 */
public sealed interface Item permits Person, Contributor, PresentingIssue, Factor, Goal, Action, Event {
  /**
   * {@return the id other parts of the formulation use to refer to this item}
   * It may be blank in a draft.
   */
  String id();
}
