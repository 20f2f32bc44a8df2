package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FormulationWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a command's result goes: standard output, or a file written whole or not at all, so that a
 * failure never leaves a partial file behind.
 */
final class Destination {
  private Destination() {}

  /**
   * Writes text to {@code file}, or to {@code out} when no file is given.
   *
   * @return {@link ExitCode#OK}, or {@link ExitCode#UNWRITABLE} after reporting the problem
   */
  static int write(String text, Path file, PrintWriter out, Problems problems) {
    if (file == null) {
      out.print(text);
      out.flush();
      return ExitCode.OK;
    }
    try {
      FormulationWriter.writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
      return ExitCode.OK;
    } catch (IOException e) {
      problems.unwritable(file, e);
      return ExitCode.UNWRITABLE;
    }
  }

  /**
   * Writes bytes, such as a PDF, to {@code file}, whole or not at all. Binary output has no
   * place on a terminal, so there is no standard-output form: commands ask for a file first.
   *
   * @return {@link ExitCode#OK}, or {@link ExitCode#UNWRITABLE} after reporting the problem
   */
  static int write(byte[] content, Path file, Problems problems) {
    try {
      FormulationWriter.writeAtomically(file, content);
      return ExitCode.OK;
    } catch (IOException e) {
      problems.unwritable(file, e);
      return ExitCode.UNWRITABLE;
    }
  }
}
