package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.DateText;
import java.time.LocalDate;
import picocli.CommandLine;

/**
 * Reads a date option, such as {@code --as-of}, as the file reader reads dates: what is wrong
 * with one is said the same way in both ("February has 28 days").
 */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    DateText.Result read = DateText.read(value);
    if (read.date() != null) {
      return read.date();
    }
    // The option and its value lead the message already: "--as-of 2026-02-30: that is ...".
    String problem = read.problem();
    int quoted = problem.startsWith("\"") ? problem.indexOf("\" ", 1) : -1;
    String reason = quoted > 0 ? "that" + problem.substring(quoted + 1) : problem;
    throw new CommandLine.TypeConversionException(reason
        + (read.suggestion() == null ? "" : "; write " + read.suggestion()));
  }
}
