package io.github.sixps.formulation.server.editor;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The fields of an editor form, each named by the path of the value it edits with list entries
 * by position ({@code plan.actions[2].due}), as they were posted: nothing parsed, so a form shown
 * again keeps exactly what was typed. A name may carry several values (checkboxes).
 *
 * <p>Immutable; the list edits ({@link #remove}, {@link #swap}, {@link #append}) return a new
 * instance, renumbering the entries after the one removed so that positions stay dense.
 */
public final class FormFields {
  private final Map<String, ImmutableList<String>> values;

  private FormFields(Map<String, ImmutableList<String>> values) {
    this.values = values;
  }

  /** {@return a form with no fields} */
  public static FormFields empty() {
    return new FormFields(Map.of());
  }

  /**
   * The fields of a posted form, such as a servlet request's parameter map.
   *
   * @param parameters each name to its values, in the order posted
   * @return the form
   */
  public static FormFields of(Map<String, String[]> parameters) {
    checkNotNull(parameters, "parameters");
    Map<String, ImmutableList<String>> copy = new LinkedHashMap<>();
    parameters.forEach((k, v) -> copy.put(k, ImmutableList.copyOf(v)));
    return new FormFields(copy);
  }

  /**
   * The fields of a form a browser posted. Browsers send every line break as CR LF; they are read
   * back as the line feeds the file format writes, so text that was not changed stays the same.
   *
   * @param parameters the request's parameter map
   * @return the form
   */
  public static FormFields posted(Map<String, String[]> parameters) {
    checkNotNull(parameters, "parameters");
    Map<String, ImmutableList<String>> copy = new LinkedHashMap<>();
    parameters.forEach((k, v) -> copy.put(k, java.util.Arrays.stream(v)
        .map(s -> s.replace("\r\n", "\n").replace('\r', '\n'))
        .collect(ImmutableList.toImmutableList())));
    return new FormFields(copy);
  }

  /** Builds a form field by field, in order. */
  public static final class Builder {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    /**
     * Adds one value to a field.
     *
     * @param name the field
     * @param value the value, added after any it has already
     * @return this builder
     */
    public Builder add(String name, String value) {
      checkNotNull(name, "name");
      checkNotNull(value, "value");
      values.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
      return this;
    }

    /** {@return the form} */
    public FormFields build() {
      Map<String, ImmutableList<String>> copy = new LinkedHashMap<>();
      values.forEach((k, v) -> copy.put(k, ImmutableList.copyOf(v)));
      return new FormFields(copy);
    }
  }

  /** {@return a builder for a form} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy with one field holding one value: in its place if the form has it, last if not.
   *
   * @param name the field
   * @param value its only value
   * @return the changed form
   */
  public FormFields with(String name, String value) {
    checkNotNull(name, "name");
    checkNotNull(value, "value");
    Map<String, ImmutableList<String>> out = new LinkedHashMap<>(values);
    out.put(name, ImmutableList.of(value));
    return new FormFields(out);
  }

  /** {@return every field, each with its values, in the order they were added} */
  public Map<String, ImmutableList<String>> asMap() {
    return java.util.Collections.unmodifiableMap(values);
  }

  /**
   * The first value of a field.
   *
   * @param name the field
   * @return its first value, if the form has the field
   */
  public Optional<String> first(String name) {
    ImmutableList<String> v = values.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /**
   * The first value of a field, or blank.
   *
   * @param name the field
   * @return its first value, or {@code ""} if the form lacks it
   */
  public String text(String name) {
    return first(name).orElse("");
  }

  /**
   * Every value of a field.
   *
   * @param name the field
   * @return its values in order; empty if the form lacks it
   */
  public ImmutableList<String> all(String name) {
    return values.getOrDefault(name, ImmutableList.of());
  }

  /**
   * The positions of a list's entries that have at least one field, in order.
   *
   * @param list the path of the list, such as {@code plan.actions}
   * @return the positions, usually 0 to n - 1
   */
  public ImmutableList<Integer> positions(String list) {
    TreeSet<Integer> found = new TreeSet<>();
    for (String name : values.keySet()) {
      index(list, name).ifPresent(found::add);
    }
    return ImmutableList.copyOf(found);
  }

  /**
   * A copy without the list's entry at a position, the entries after it moved up one.
   *
   * @param list the path of the list
   * @param position the entry to remove
   * @return the changed form
   */
  public FormFields remove(String list, int position) {
    Map<String, ImmutableList<String>> out = new LinkedHashMap<>();
    values.forEach((name, v) -> {
      OptionalInt i = index(list, name);
      if (i.isEmpty() || i.getAsInt() < position) {
        out.put(name, v);
      } else if (i.getAsInt() > position) {
        out.put(renumber(list, name, i.getAsInt() - 1), v);
      }
    });
    return new FormFields(out);
  }

  /**
   * A copy with two entries of a list changing places.
   *
   * @param list the path of the list
   * @param a one entry
   * @param b the other
   * @return the changed form
   */
  public FormFields swap(String list, int a, int b) {
    Map<String, ImmutableList<String>> out = new LinkedHashMap<>();
    values.forEach((name, v) -> {
      OptionalInt i = index(list, name);
      if (i.isPresent() && i.getAsInt() == a) {
        out.put(renumber(list, name, b), v);
      } else if (i.isPresent() && i.getAsInt() == b) {
        out.put(renumber(list, name, a), v);
      } else {
        out.put(name, v);
      }
    });
    return new FormFields(out);
  }

  /**
   * A copy with one more entry at the end of a list.
   *
   * @param list the path of the list
   * @param entry adds the new entry's fields, given the entry's path ({@code plan.actions[3]})
   * @return the changed form
   */
  public FormFields append(String list, Consumer<EntryWriter> entry) {
    Builder b = builder();
    values.forEach((name, v) -> v.forEach(value -> b.add(name, value)));
    ImmutableList<Integer> at = positions(list);
    String path = list + "[" + (at.isEmpty() ? 0 : at.get(at.size() - 1) + 1) + "]";
    entry.accept((field, value) -> b.add(path + field, value));
    return b.build();
  }

  /** Adds the fields of a new list entry, named from the entry's own path. */
  @FunctionalInterface
  public interface EntryWriter {
    /**
     * Adds a value to one of the entry's fields.
     *
     * @param field the rest of the field's name after the entry's path, such as {@code .id}, or
     *     {@code ""} for an entry that is a value itself
     * @param value the value
     */
    void add(String field, String value);
  }

  /**
   * The position a field has in a list, if it belongs to one of the list's entries.
   *
   * @param list the path of the list, such as {@code plan.actions}
   * @param name a field, such as {@code plan.actions[2].due}
   * @return 2 for that example; empty for a field outside the list
   */
  static OptionalInt index(String list, String name) {
    int open = list.length();
    if (!name.startsWith(list) || name.length() <= open || name.charAt(open) != '[') {
      return OptionalInt.empty();
    }
    int close = name.indexOf(']', open);
    if (close < open + 2 || close - open > 10) {
      return OptionalInt.empty();
    }
    String digits = name.substring(open + 1, close);
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalInt.empty();
    }
    if (close + 1 < name.length() && name.charAt(close + 1) != '.'
        && name.charAt(close + 1) != '[') {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(digits));
  }

  private static String renumber(String list, String name, int to) {
    checkArgument(to >= 0, "to must not be negative, but is %s", to);
    return list + "[" + to + name.substring(name.indexOf(']', list.length()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FormFields other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
