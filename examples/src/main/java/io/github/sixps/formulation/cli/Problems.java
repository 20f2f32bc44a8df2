package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FormulationReadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Reports problems on stderr, one line each in the form {@code FILE:LINE:COLUMN: message}, with a
 * stack trace only when {@code --debug} asks for one.
 */
final class Problems {
  private final PrintWriter err;
  private final boolean debug;

  Problems(PrintWriter err, boolean debug) {
    this.err = err;
    this.debug = debug;
  }

  /** Reports a file that could not be read or parsed. */
  void unreadable(Path file, IOException e) {
    unreadable(file.toString(), e);
  }

  /**
   * Reports an input, named as the user knows it, that could not be read or parsed: a file that
   * is not a well-formed formulation gets one line for each of its problems, as a compiler gives.
   */
  void unreadable(String source, IOException e) {
    if (e instanceof FormulationReadException) {
      // One FILE:LINE:COLUMN: line a problem, and a last line if reading stopped early.
      err.println(e.getMessage());
    } else {
      err.println(source + ": " + describe(e));
    }
    trace(e);
  }

  /**
   * Reports a fault inside formulation itself while working on one input, so that the others
   * can go on.
   */
  void internal(String source, RuntimeException e) {
    err.println(source + ": something went wrong inside formulation: " + e
        + (debug ? "" : " (run again with --debug to see where)"));
    trace(e);
  }

  /** Reports running out of memory while working on one input, in one line with the fix. */
  void outOfMemory(String source, OutOfMemoryError e) {
    OutOfMemory.report(e, source, err, debug);
  }

  /** Reports an output that could not be written. */
  void unwritable(Path file, IOException e) {
    err.println(file + ": could not write: " + describe(e));
    trace(e);
  }

  void line(String message) {
    err.println(message);
  }

  private void trace(Exception e) {
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
  }

  /** An I/O problem in plain words, without Java class names. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    // The reason alone: the message of a FileSystemException leads with a file's name, which
    // may be a hidden temporary file the user never asked for.
    String message = e instanceof FileSystemException && ((FileSystemException) e).getReason()
        != null ? ((FileSystemException) e).getReason() : e.getMessage();
    if (message == null || message.isBlank()) {
      return "could not be read";
    }
    return inWords(message.strip());
  }

  /** The operating system's reasons that say little to most people, in plainer words. */
  private static String inWords(String reason) {
    switch (reason.toLowerCase(java.util.Locale.ROOT)) {
      case "no space left on device":
        return "the disk is full (no space left on device)";
      case "disk quota exceeded":
        return "your share of the disk is used up (disk quota exceeded)";
      case "read-only file system":
        return "the disk can be read but not written (read-only file system)";
      case "operation not permitted":
        return "the system does not allow it here (operation not permitted)";
      case "permission denied":
        return "permission denied";
      default:
        return reason;
    }
  }
}
