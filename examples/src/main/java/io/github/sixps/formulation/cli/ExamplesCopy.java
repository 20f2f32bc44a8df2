package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.examples.BundledExamples;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The copy of the worked examples that {@code serve --examples} serves, in a new temporary
 * folder so that edits never touch the jar, and removed again, with whatever was saved into it,
 * when the server stops.
 */
final class ExamplesCopy {
  private ExamplesCopy() {}

  /** The temporary folder's name starts so, in the system's temporary folder. */
  static final String PREFIX = "formulation-examples-";

  /** Copies the worked examples into a new temporary folder and gives the folder. */
  static Path make() throws IOException {
    Path dir = Files.createTempDirectory(PREFIX);
    try {
      for (String path : BundledExamples.paths()) {
        if (path.startsWith("worked/") && path.indexOf('/', "worked/".length()) < 0) {
          Files.writeString(dir.resolve(Path.of(path).getFileName().toString()),
              BundledExamples.text(path));
        }
      }
    } catch (IOException | RuntimeException e) {
      remove(dir);
      throw e;
    }
    return dir;
  }

  /**
   * Removes the copy and everything in it, links not followed. What cannot be removed is passed
   * over: this runs on the way out, with no one left to tell.
   */
  static void remove(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
            throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path folder, IOException e)
            throws IOException {
          Files.deleteIfExists(folder);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // Passed over: see above.
    }
  }
}
