package io.github.sixps.formulation.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two ways a formulation file can be written; both hold the same tree. */
public enum FileFormat {
  /** YAML, the format people write by hand: {@code .yaml} or {@code .yml}. */
  YAML("yaml"),
  /** JSON, the format programs store: {@code .json}. */
  JSON("json");

  private final String extension;

  FileFormat(String extension) {
    this.extension = extension;
  }

  /** {@return the usual file name ending, without the dot: {@code yaml} or {@code json}} */
  public String extension() {
    return extension;
  }

  /**
   * The format a file name's ending stands for, if it is one of {@code .yaml .yml .json}. Case does
   * not matter.
   *
   * @param file the file, of which only the name is looked at
   * @return the format, or empty when the name has another ending or none
   */
  public static Optional<FileFormat> of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }
}
