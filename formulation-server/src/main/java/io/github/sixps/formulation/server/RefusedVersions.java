package io.github.sixps.formulation.server;

import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a save refused because the file changed meanwhile keeps the version that was refused, so
 * that nothing typed is lost even if the page is closed: a new file beside the one it was meant
 * for, {@code ahmed.conflict-20261207-143012.yaml} (the time in UTC), in the same format. The
 * folder's listing leaves such files out, so they do not crowd the caseload; the person who was
 * refused is told the name, and can open the file, copy from it, or rename it to
 * {@code .yaml} to see it listed.
 *
 * <p>Each formulation keeps its {@value #KEPT} newest refused versions: keeping another removes
 * the oldest beyond those, so a folder where two people keep saving over each other does not
 * fill up unseen. Nothing else removes them, however old: what was typed stays until someone
 * has looked at it.
 */
final class RefusedVersions {
  private RefusedVersions() {}

  private static final Pattern NAME = Pattern.compile(
      "(.+)\\.conflict-([0-9]{8}-[0-9]{6})(?:-([0-9]{1,9}))?\\.(yaml|yml|json)");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  /** How many numbers after the highest used are tried, before the version is given up. */
  private static final int MAX_IN_A_SECOND = 20;
  /** How many refused versions each formulation keeps, the newest. */
  static final int KEPT = 10;

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
    return keep(writer, file, refused, Clock.systemUTC());
  }

  /** As {@link #keep(FormulationWriter, Path, Formulation)}, at the time {@code clock} gives. */
  static String keep(FormulationWriter writer, Path file, Formulation refused, Clock clock) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = name.substring(0, dot);
    String extension = FileFormat.of(file).orElse(FileFormat.YAML).extension();
    String time = TIME.format(ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)));
    // After the highest number this second has used, not the first free one: a lower number
    // freed by removing the oldest would sort as the oldest, and be removed at once.
    int first = highestNumber(file.getParent(), stem, time) + 1;
    for (int n = first; n < first + MAX_IN_A_SECOND; n++) {
      Path kept = file.resolveSibling(stem + ".conflict-" + time + (n == 1 ? "" : "-" + n) + "."
          + extension);
      try {
        writer.writeNew(refused, kept);
        removeOldest(file.getParent(), stem);
        return kept.getFileName().toString();
      } catch (FileAlreadyExistsException e) {
        // Another refused save in the same second: the next number.
      } catch (IOException | IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /** The highest number a kept file of {@code stem} has in the second {@code time}; 0 if none. */
  private static int highestNumber(Path folder, String stem, String time) {
    int highest = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        Matcher m = NAME.matcher(entry.getFileName().toString());
        if (m.matches() && m.group(1).equals(stem) && m.group(2).equals(time)) {
          highest = Math.max(highest, m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // Then the first free number, as before: a name is never written over either way.
    }
    return highest;
  }

  /**
   * Removes the refused versions of the formulation {@code stem} beyond the {@value #KEPT}
   * newest: plain files only, never a link or a folder of that name. One that cannot be removed
   * is left; the next refusal tries again.
   */
  private static void removeOldest(Path folder, String stem) {
    List<Path> mine = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        Matcher m = NAME.matcher(entry.getFileName().toString());
        if (m.matches() && m.group(1).equals(stem)
            && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          mine.add(entry);
        }
      }
    } catch (IOException e) {
      return;
    }
    mine.sort(Comparator.comparing(RefusedVersions::when));
    for (Path old : mine.subList(0, Math.max(0, mine.size() - KEPT))) {
      try {
        Files.deleteIfExists(old);
      } catch (IOException e) {
        // Left for the next refusal to try again.
      }
    }
  }

  /** A kept file's time and then its number in that second, as text that sorts in order. */
  private static String when(Path kept) {
    Matcher m = NAME.matcher(kept.getFileName().toString());
    m.matches();
    return m.group(2) + String.format(java.util.Locale.ROOT, "-%03d",
        m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
  }

  /** What to add to the refusal's message about where the refused version is. */
  static String said(String kept) {
    return kept == null ? "; your version could not be kept in a file, so copy what you need"
        + " before you leave the page"
        : "; your version is kept beside it as " + kept;
  }
}
