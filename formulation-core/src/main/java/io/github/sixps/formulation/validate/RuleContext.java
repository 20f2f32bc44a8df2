package io.github.sixps.formulation.validate;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultiset;
import io.github.sixps.formulation.internal.ItemNouns;
import io.github.sixps.formulation.internal.ItemPaths;
import io.github.sixps.formulation.language.PlainLanguage;
import io.github.sixps.formulation.model.Action;
import io.github.sixps.formulation.model.FactorKind;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Goal;
import io.github.sixps.formulation.model.Item;
import io.github.sixps.formulation.prioritise.Prioritiser;
import io.github.sixps.formulation.prioritise.Ranking;
import io.github.sixps.formulation.review.Drift;
import io.github.sixps.formulation.review.DriftItem;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link Rule} checks: the formulation, the date that counts as today, and the lookups
 * every rule needs, built once per validation so that no rule does quadratic work.
 */
public final class RuleContext {
  private final Formulation formulation;
  private final LocalDate asOf;
  private final ImmutableMultiset<String> idCounts;
  private final Map<Item, String> paths = new IdentityHashMap<>();
  private final PlainLanguage plainLanguage;
  // Ranked only if a rule asks: most profiles run the ranking rules, some do not.
  private final Supplier<Ranking> ranking;
  private final Map<Drift, List<DriftItem>> drift = new IdentityHashMap<>();
  private final Supplier<ImmutableList<LanguageRules.Text>> languageTexts =
      Suppliers.memoize(() -> LanguageRules.texts(this));
  private final Supplier<ImmutableList<LanguageRules.Checked>> languageChecks =
      Suppliers.memoize(() -> LanguageRules.check(this));

  /** A context with the standard plain-language checker and prioritiser. */
  RuleContext(Formulation formulation, LocalDate asOf) {
    this(formulation, asOf, PlainLanguage.standard(), Prioritiser.standard());
  }

  RuleContext(Formulation formulation, LocalDate asOf, PlainLanguage plainLanguage,
      Prioritiser prioritiser) {
    formulation = DistinctItems.of(formulation);
    this.formulation = formulation;
    this.asOf = asOf;
    this.plainLanguage = plainLanguage;
    Formulation ranked = formulation;
    this.ranking = Suppliers.memoize(() -> prioritiser.rank(ranked));
    this.idCounts = formulation.items().stream().map(Item::id)
        .collect(ImmutableMultiset.toImmutableMultiset());
    name("people", formulation.people());
    name("contributors", formulation.contributors());
    name("presenting", formulation.presenting());
    for (FactorKind kind : FactorKind.values()) {
      name(section(kind), formulation.factors(kind));
    }
    name("plan.goals", formulation.plan().goals());
    name("plan.actions", formulation.plan().actions());
    name("events", formulation.events());
  }

  private void name(String list, List<? extends Item> items) {
    for (int i = 0; i < items.size(); i++) {
      paths.put(items.get(i), list + "[" + key(items.get(i).id(), i) + "]");
    }
  }

  private String key(String id, int index) {
    return ItemPaths.key(id, idCounts.count(id), index);
  }

  /** {@return the formulation being checked} */
  public Formulation formulation() {
    return formulation;
  }

  /** {@return the plain-language checker the validator was built with} */
  public PlainLanguage plainLanguage() {
    return plainLanguage;
  }

  /** {@return the ranking of the perpetuating factors by the validator's prioritiser} */
  public Ranking ranking() {
    return ranking.get();
  }

  /**
   * The drift this calculator finds as of {@link #asOf()}, worked out once per validation however
   * many supervision rules ask for it.
   *
   * @param calculator the drift finder a supervision rule uses, such as {@link Drift#standard()}
   * @return the signs of drift it finds in this formulation
   */
  public List<DriftItem> drift(Drift calculator) {
    return drift.computeIfAbsent(calculator, d -> d.asOf(formulation, asOf));
  }

  /** Every piece of free text, gathered once per validation for the language rules. */
  ImmutableList<LanguageRules.Text> languageTexts() {
    return languageTexts.get();
  }

  /**
   * Every piece of free text and what the plain-language checker found in it, worked out once
   * per validation however many language rules ask for it.
   */
  ImmutableList<LanguageRules.Checked> languageChecks() {
    return languageChecks.get();
  }

  /** {@return the date that counts as today for rules about time} */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The path of an item of this formulation, such as {@code plan.actions[A1]}: by id when the id
   * is usable and unique, by position otherwise.
   *
   * @param item an item of this formulation, the very object, not an equal copy
   * @return its path
   * @throws IllegalArgumentException if the item is not part of this formulation
   */
  public String pathOf(Item item) {
    String path = paths.get(item);
    if (path == null) {
      throw new IllegalArgumentException("item: " + item.id() + " is not in this formulation");
    }
    return path;
  }

  /**
   * The path of a numbered entry of a list without ids, such as {@code reviews[0]}.
   *
   * @param list the path of the list, such as {@code reviews}
   * @param index the entry's position, from 0
   * @return the path of the entry, such as {@code reviews[0]}
   */
  public static String pathOf(String list, int index) {
    return list + "[" + index + "]";
  }

  /**
   * How many items in the whole formulation carry this id.
   *
   * @param id the id to count, such as {@code "M1"}
   * @return how many items carry it; more than 1 means it is repeated, 0 that nothing has it
   */
  public int countOf(String id) {
    return idCounts.count(id);
  }

  /**
   * The first item with this id, if any.
   *
   * @param id the id to look for, such as {@code "G1"}
   * @return the first item with that id in document order, or empty if there is none
   */
  public Optional<Item> find(String id) {
    return formulation.find(id);
  }

  /**
   * The file's name for the list that holds factors of this kind, such as {@code protective}.
   *
   * @param kind one of the four kinds of factor
   * @return the key of its list in a file, such as {@code perpetuating}
   */
  public static String section(FactorKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /**
   * What an item is called in a message: "person", "perpetuating factor", "goal", and so on.
   *
   * @param item any item
   * @return what it is called in a message, in lower case
   */
  public static String describe(Item item) {
    return ItemNouns.of(item);
  }

  /**
   * Document order of paths: each item's path and each top-level section, numbered in the order
   * a file sets them out, so that findings can be listed in that order.
   */
  ImmutableMap<String, Integer> documentOrder() {
    ImmutableMap.Builder<String, Integer> order = ImmutableMap.builder();
    int n = 0;
    for (String header : List.of("", "schema", "id", "title", "formulatedOn", "status",
        "framework")) {
      order.put(header, n++);
    }
    n = add(order, n, "people", formulation.people());
    order.put("family", n++);
    for (String links : List.of("parents", "partnerships", "siblings", "households")) {
      order.put("family." + links, n++);
    }
    n = add(order, n, "contributors", formulation.contributors());
    n = add(order, n, "events", formulation.events());
    n = add(order, n, "presenting", formulation.presenting());
    for (FactorKind kind : FactorKind.values()) {
      n = add(order, n, section(kind), formulation.factors(kind));
    }
    order.put("childsVoice", n++);
    for (int i = 0; i < formulation.childsVoice().size(); i++) {
      order.put(pathOf("childsVoice", i), n++);
    }
    order.put("hypothesis", n++);
    order.put("plan", n++);
    order.put("plan.goals", n++);
    for (Goal goal : formulation.plan().goals()) {
      order.put(pathOf(goal), n++);
    }
    order.put("plan.actions", n++);
    for (Action action : formulation.plan().actions()) {
      order.put(pathOf(action), n++);
    }
    order.put("plan.nextReview", n++);
    order.put("reviews", n++);
    for (int i = 0; i < formulation.reviews().size(); i++) {
      order.put(pathOf("reviews", i), n++);
    }
    return order.buildKeepingLast();
  }

  private int add(ImmutableMap.Builder<String, Integer> order, int n, String list,
      List<? extends Item> items) {
    order.put(list, n++);
    for (Item item : items) {
      order.put(pathOf(item), n++);
    }
    return n;
  }
}
