package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.render.pdf.PdfRenderer;
import picocli.CommandLine;

/**
 * Builds the PDF renderer for every command that makes PDFs ({@code render}, {@code blank},
 * {@code demo}, {@code diff}, {@code serve}), so that a {@code SOURCE_DATE_EPOCH} in the
 * environment that is not a date is a usage error naming it, said before any work is done, not
 * a fault inside the command.
 */
final class PdfRenderers {
  private static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

  private PdfRenderers() {}

  /**
   * {@return the renderer the builder describes}
   *
   * @param builder the renderer's options
   * @param cl the command line, for a usage error
   * @throws CommandLine.ParameterException if {@code SOURCE_DATE_EPOCH} is set to something
   *     other than a whole number of seconds
   */
  static PdfRenderer build(PdfRenderer.Builder builder, CommandLine cl) {
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      // The renderer reads the variable itself, and says so first in its message.
      if (System.getenv(SOURCE_DATE_EPOCH) != null
          && String.valueOf(e.getMessage()).startsWith(SOURCE_DATE_EPOCH)) {
        throw new CommandLine.ParameterException(cl, e.getMessage() + "; set it so, or unset"
            + " it");
      }
      throw e;
    }
  }
}
