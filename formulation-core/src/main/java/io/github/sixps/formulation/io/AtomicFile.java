package io.github.sixps.formulation.io;

import com.google.common.base.Preconditions;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
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
 */
public final class AtomicFile implements Closeable {
  private final Path target;
  private final Path temporary;

  private AtomicFile(Path target, Path temporary) {
    this.target = target;
    this.temporary = temporary;
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
    Path temporary = Files.createTempFile(target.getParent(),
        "." + target.getFileName() + mark, ".tmp");
    try {
      if (Files.getFileStore(temporary)
          .supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temporary, Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--"));
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    return new AtomicFile(target, temporary);
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
    Files.write(temporary, content, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  /**
   * Moves the temporary file over the target, replacing any file there, atomically where the
   * file system can.
   *
   * @throws IOException if it cannot be moved; the target is then as it was
   */
  public void moveIntoPlace() throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
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
