package io.github.sixps.formulation.model;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical order of ids in the model's maps: runs of digits compare as numbers, so G2 comes
 * before G10, and ids equal that way (G01, G1) fall back to their characters. A map keyed by id
 * then iterates the same way whatever order it was built in, so the same formulation gives the
 * same bytes and sentences on every JVM.
 */
final class IdOrder implements Comparator<String> {
  static final IdOrder INSTANCE = new IdOrder();

  private IdOrder() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        int byNumber = compareDigits(a.substring(i, endA), b.substring(j, endB));
        if (byNumber != 0) {
          return byNumber;
        }
        i = endA;
        j = endB;
      } else if (x != y) {
        return Character.compare(x, y);
      } else {
        i++;
        j++;
      }
    }
    int byLength = Integer.compare(a.length() - i, b.length() - j);
    return byLength != 0 ? byLength : a.compareTo(b);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  private static int compareDigits(String a, String b) {
    String x = a.replaceFirst("^0+(?=.)", "");
    String y = b.replaceFirst("^0+(?=.)", "");
    return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
  }

  /** {@return {@code values} copied in id order} */
  static <V> ImmutableMap<String, V> sorted(Map<String, V> values) {
    return inOrder(values, List.of());
  }

  /**
   * {@return {@code values} with the ids in {@code order} first, in that order, then the rest in
   * id order}
   */
  static <V> ImmutableMap<String, V> inOrder(Map<String, V> values, List<String> order) {
    Map<String, Integer> place = new HashMap<>();
    for (String id : order) {
      place.putIfAbsent(id, place.size());
    }
    List<String> keys = new ArrayList<>(values.keySet());
    keys.sort(Comparator.<String>comparingInt(k -> place.getOrDefault(k, Integer.MAX_VALUE))
        .thenComparing(INSTANCE));
    ImmutableMap.Builder<String, V> b = ImmutableMap.builderWithExpectedSize(keys.size());
    keys.forEach(k -> b.put(k, values.get(k)));
    return b.build();
  }
}
