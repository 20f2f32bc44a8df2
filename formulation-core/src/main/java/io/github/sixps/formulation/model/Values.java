package io.github.sixps.formulation.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Argument checks shared by the model's constructors, so every message names the field. */
final class Values {
  private Values() {}

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new NullPointerException(field + " must not be null");
    }
    return value;
  }

  static <T> Optional<T> optional(Optional<T> value, String field) {
    return required(value, field);
  }

  static <T> ImmutableList<T> list(Collection<? extends T> values, String field) {
    required(values, field);
    int index = 0;
    for (T value : values) {
      if (value == null) {
        throw new NullPointerException(field + "[" + index + "] must not be null");
      }
      index++;
    }
    return ImmutableList.copyOf(values);
  }

  static <K, V> ImmutableMap<K, V> map(Map<? extends K, ? extends V> values, String field) {
    required(values, field);
    for (Map.Entry<? extends K, ? extends V> entry : values.entrySet()) {
      if (entry.getKey() == null) {
        throw new NullPointerException(field + " must not have a null key");
      }
      if (entry.getValue() == null) {
        throw new NullPointerException(field + "." + entry.getKey() + " must not be null");
      }
    }
    return ImmutableMap.copyOf(values);
  }
}
