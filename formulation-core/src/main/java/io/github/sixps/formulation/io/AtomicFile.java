package io.github.sixps.formulation.io;

import com.google.common.base.Preconditions;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * One write of a file that replaces it whole or leaves it as it was. The new content goes into a
 * hidden temporary file in the same folder ({@code .ahmed.yaml1234.tmp} for {@code ahmed.yaml}),
 * which is then moved over the file: a reader never sees half a document, and a full disk, a
 * failure or a crash part way leaves the old file untouched. The temporary file is in the same
 * folder so that the move is a rename on one file system, atomic where the file system can.
 *
 * <p>{@link FormulationWriter#write(io.github.sixps.formulation.model.Formulation, Path)} writes
 * through one. A program that must know each temporary file while it exists, to delete it when
 * the program is stopped or to tell its own leftovers from those of others, makes them itself
 * and marks their names, as the {@code formulation} command line does:
 *
 * <pre>{@code
 * try (AtomicFile file = AtomicFile.beside(target, ".myapp-")) {
 *   // file.temporary() exists now, empty; note it somewhere a shutdown hook can see
 *   file.write(content);
 *   file.moveIntoPlace();
 * }   // the temporary file is gone now, whether or not it was moved into place
 * }</pre>
 *
 * <p>{@link #moveIntoPlace()} replaces a file already there: deciding whether it may be (the user
 * asked, the version on disk is the one read) is the caller's. {@link #moveIntoPlaceIfAbsent()}
 * never replaces one. One instance is one write, by one thread.
 *
 * <p>A failure is reported against the file the caller named, never the temporary file: an
 * {@link IOException} from any step is a {@link FileSystemException} (of the same kind where it
 * has one, such as {@link AccessDeniedException}) whose {@link FileSystemException#getFile()} is
 * the file as given and whose {@link FileSystemException#getReason()} says why.
 */
public final class AtomicFile implements Closeable {
  private final Path target;
  private final Path temporary;
  /** The file as the caller named it, for messages. */
  private final Path given;

  private AtomicFile(Path target, Path temporary, Path given) {
    this.target = target;
    this.temporary = temporary;
    this.given = given;
  }

  /**
   * Makes an empty hidden temporary file beside {@code file}, named
   * {@code .NAME} + {@code mark} + a random number + {@code .tmp}. Its permissions are those of
   * the file it will replace, or, for a new file, readable by others like any file a user writes
   * ({@code rw-r--r--}) rather than the owner-only ones a temporary file is made with.
   *
   * @param file the file to write; a relative path is taken from the working folder
   * @param mark what to put between the file's name and the random number, to say whose the
   *     temporary file is; empty for nothing
   * @return the write, under way
   * @throws IllegalArgumentException if {@code mark} holds a folder separator
   * @throws IOException if the temporary file cannot be made; none is then left behind
   */
  public static AtomicFile beside(Path file, String mark) throws IOException {
    Preconditions.checkNotNull(file, "file");
    Preconditions.checkNotNull(mark, "mark");
    Path target = file.toAbsolutePath();
    Path temporary;
    try {
      temporary = Files.createTempFile(target.getParent(),
          "." + target.getFileName() + mark, ".tmp");
    } catch (IOException e) {
      throw asked(file, e);
    }
    try {
      if (Files.getFileStore(temporary)
          .supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temporary, Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--"));
      }
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      throw asked(file, e);
    } catch (RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    return new AtomicFile(target, temporary, file);
  }

  /** {@return the file to be replaced, as an absolute path} */
  public Path target() {
    return target;
  }

  /** {@return the temporary file that holds the new content until it is moved into place} */
  public Path temporary() {
    return temporary;
  }

  /**
   * Writes the whole new content into the temporary file.
   *
   * @param content the whole of the new file
   * @throws java.nio.file.NoSuchFileException if the temporary file has been deleted meanwhile
   * @throws IOException if it cannot be written
   */
  public void write(byte[] content) throws IOException {
    Preconditions.checkNotNull(content, "content");
    // Without CREATE: a temporary file deleted meanwhile, as a shutdown clean-up does, is not
    // made again to be left behind.
    try {
      Files.write(temporary, content, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw asked(given, e);
    }
  }

  /**
   * Moves the temporary file over the target, replacing any file there, atomically where the
   * file system can.
   *
   * @throws IOException if it cannot be moved; the target is then as it was
   */
  public void moveIntoPlace() throws IOException {
    try {
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw asked(given, e);
    }
  }

  /**
   * Moves the temporary file to the target only if no file is there, in one step, so that a
   * file another program made meanwhile (after the caller looked, before this) is never
   * replaced: for writing a new file, where checking first and then moving would leave a moment
   * in which the other program's file is lost.
   *
   * @throws FileAlreadyExistsException if a file is there; it is left as it was
   * @throws IOException if the temporary file cannot be moved; the target is then as it was
   */
  public void moveIntoPlaceIfAbsent() throws IOException {
    try {
      try {
        // A hard link to the new content takes the name only if it is free, as one step; a
        // rename would take it whatever is there.
        Files.createLink(target, temporary);
      } catch (FileAlreadyExistsException e) {
        throw e;
      } catch (UnsupportedOperationException | FileSystemException e) {
        // A file system without hard links (FAT, some network shares): a move that may not
        // replace, which looks and then moves, is the nearest it has.
        Files.move(temporary, target);
        return;
      }
      Files.delete(temporary);
    } catch (IOException e) {
      throw asked(given, e);
    }
  }

  /**
   * The same failure, naming the file the caller asked for rather than the hidden temporary
   * file, which they never named and cannot find: {@code ahmed.yaml: No space left on device},
   * not {@code .ahmed.yaml1234.tmp: No space left on device}. The kind of exception is kept, so
   * that callers can still tell {@link AccessDeniedException} and the rest apart; the reason is
   * {@link FileSystemException#getReason()}, the original the cause.
   */
  static IOException asked(Path file, IOException e) {
    String name = file.toString();
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      if (name.equals(f.getFile()) && f.getOtherFile() == null) {
        return e;
      }
      String reason = f.getReason();
      FileSystemException named;
      if (e instanceof AccessDeniedException) {
        named = new AccessDeniedException(name, null, reason);
      } else if (e instanceof NoSuchFileException) {
        named = new NoSuchFileException(name, null, reason);
      } else if (e instanceof FileAlreadyExistsException) {
        named = new FileAlreadyExistsException(name, null, reason);
      } else if (e instanceof NotDirectoryException) {
        named = new NotDirectoryException(name);
      } else {
        named = new FileSystemException(name, null, reason);
      }
      named.initCause(e);
      return named;
    }
    FileSystemException named = new FileSystemException(name, null, e.getMessage());
    named.initCause(e);
    return named;
  }

  /**
   * Deletes the temporary file if it is still there: the write failed or was given up before it
   * was moved into place.
   *
   * @throws IOException if it is there and cannot be deleted
   */
  @Override
  public void close() throws IOException {
    Files.deleteIfExists(temporary);
  }
}
