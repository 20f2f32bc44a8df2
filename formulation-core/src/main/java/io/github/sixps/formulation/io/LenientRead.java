package io.github.sixps.formulation.io;

import com.google.common.base.Preconditions;
import io.github.sixps.formulation.model.Formulation;
import java.util.List;

/**
 * What a {@linkplain FormulationReader#readLeniently(java.nio.file.Path) lenient read} gives: the
 * formulation, a warning for each key it did not know (each with its file, line, column and
 * path), and those keys with their values, to write back.
 *
 * @param formulation the formulation, as this version understands it
 * @param warnings one for each key kept, in the order of the file; none from a file of this
 *     version or an older one
 * @param unknownKeys the keys kept, for {@link FormulationWriter#write(Formulation, FileFormat,
 *     UnknownKeys)}
 */
public record LenientRead(Formulation formulation, List<ReadProblem> warnings,
    UnknownKeys unknownKeys) {
  /**
   * Checks that no argument is null, and keeps an unmodifiable copy of the warnings.
   *
   * @param formulation the formulation
   * @param warnings the warnings
   * @param unknownKeys the keys kept
   */
  public LenientRead {
    Preconditions.checkNotNull(formulation, "formulation");
    Preconditions.checkNotNull(unknownKeys, "unknownKeys");
    warnings = List.copyOf(warnings);
  }
}
