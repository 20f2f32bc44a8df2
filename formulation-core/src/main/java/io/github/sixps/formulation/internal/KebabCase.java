package io.github.sixps.formulation.internal;

import java.util.Locale;

/** Converts between Java enum constants and the lower-kebab-case names files use. */
public final class KebabCase {
  private KebabCase() {}

  /**
   * The name a file uses for an enum constant: {@code YOUNG_PERSON} becomes {@code young-person}.
   *
   * @param value the constant
   * @return its name in lower-kebab-case
   */
  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
