package io.github.sixps.formulation.server.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one lock every writer to a folder of formulations takes, in this program and in every
 * other that takes it: the operating system's lock on the hidden file {@value #NAME} in the
 * folder, held while a write checks the version on disk and moves the new one into place, so
 * that two servers (two processes, or two folder objects in one) never both replace the same
 * version.
 *
 * <p>Within one Java program the operating system's lock is one per file, not one per thread,
 * so a lock per folder in this program is taken first; it is reentrant, so a write may call
 * another while it holds it.
 *
 * <pre>{@code
 * try (FolderLock.Held held = FolderLock.of(root).hold()) {
 *   // check the file on disk, then replace it
 * }
 * }</pre>
 */
public final class FolderLock {
  /** The lock file's name: hidden, so that no listing shows it. */
  public static final String NAME = ".formulation.lock";

  private static final Map<Path, FolderLock> LOCKS = new ConcurrentHashMap<>();

  private final Path file;
  private final ReentrantLock inThisProgram = new ReentrantLock();
  /** The operating system's lock while held, with its channel; touched only by the holder. */
  private FileChannel channel;
  private FileLock held;

  private FolderLock(Path folder) {
    this.file = folder.resolve(NAME);
  }

  /**
   * {@return the lock of a folder, the same object for the same folder}
   *
   * @param folder the folder, as an absolute path with links resolved
   */
  public static FolderLock of(Path folder) {
    return LOCKS.computeIfAbsent(folder, FolderLock::new);
  }

  /**
   * Waits for the lock and takes it.
   *
   * @return the lock, held until closed
   * @throws IOException if the lock file cannot be made or locked (a folder this program may not
   *     write to)
   */
  public Held hold() throws IOException {
    inThisProgram.lock();
    try {
      if (inThisProgram.getHoldCount() == 1) {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
          held = channel.lock();
        } catch (IOException | RuntimeException e) {
          channel.close();
          channel = null;
          throw e;
        }
      }
    } catch (IOException | RuntimeException e) {
      inThisProgram.unlock();
      throw new IOException("cannot lock the folder to write to it (" + file + "): "
          + e.getMessage(), e);
    }
    return new Held();
  }

  /** The lock, held by this thread until closed. */
  public final class Held implements AutoCloseable {
    private Held() {}

    /** Lets the lock go: the last close in this thread lets other programs have it. */
    @Override
    public void close() throws IOException {
      try {
        if (inThisProgram.getHoldCount() == 1) {
          try {
            held.release();
          } finally {
            channel.close();
            held = null;
            channel = null;
          }
        }
      } finally {
        inThisProgram.unlock();
      }
    }
  }
}
