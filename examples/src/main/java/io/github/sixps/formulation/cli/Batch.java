package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.model.Formulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * One command's work over many inputs, shared by every command that takes them. With more than
 * one input the work runs on a pool of threads sized to the processors, with {@link Progress}
 * on standard error. Each input's output is kept together and printed in the order the inputs
 * were given; a bad input does not stop the others; every problem is reported at the end, in
 * input order; and {@link #finish()} gives the worst exit code of all.
 *
 * <pre>{@code
 * Batch batch = Batch.of(spec, common.debug);
 * batch.read(batch.files(paths), reader, (file, formulation, work) -> {
 *   work.out().println(file + ": " + formulation.title());
 *   return null;
 * });
 * return batch.finish();
 * }</pre>
 *
 * <p>The work given to a batch runs on several threads at once, so it must only share what is
 * immutable: readers, validators, prioritisers and renderers are, and are built once.
 */
final class Batch {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean debug;
  private final boolean terminal;
  private final int threads;
  private final List<String> problems = new ArrayList<>();
  private final Map<Path, IOException> unusable = new LinkedHashMap<>();
  private final List<Path> notFound = new ArrayList<>();
  private final List<Path> empty = new ArrayList<>();
  private int worst = ExitCode.OK;

  Batch(PrintWriter out, PrintWriter err, boolean debug, boolean terminal, int threads) {
    this.out = out;
    this.err = err;
    this.debug = debug;
    this.terminal = terminal;
    this.threads = Math.max(1, threads);
  }

  /**
   * A batch writing to the command's streams, with a progress bar if standard error is a
   * terminal, on as many threads as there are processors.
   */
  static Batch of(CommandLine.Model.CommandSpec spec, boolean debug) {
    Object root = spec.root().userObject();
    boolean terminal = root instanceof FormulationCommand && ((FormulationCommand) root).terminal;
    return new Batch(spec.commandLine().getOut(), spec.commandLine().getErr(), debug, terminal,
        Runtime.getRuntime().availableProcessors());
  }

  /** What one item's work gave. */
  static final class Done<I, T> {
    private final I item;
    private final T value;
    private final int code;
    private final IOException unreadable;

    private Done(I item, T value, int code, IOException unreadable) {
      this.item = item;
      this.value = value;
      this.code = code;
      this.unreadable = unreadable;
    }

    I item() {
      return item;
    }

    /** What the work returned; empty if it failed or returned nothing. */
    Optional<T> value() {
      return Optional.ofNullable(value);
    }

    /** The item's exit code: {@link ExitCode#OK} or the worst thing that happened to it. */
    int code() {
      return code;
    }

    /** Why the item could not be read, if it could not. */
    Optional<IOException> unreadable() {
      return Optional.ofNullable(unreadable);
    }
  }

  /**
   * Where one item's work writes: its standard output and standard error, printed together in
   * input order once it is done, and its problems, reported at the end.
   */
  static final class Work {
    private final StringWriter outText = new StringWriter();
    private final StringWriter errText = new StringWriter();
    private final StringWriter problemText = new StringWriter();
    private final PrintWriter out = new PrintWriter(outText);
    private final PrintWriter err = new PrintWriter(errText);
    private final Problems problems;
    private int code = ExitCode.OK;

    private Work(boolean debug) {
      this.problems = new Problems(new PrintWriter(problemText), debug);
    }

    /** This item's standard output. */
    PrintWriter out() {
      return out;
    }

    /** This item's standard error, for what is not a problem, such as a list to check. */
    PrintWriter err() {
      return err;
    }

    /** This item's problems, reported at the end of the batch. */
    Problems problems() {
      return problems;
    }

    /** Records an exit code for this item; the worst one counts. */
    void code(int value) {
      code = Math.max(code, value);
    }
  }

  /** Work on one item, done on a worker thread. */
  @FunctionalInterface
  interface Task<I, T> {
    /**
     * Does the work on one item, writing to {@code work}, and returns a value for the command
     * to sum up once every item is done, or null.
     *
     * @throws IOException if the item could not be read: reported as such, exit code 3
     */
    T run(I item, Work work) throws IOException;
  }

  /** Work on one formulation file, read for it by the batch. */
  @FunctionalInterface
  interface FileTask<T> {
    T run(Path file, Formulation formulation, Work work);
  }

  /**
   * The files to work on: files as given, folders searched (see {@link InputFiles}), each file
   * once, in the order given. A path that is not there, a folder that cannot be searched and a
   * folder that holds no formulation file are problems, reported at the end with exit code 3,
   * and listed in {@link #unusable()}; the first two also in {@link #notFound()} and
   * {@link #empty()}.
   */
  List<Path> files(List<Path> given) {
    Set<Path> seen = new LinkedHashSet<>();
    List<Path> files = new ArrayList<>();
    for (Path path : given) {
      List<Path> found;
      Work work = new Work(debug);
      try {
        if (!Files.exists(path)) {
          String why = InputFiles.notFound(path);
          work.problems.line(path + ": " + why);
          notFound.add(path);
          throw new NoSuchFileException(path.toString(), null, why);
        }
        found = InputFiles.expand(List.of(path));
        if (found.isEmpty()) {
          String why = "this folder holds no formulation files: none of the files in it ends "
              + "in .yaml, .yml or .json";
          work.problems.line(path + ": " + why);
          empty.add(path);
          throw new IOException(why);
        }
      } catch (IOException e) {
        if (!notFound.contains(path) && !empty.contains(path)) {
          work.problems.unreadable(path, e);
        }
        problems.add(work.problemText.toString());
        unusable.put(path, e);
        worst = Math.max(worst, ExitCode.UNREADABLE);
        continue;
      }
      for (Path file : found) {
        // The same file named twice, or as a file and inside a folder, is worked on once.
        if (seen.add(file.toAbsolutePath().normalize())) {
          files.add(file);
        }
      }
    }
    return files;
  }

  /** The paths that gave no files, and why; in the order given. */
  Map<Path, IOException> unusable() {
    return Collections.unmodifiableMap(unusable);
  }

  /** The paths given that are not there at all; in the order given. */
  List<Path> notFound() {
    return Collections.unmodifiableList(notFound);
  }

  /** The folders given that hold no formulation file; in the order given. */
  List<Path> empty() {
    return Collections.unmodifiableList(empty);
  }

  /**
   * Reads each file with {@code reader} and runs {@code task} on it. A file that cannot be read
   * is reported, with its line and column where the reader knows them, and skipped.
   *
   * @return what each file's work gave, in the order of {@code files}
   */
  <T> List<Done<Path, T>> read(List<Path> files, FormulationReader reader, FileTask<T> task) {
    return run(files, Path::toString, (file, work) -> task.run(file, reader.read(file), work));
  }

  /**
   * Runs {@code task} on every item, on all processors if there is more than one item. Each
   * item's output is printed as soon as it and every item before it are done.
   *
   * @param name how an item is named in progress and problems
   * @return what each item's work gave, in the order of {@code items}
   */
  <I, T> List<Done<I, T>> run(List<I> items, Function<I, String> name, Task<I, T> task) {
    List<Done<I, T>> done = new ArrayList<>(items.size());
    if (items.isEmpty()) {
      return done;
    }
    if (items.size() == 1) {
      // One item: no pool and no progress, just the work.
      Progress none = new Progress(err, false, 1);
      done.add(show(attempt(items.get(0), name, task), none));
      return done;
    }
    Progress progress = new Progress(err, terminal, items.size());
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()),
        new Workers());
    try {
      List<Future<Finished<I, T>>> futures = new ArrayList<>(items.size());
      for (I item : items) {
        futures.add(pool.submit(() -> {
          Finished<I, T> f = attempt(item, name, task);
          progress.finished(name.apply(item), f.done.code);
          return f;
        }));
      }
      for (Future<Finished<I, T>> future : futures) {
        done.add(show(await(future), progress));
      }
    } finally {
      pool.shutdownNow();
      progress.end();
    }
    return done;
  }

  /** A finished item with the text it wrote. */
  private static final class Finished<I, T> {
    final Done<I, T> done;
    final String out;
    final String err;
    final String problems;

    Finished(Done<I, T> done, Work work) {
      this.done = done;
      work.out.flush();
      work.err.flush();
      this.out = work.outText.toString();
      this.err = work.errText.toString();
      this.problems = work.problemText.toString();
    }
  }

  private <I, T> Finished<I, T> attempt(I item, Function<I, String> name, Task<I, T> task) {
    Work work = new Work(debug);
    T value = null;
    IOException unreadable = null;
    try {
      value = task.run(item, work);
    } catch (IOException e) {
      unreadable = e;
      work.problems.unreadable(name.apply(item), e);
      work.code(ExitCode.UNREADABLE);
    } catch (UncheckedIOException e) {
      unreadable = e.getCause();
      work.problems.unreadable(name.apply(item), e.getCause());
      work.code(ExitCode.UNREADABLE);
    } catch (RuntimeException e) {
      // A fault in formulation itself: this item fails, the others go on.
      work.problems.internal(name.apply(item), e);
      work.code(ExitCode.INTERNAL);
    } catch (OutOfMemoryError e) {
      // What this item held is garbage now, so the others may yet fit.
      work.problems.outOfMemory(name.apply(item), e);
      work.code(ExitCode.INTERNAL);
    }
    return new Finished<>(new Done<>(item, value, work.code, unreadable), work);
  }

  private <I, T> Done<I, T> show(Finished<I, T> f, Progress progress) {
    if (!f.out.isEmpty() || !f.err.isEmpty()) {
      progress.around(() -> {
        out.print(f.out);
        // What went to standard error speaks of the output on standard output (such as
        // redact's list to check); once that output is lost, it would mislead. The command line
        // says at the end that standard output could not be written (FormulationCommand).
        if (f.out.isEmpty() || !out.checkError()) {
          err.print(f.err);
        }
        err.flush();
      });
    }
    if (!f.problems.isEmpty()) {
      problems.add(f.problems);
    }
    worst = Math.max(worst, f.done.code);
    return f.done;
  }

  private static <V> V await(Future<V> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the work to finish", e);
    } catch (ExecutionException e) {
      // attempt() catches every exception; what is left (an Error) goes on up as it is.
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Reports every problem, in the order of the inputs (folders that gave no files first), and
   * gives the worst exit code of the
   * batch.
   */
  int finish() {
    problems.forEach(err::print);
    err.flush();
    problems.clear();
    return worst;
  }

  /** Worker threads that do not keep the program alive, named for thread dumps. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "formulation-worker-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
