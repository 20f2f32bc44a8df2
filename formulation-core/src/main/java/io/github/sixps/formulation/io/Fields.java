package io.github.sixps.formulation.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/** The values read from one object, by key; keys left out are absent. */
final class Fields {
  private final Map<String, Object> values;

  Fields(Map<String, Object> values) {
    this.values = values;
  }

  @SuppressWarnings("unchecked")
  <T> Optional<T> get(String key) {
    return Optional.ofNullable((T) values.get(key));
  }

  String text(String key) {
    return this.<String>get(key).orElse("");
  }

  <T> ImmutableList<T> list(String key) {
    return this.<ImmutableList<T>>get(key).orElse(ImmutableList.of());
  }

  <V> ImmutableMap<String, V> map(String key) {
    return this.<ImmutableMap<String, V>>get(key).orElse(ImmutableMap.of());
  }
}
