package io.github.sixps.formulation.io;

import com.google.common.base.Preconditions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The keys of a newer minor version of {@code sixps/1} that a {@linkplain
 * FormulationReader#readLeniently(java.nio.file.Path) lenient read} did not know, with their
 * values as written, for the writer to write back where they were: a SixPs in the middle of a
 * rolling upgrade keeps what a newer one saved, and the version the file said, which the writer
 * writes back rather than relabel the file. Immutable.
 */
public final class UnknownKeys {
  private static final UnknownKeys NONE = new UnknownKeys("", List.of());

  private final String schema;
  private final List<Key> keys;
  private final Map<String, Object> values;

  /**
   * One key kept.
   *
   * @param object the path of the object it is in ("" for the formulation itself)
   * @param key the key
   * @param path the path of its value, as a {@link ReadProblem} gives it
   * @param value its value as written
   */
  record Key(String object, String key, String path, Object value) {}

  private UnknownKeys(String schema, List<Key> keys) {
    this.schema = schema;
    this.keys = keys;
    Map<String, Object> byPath = new LinkedHashMap<>();
    for (Key k : keys) {
      byPath.put(k.path(), k.value());
    }
    this.values = Collections.unmodifiableMap(byPath);
  }

  /** {@return no keys: what a file of this version or an older one gives} */
  public static UnknownKeys none() {
    return NONE;
  }

  static UnknownKeys of(String schema, List<Key> keys) {
    Preconditions.checkNotNull(schema, "schema");
    return new UnknownKeys(schema, List.copyOf(keys));
  }

  /** {@return the version of the file they came from, such as {@code sixps/1.3}; empty if none} */
  public String schema() {
    return schema;
  }

  /**
   * {@return each key's path (such as {@code plan.actions[2].cost}) and its value as written, in
   * the file's order: maps, lists, text, numbers ({@code BigInteger} or {@code BigDecimal}),
   * {@code Boolean} and null, all unmodifiable}
   */
  public Map<String, Object> values() {
    return values;
  }

  /** {@return whether there are none, and no newer version to keep} */
  public boolean isEmpty() {
    return keys.isEmpty() && schema.isEmpty();
  }

  /** {@return the keys kept in the object at {@code object}, in the file's order} */
  Map<String, Object> in(String object) {
    Map<String, Object> here = new LinkedHashMap<>();
    for (Key k : keys) {
      if (k.object().equals(object)) {
        here.put(k.key(), k.value());
      }
    }
    return here;
  }

  /**
   * Equal to the same keys with the same values from the same version, in any order: written
   * back, a key goes to the end of its object.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof UnknownKeys other && schema.equals(other.schema)
        && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(schema, values);
  }

  @Override
  public String toString() {
    return "UnknownKeys{" + schema + ", " + values.keySet() + "}";
  }
}
