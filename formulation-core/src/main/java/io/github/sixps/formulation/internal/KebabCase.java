package io.github.sixps.formulation.internal;

import java.util.Locale;

/** Converts between Java enum constants and the lower-kebab-case names files use. */
public final class KebabCase {
  private KebabCase() {}

  /** {@code YOUNG_PERSON} becomes {@code young-person}. */
  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
