package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * Everything one run of a command writes, so that nothing half-done is left behind. Files are
 * written whole or not at all, through a {@link TemporaryFile} beside each; folders are made as
 * they are needed, with any folders above them, and a folder the run made is removed again if
 * the run wrote nothing into it. Stopped by Ctrl-C or a termination signal, the run removes its
 * temporary files and its empty folders on the way out ({@link #removeOnExit()}); stopped harder
 * than that, the next run that writes the same file removes what it left.
 *
 * <pre>{@code
 * Outputs outputs = Outputs.of(spec);
 * int code = outputs.write(text, out, cl.getOut(), problems);   // standard output if out is null
 * }</pre>
 *
 * <p>One run is one instance, shared by the worker threads of its {@link Batch}.
 */
final class Outputs {
  /** The runs under way, for the shutdown hook. */
  private static final Set<Outputs> RUNNING = ConcurrentHashMap.newKeySet();

  /**
   * Called with each temporary file once it holds the whole output, just before it is moved into
   * place: for tests that stop a run at that moment, as a user's Ctrl-C might.
   */
  static volatile Consumer<Path> beforeMove = temp -> { };

  /**
   * The files this run found free and must make new, each with what to add to replace such a
   * file: one that something else makes while the run works is then kept, not replaced.
   */
  private final Map<Path, String> onlyNew = new ConcurrentHashMap<>();
  /** Where each file to be written comes from, for {@link OwnOutputs}. */
  private final Map<Path, String> origins = new ConcurrentHashMap<>();
  /** The files written, for the lists of {@link OwnOutputs} at the end of the run. */
  private final Map<Path, OwnOutputs.Entry> written = new ConcurrentHashMap<>();
  /** Why writes failed, in words, with how many files failed for each reason after the first. */
  private final Map<String, Integer> failures = new java.util.LinkedHashMap<>();
  private final PrintWriter err;

  // Guarded by this.
  private final Set<Path> unfinished = new java.util.LinkedHashSet<>();
  private final List<Path> madeFolders = new ArrayList<>();
  private boolean stopping;

  /**
   * The outputs of one run.
   *
   * @param err where to sum up, at the end, the writes that failed for a reason already given
   */
  Outputs(PrintWriter err) {
    this.err = err;
  }

  /** The outputs of the run {@code spec} belongs to. */
  static Outputs of(CommandLine.Model.CommandSpec spec) {
    Object root = spec.root().userObject();
    if (root instanceof FormulationCommand && ((FormulationCommand) root).outputs != null) {
      return ((FormulationCommand) root).outputs;
    }
    return new Outputs(spec.commandLine().getErr());
  }

  /** Marks the start of a run, so that a shutdown on the way cleans up after it. */
  void begin() {
    RUNNING.add(this);
  }

  /**
   * Marks the end of a run: the folders it made and left empty are removed, the files it wrote
   * are noted as its own ({@link OwnOutputs}), and writes that failed for a reason already given
   * are summed up, one line for each reason.
   */
  void end() {
    removeEmptyFolders();
    OwnOutputs.add(written);
    synchronized (this) {
      failures.forEach((why, more) -> {
        if (more > 0) {
          err.println("formulation: " + more + (more == 1 ? " more file" : " more files")
              + " could not be written for the same reason: " + why);
        }
      });
      failures.clear();
    }
    err.flush();
    RUNNING.remove(this);
  }

  /**
   * Has the runs under way clean up when the program is stopped by Ctrl-C or a termination
   * signal: their temporary files are deleted and the folders they made and left empty removed.
   *
   * @param err where to say so
   */
  static void removeOnExit(PrintWriter err) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      // Said only of a run that was writing: one that had not begun a file (serve, waiting for
      // requests; a command still reading) has nothing to leave behind or to tell of.
      boolean any = false;
      for (Outputs run : RUNNING) {
        any |= run.stop();
      }
      if (any) {
        err.println("formulation: stopped before it had finished; no half-written file is left"
            + " behind.");
        err.flush();
      }
    }, "formulation-cleanup"));
  }

  /**
   * Deletes the temporary files under way, refuses new ones, and removes empty folders made.
   *
   * @return whether the run had begun writing: a file under way, written, or a folder made
   */
  private boolean stop() {
    List<Path> temporary;
    boolean writing;
    synchronized (this) {
      stopping = true;
      temporary = new ArrayList<>(unfinished);
      unfinished.clear();
      writing = !temporary.isEmpty() || !written.isEmpty() || !madeFolders.isEmpty();
    }
    for (Path temp : temporary) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // On the way out there is no one left to tell; the next run sweeps it.
      }
    }
    removeEmptyFolders();
    return writing;
  }

  /**
   * Writes text to {@code file}, or to {@code out} when no file is given.
   *
   * @return {@link ExitCode#OK}, or {@link ExitCode#UNWRITABLE} after reporting the problem
   */
  int write(String text, Path file, PrintWriter out, Problems problems) {
    if (file == null) {
      out.print(text);
      // Standard output is an output too: a failed write to it is reported once, by the
      // command line at the end (FormulationCommand), and is exit code 4.
      return out.checkError() ? ExitCode.UNWRITABLE : ExitCode.OK;
    }
    return write(text.getBytes(StandardCharsets.UTF_8), file, problems);
  }

  /**
   * Makes each of {@code files} only if it is still free when it is written: a source file this
   * run checked was not there, which something else may make meanwhile.
   *
   * @param howToForce what to add to replace such a file anyway, such as {@code add --force to
   *     replace it}
   */
  void onlyNew(Collection<Path> files, String howToForce) {
    files.forEach(f -> onlyNew.put(f.toAbsolutePath().normalize(), howToForce));
  }

  /**
   * Notes where {@code file} comes from ({@link OwnOutputs#origin}), so that once written it is
   * known for this command's own.
   */
  void from(Path file, String origin) {
    origins.put(file.toAbsolutePath().normalize(), origin);
  }

  /**
   * Writes bytes, such as a PDF, to {@code file}, whole or not at all, making the folder it goes
   * in if need be. Binary output has no place on a terminal, so there is no standard-output form:
   * commands ask for a file first.
   *
   * @return {@link ExitCode#OK}, or {@link ExitCode#UNWRITABLE} after reporting the problem
   */
  int write(byte[] content, Path file, Problems problems) {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      int made = folder(file, file.getParent(), problems);
      if (made != ExitCode.OK) {
        return made;
      }
    }
    try {
      whole(file, content);
      return ExitCode.OK;
    } catch (FileAlreadyExistsException e) {
      problems.line(file + ": not written, because something else made it while formulation"
          + " was working; it is kept as it is. "
          + capitalised(onlyNew.get(file.toAbsolutePath().normalize())));
      return ExitCode.UNWRITABLE;
    } catch (IOException e) {
      unwritable(file, e, problems);
      return ExitCode.UNWRITABLE;
    }
  }

  /**
   * Reports a write that failed, naming the file asked for; a reason given already in this run
   * is only counted, for one line at the end ({@link #end()}), so that a full disk is said once,
   * not once for each of ninety files.
   */
  private void unwritable(Path file, IOException e, Problems problems) {
    String why = Problems.describe(e);
    boolean first;
    synchronized (this) {
      first = !failures.containsKey(why);
      failures.merge(why, first ? 0 : 1, Integer::sum);
    }
    if (first) {
      problems.unwritable(file, e);
    }
  }

  private void whole(Path file, byte[] content) throws IOException {
    Path target = file.toAbsolutePath();
    TemporaryFile.removeStale(target, this::isUnfinished);
    AtomicFile atomic;
    // The command line's own part, which a library or server write has no need of: a run that is
    // stopped by a signal deletes its temporary files. So each is made and noted under the lock
    // that stop() takes, and a shutdown either finds it to delete or has refused it.
    synchronized (this) {
      if (stopping) {
        throw new IOException("not written: formulation is stopping");
      }
      atomic = TemporaryFile.create(target);
      unfinished.add(atomic.temporary());
    }
    try (atomic) {
      atomic.write(content);
      beforeMove.accept(atomic.temporary());
      if (onlyNew.containsKey(target.normalize())) {
        atomic.moveIntoPlaceIfAbsent();
      } else {
        atomic.moveIntoPlace();
      }
      String origin = origins.get(target.normalize());
      if (origin != null) {
        written.put(target.normalize(),
            new OwnOutputs.Entry(OwnOutputs.fingerprint(content), origin));
      }
    } finally {
      synchronized (this) {
        unfinished.remove(atomic.temporary());
      }
    }
  }

  private static String capitalised(String advice) {
    return advice == null || advice.isEmpty() ? ""
        : Character.toUpperCase(advice.charAt(0)) + advice.substring(1) + ".";
  }

  private synchronized boolean isUnfinished(Path temp) {
    return unfinished.contains(temp);
  }

  /**
   * Makes a folder for outputs, and any folders above it, unless it is there already.
   *
   * @return {@link ExitCode#OK}, or {@link ExitCode#UNWRITABLE} after reporting the problem
   */
  int folder(Path folder, Problems problems) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      problems.line(folder + ": could not write: this is a file, and the results need a "
          + "folder; give --out a folder's name");
      return ExitCode.UNWRITABLE;
    }
    return folder(folder, folder, problems);
  }

  /**
   * Makes {@code folder} and the folders above it that are missing, recording each one made, so
   * that {@link #end()} can take away those left empty.
   *
   * @param wanted what the folder is for, as the user named it: the output file, or the folder
   */
  private synchronized int folder(Path wanted, Path folder, Problems problems) {
    Deque<Path> missing = new ArrayDeque<>();
    Path p = folder.normalize();
    while (p != null && !p.toString().isEmpty() && !Files.exists(p)) {
      missing.push(p);
      p = p.getParent();
    }
    if (p != null && !p.toString().isEmpty() && !Files.isDirectory(p)) {
      problems.line(wanted + ": could not write: " + p + " is a file, not a folder");
      return ExitCode.UNWRITABLE;
    }
    for (Path m : missing) {
      try {
        Files.createDirectory(m);
        madeFolders.add(m);
      } catch (FileAlreadyExistsException e) {
        if (!Files.isDirectory(m)) {
          problems.line(wanted + ": could not write: " + m + " is a file, not a folder");
          return ExitCode.UNWRITABLE;
        }
      } catch (IOException e) {
        problems.line(wanted + ": could not write: the folder " + m + " could not be made: "
            + Problems.describe(e));
        return ExitCode.UNWRITABLE;
      }
    }
    return ExitCode.OK;
  }

  /** Removes the folders this run made that hold nothing, the deepest first. */
  private void removeEmptyFolders() {
    List<Path> made;
    synchronized (this) {
      made = new ArrayList<>(madeFolders);
    }
    for (int i = made.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(made.get(i));
      } catch (DirectoryNotEmptyException e) {
        // Something was written into it: it stays.
      } catch (IOException e) {
        // It cannot be removed; an empty folder is no loss.
      }
    }
  }
}
