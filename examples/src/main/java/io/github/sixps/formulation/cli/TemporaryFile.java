package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.AtomicFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line's name for the hidden file beside an output that holds it until it is whole,
 * {@code .family.pdf.formulation-PID-NUMBER.tmp}, named for the output, the process that made it
 * and a random number; and the sweeping up of those that stopped runs left. The process id lets
 * a later run tell a file left by a run that was stopped (its process is gone) from one still
 * being written by a run going on beside it.
 */
final class TemporaryFile {
  private TemporaryFile() {}

  private static final String MARK = ".formulation-";
  private static final Pattern OURS = Pattern.compile(
      Pattern.quote(MARK) + "([0-9]{1,18})-[0-9]+\\.tmp");
  /**
   * What {@link AtomicFile} names them without a mark, as formulation's writer did before the
   * process id was in the name and as the library and the server still do: the output's name and
   * a number. Only ones older than {@link #LONG_AGO} are taken for stale.
   */
  private static final Pattern EARLIER = Pattern.compile("[0-9]{6,}\\.tmp");
  private static final Duration LONG_AGO = Duration.ofHours(1);

  /**
   * Starts writing {@code target} through a temporary file beside it, named for this process.
   * The writing itself (permissions, the move, deleting the temporary file on failure) is the
   * same as for any formulation file, {@link AtomicFile}'s; only the name is the command line's,
   * so that {@link #removeStale} can tell whose a leftover is.
   */
  static AtomicFile create(Path target) throws IOException {
    return AtomicFile.beside(target, MARK + ProcessHandle.current().pid() + "-");
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
