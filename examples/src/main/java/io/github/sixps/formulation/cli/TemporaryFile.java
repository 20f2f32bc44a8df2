package io.github.sixps.formulation.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden file beside an output that holds it until it is whole:
 * {@code .family.pdf.formulation-PID-NUMBER.tmp}, named for the output, the process that made it
 * and a random number. The process id lets a later run tell a file left by a run that was
 * stopped (its process is gone) from one still being written by a run going on beside it.
 */
final class TemporaryFile {
  private TemporaryFile() {}

  private static final String MARK = ".formulation-";
  private static final Pattern OURS = Pattern.compile(
      Pattern.quote(MARK) + "([0-9]{1,18})-[0-9]+\\.tmp");
  /**
   * What formulation's writer named them before the process id was in the name: the output's
   * name and a number. Only ones older than {@link #LONG_AGO} are taken for stale.
   */
  private static final Pattern EARLIER = Pattern.compile("[0-9]{6,}\\.tmp");
  private static final Duration LONG_AGO = Duration.ofHours(1);

  /**
   * Makes an empty temporary file beside {@code target}, readable like any file the user writes,
   * or with the permissions of the file it will replace.
   */
  static Path create(Path target) throws IOException {
    long number = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    Path temp = target.resolveSibling("." + target.getFileName() + MARK
        + ProcessHandle.current().pid() + "-" + number + ".tmp");
    Files.createFile(temp);
    if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(temp, Files.exists(target)
          ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--"));
    }
    return temp;
  }

  /** Moves a whole temporary file over its target, atomically where the file system can. */
  static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Deletes the temporary files for {@code target} that runs which were stopped left behind:
   * those of a process that is no longer running, or of this one that it is not writing now.
   * A leftover that cannot be deleted is no reason not to write, so problems are passed over.
   *
   * @param inUse whether this process is writing the given temporary file now
   */
  static void removeStale(Path target, Predicate<Path> inUse) {
    Path folder = target.getParent();
    String prefix = "." + target.getFileName();
    long self = ProcessHandle.current().pid();
    try (DirectoryStream<Path> beside = Files.newDirectoryStream(folder,
        p -> p.getFileName().toString().startsWith(prefix))) {
      for (Path p : beside) {
        String rest = p.getFileName().toString().substring(prefix.length());
        if (isStale(p, rest, self, inUse)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Passed over: see above.
    }
  }

  private static boolean isStale(Path p, String rest, long self, Predicate<Path> inUse)
      throws IOException {
    Matcher ours = OURS.matcher(rest);
    if (ours.matches()) {
      long pid = Long.parseLong(ours.group(1));
      return pid == self ? !inUse.test(p)
          : ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    }
    if (EARLIER.matcher(rest).matches() && Files.isRegularFile(p)) {
      FileTime modified = Files.getLastModifiedTime(p);
      return modified.toInstant().isBefore(Instant.now().minus(LONG_AGO));
    }
    return false;
  }
}
