package io.github.sixps.formulation.server.editor;

import java.util.Locale;
import java.util.Optional;

/**
 * The words for an enumerated value: its value in files and forms ({@code young-person}) and its
 * label for people ({@code Young person}).
 */
public final class EnumText {
  private EnumText() {}

  /**
   * The value as the file format writes it.
   *
   * @param value a model enum
   * @return its lower-kebab-case name, such as {@code in-progress}
   */
  public static String value(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The value as a label.
   *
   * @param value a model enum
   * @return its name in sentence case, such as {@code In progress}
   */
  public static String label(Enum<?> value) {
    String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * The constant a form value names.
   *
   * @param type the enum
   * @param text a value from {@link #value(Enum)}
   * @param <E> the enum
   * @return the constant, or empty if none has that value
   */
  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (value(e).equals(text)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
