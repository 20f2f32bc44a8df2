package io.github.sixps.formulation.server;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.io.ReadProblem;
import io.github.sixps.formulation.model.Formulation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One formulation file in a {@link FormulationFolder}, as it was on disk when it was read: its
 * id, its file name, the text, the formulation read from it (when it could be read) and every
 * problem found reading it, and a strong ETag made from the bytes, which {@link
 * FormulationFolder#put} checks so that a change made elsewhere is never overwritten unseen.
 *
 * <p>A file that cannot be read is a {@code StoredFormulation} too, with no formulation and the
 * problems located by line, column and path, so that a broken file is shown, never hidden.
 *
 * <pre>{@code
 * StoredFormulation stored = folder.get("ahmed");
 * if (stored.formulation().isEmpty()) {
 *   stored.problems().forEach(System.out::println);   // ahmed.yaml:14:7: people[1].nmae: ...
 * }
 * }</pre>
 */
public final class StoredFormulation {
  private final String id;
  private final String fileName;
  private final String etag;
  private final String text;
  private final Formulation formulation;
  private final ImmutableList<ReadProblem> problems;
  private final Instant lastModified;
  private final ImmutableList<String> commentsNotKept;

  StoredFormulation(String id, String fileName, byte[] bytes, Formulation formulation,
      List<ReadProblem> problems, Instant lastModified) {
    this(id, fileName, bytes, formulation, problems, lastModified, List.of());
  }

  private StoredFormulation(String id, String fileName, byte[] bytes, Formulation formulation,
      List<ReadProblem> problems, Instant lastModified, List<String> commentsNotKept) {
    this.id = Preconditions.checkNotNull(id, "id");
    this.fileName = Preconditions.checkNotNull(fileName, "fileName");
    this.etag = Etags.of(bytes);
    this.text = new String(bytes, StandardCharsets.UTF_8);
    this.formulation = formulation;
    this.problems = ImmutableList.copyOf(problems);
    this.lastModified = Preconditions.checkNotNull(lastModified, "lastModified");
    this.commentsNotKept = ImmutableList.copyOf(commentsNotKept);
  }

  /** The same file, as just written by a save that could not keep these comments. */
  StoredFormulation withCommentsNotKept(List<String> notKept) {
    return new StoredFormulation(id, fileName, text.getBytes(StandardCharsets.UTF_8),
        formulation, problems, lastModified, notKept);
  }

  /**
   * {@return the id it is addressed by: the file name without its ending ({@code ahmed} for
   * {@code ahmed.yaml})}
   */
  public String id() {
    return id;
  }

  /** {@return the file's name in the folder, such as {@code ahmed.yaml}} */
  public String fileName() {
    return fileName;
  }

  /**
   * {@return a strong entity tag for the bytes on disk, quoted as HTTP's {@code ETag} header
   * carries it: {@code "sha256-…"}; the same bytes always give the same tag}
   */
  public String etag() {
    return etag;
  }

  /** {@return the file's text, as UTF-8; bytes that are not UTF-8 show as U+FFFD} */
  public String text() {
    return text;
  }

  /** {@return the formulation read from the file, or empty when it could not be read} */
  public Optional<Formulation> formulation() {
    return Optional.ofNullable(formulation);
  }

  /**
   * {@return every problem found reading the file, each with its file, line, column and path;
   * empty when it was read cleanly}
   */
  public List<ReadProblem> problems() {
    return problems;
  }

  /** {@return when the file was last changed on disk} */
  public Instant lastModified() {
    return lastModified;
  }

  /**
   * {@return for a file just written by {@link FormulationFolder#put}, the comments of the
   * version it replaced that could not be kept (see {@link
   * io.github.sixps.formulation.io.CarriedComments}), one a line of the old file; empty when
   * every comment was kept, and for a file read}
   */
  public List<String> commentsNotKept() {
    return commentsNotKept;
  }

  @Override
  public String toString() {
    // No text: a formulation's words are not for logs.
    return "StoredFormulation{" + fileName + ", " + etag + ", "
        + (formulation == null ? problems.size() + " problems" : "readable") + "}";
  }
}
