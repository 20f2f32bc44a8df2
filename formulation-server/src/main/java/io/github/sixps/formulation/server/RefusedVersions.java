package io.github.sixps.formulation.server;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Where a save refused because the file changed meanwhile keeps the version that was refused, so
 * that nothing typed is lost even if the page is closed: a new file beside the one it was meant
 * for, {@code ahmed.conflict-20261207-143012.yaml} (the time in UTC), in the same format. The
 * folder's listing leaves such files out, so they do not crowd the caseload; the person who was
 * refused is told the name, and can open the file, copy from it, or rename it to
 * {@code .yaml} to see it listed.
 */
final class RefusedVersions {
  private RefusedVersions() {}

  private static final Pattern NAME = Pattern.compile(
      ".+\\.conflict-[0-9]{8}-[0-9]{6}(-[0-9]+)?\\.(yaml|yml|json)");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  /** How many files one second may have for one formulation, before one is given up. */
  private static final int MAX_IN_A_SECOND = 20;

  /** Whether a file name is one of these, which a listing leaves out. */
  static boolean isOne(String fileName) {
    return NAME.matcher(fileName).matches();
  }

  /**
   * Keeps {@code refused} in a new file beside {@code file}.
   *
   * @return the new file's name; null if it could not be written, which is then said instead
   */
  static String keep(FormulationWriter writer, Path file, Formulation refused) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = name.substring(0, dot);
    String extension = FileFormat.of(file).orElse(FileFormat.YAML).extension();
    String time = TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
    for (int n = 1; n <= MAX_IN_A_SECOND; n++) {
      Path kept = file.resolveSibling(stem + ".conflict-" + time + (n == 1 ? "" : "-" + n) + "."
          + extension);
      try {
        writer.writeNew(refused, kept);
        return kept.getFileName().toString();
      } catch (FileAlreadyExistsException e) {
        // Another refused save in the same second: the next number.
      } catch (IOException | IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /** What to add to the refusal's message about where the refused version is. */
  static String said(String kept) {
    return kept == null ? "; your version could not be kept in a file, so copy what you need"
        + " before you leave the page"
        : "; your version is kept beside it as " + kept;
  }
}
