package io.github.sixps.formulation.server;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.sixps.formulation.io.AtomicFile;
import io.github.sixps.formulation.io.CarriedComments;
import io.github.sixps.formulation.io.FileFormat;
import io.github.sixps.formulation.io.FormulationReadException;
import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.FormulationWriter;
import io.github.sixps.formulation.io.ReadProblem;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.server.internal.FolderLock;
import io.github.sixps.formulation.server.internal.NearestName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One folder of {@code sixps/1} files, read and written safely for a server: every formulation
 * file directly in the folder ({@code .yaml}, {@code .yml}, {@code .json}), addressed by its
 * {@linkplain FormulationIds id}, which is its file name without the ending ({@code ahmed} for
 * {@code ahmed.yaml}). File names are stable, unique in a folder and safe in an address, which a
 * formulation's own id (blank in a draft, free text) is not.
 *
 * <p>Nothing outside the folder is read or written: ids are checked, so {@code ..}, a path or a
 * folder separator is refused; only the folder's own entries are looked at, never a sub-folder;
 * and a symbolic link, a file with other names (a hard link) or anything else that is not a plain
 * file among them is listed with a problem but neither read nor written through.
 * Files are read within the {@linkplain FormulationReader#limits() reader's limits}, and a file
 * that cannot be read is listed with its problems, not hidden.
 *
 * <p>Writes go through {@link FormulationWriter} in the file's own format, atomically (a file is
 * replaced whole or left as it was), and only when the file is still the version the caller
 * read: {@link #put} compares the {@linkplain StoredFormulation#etag() ETag} of the bytes on
 * disk, so a change made elsewhere is never overwritten unseen; the refused version is then kept
 * beside it ({@link RefusedVersions}). A file replaced keeps its comments ({@link
 * CarriedComments}). Writes to the folder are one at a time, across programs too: each holds the
 * operating system's lock on the hidden file {@code .formulation.lock} in the folder from checking
 * the version on disk to replacing it, so two servers on one folder never both replace the same
 * version. A program that does not take the lock (an editor, a sync tool) and writes the file
 * meanwhile is noticed too, unless it writes in the instant between the last check and the
 * replacement, the new version being ready by then. A folder is safe to share between threads.
 *
 * <pre>{@code
 * FormulationFolder folder = FormulationFolder.open(Path.of("caseload"));
 * StoredFormulation ahmed = folder.get("ahmed");
 * Formulation edited = ahmed.formulation().orElseThrow().toBuilder().title("New title").build();
 * try {
 *   folder.put("ahmed", edited, ahmed.etag());
 * } catch (EditConflictException e) {
 *   // changed on disk since it was read: e.current() is the version there now
 * }
 * }</pre>
 */
public final class FormulationFolder {
  /** The expected ETag that takes whatever version is on disk, as HTTP's {@code If-Match: *}. */
  public static final String ANY_VERSION = "*";

  private final Path root;
  private final FormulationReader reader;
  private final FormulationWriter writer = FormulationWriter.standard();
  /** Held across each write's check and replacement, by every program that writes here. */
  private final FolderLock lock;

  private FormulationFolder(Path root, FormulationReader reader) {
    this.root = root;
    this.reader = reader;
    this.lock = FolderLock.of(root);
  }

  /**
   * Opens a folder, with the {@linkplain FormulationReader#standard() standard reader}.
   *
   * @param folder an existing folder; a link to one is followed once, here, to find it
   * @return the folder
   * @throws NoSuchFileException if there is no such folder
   * @throws NotDirectoryException if it is a file, not a folder
   * @throws IOException if it cannot be looked at
   */
  public static FormulationFolder open(Path folder) throws IOException {
    return open(folder, FormulationReader.standard());
  }

  /**
   * Opens a folder whose files are read with {@code reader}, and its limits.
   *
   * @param folder an existing folder; a link to one is followed once, here, to find it
   * @param reader the reader for its files
   * @return the folder
   * @throws NoSuchFileException if there is no such folder
   * @throws NotDirectoryException if it is a file, not a folder
   * @throws IOException if it cannot be looked at
   */
  public static FormulationFolder open(Path folder, FormulationReader reader) throws IOException {
    Preconditions.checkNotNull(folder, "folder");
    Preconditions.checkNotNull(reader, "reader");
    Path real = folder.toRealPath();
    if (!Files.isDirectory(real)) {
      throw new NotDirectoryException(folder.toString());
    }
    return new FormulationFolder(real, reader);
  }

  /** {@return the folder, as an absolute path with links resolved} */
  public Path root() {
    return root;
  }

  /**
   * Every formulation file directly in the folder, in order of id, each read as it is now: a file
   * that cannot be read is listed with its problems. Hidden files (a name starting with a dot,
   * as the writer's temporary files do) and sub-folders are left out.
   *
   * @return the files, read
   * @throws IOException if the folder itself cannot be listed
   */
  public List<StoredFormulation> list() throws IOException {
    Map<String, List<Path>> byId = entries();
    List<StoredFormulation> out = new ArrayList<>();
    for (Map.Entry<String, List<Path>> e : byId.entrySet()) {
      for (Path file : e.getValue()) {
        StoredFormulation stored = read(e.getKey(), file);
        if (e.getValue().size() > 1) {
          stored = withProblem(stored, "another file in the folder has the same name with a"
              + " different ending (" + names(e.getValue()) + "); rename one of them so each"
              + " can be opened");
        }
        out.add(stored);
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * The formulation file with this id, read as it is now.
   *
   * @param id the file name without its ending, such as {@code ahmed}
   * @return the file, read; a file that cannot be read comes with its problems
   * @throws IllegalArgumentException if {@code id} is not a {@linkplain FormulationIds valid id}
   * @throws NoSuchElementException if no file has this id; the message names the nearest one
   * @throws IllegalStateException if two files have this id ({@code ahmed.yaml} and
   *     {@code ahmed.json}), which is not safe to guess between
   * @throws IOException if the folder or the file cannot be read at all
   */
  public StoredFormulation get(String id) throws IOException {
    FormulationIds.check(id, "id");
    Map<String, List<Path>> byId = entries();
    return read(id, only(id, byId).orElseThrow(() -> notFound(id, byId)));
  }

  /**
   * Writes a formulation to the file with this id, if the file is the version the caller read.
   *
   * @param id the file name without its ending, such as {@code ahmed}
   * @param formulation what to write; it goes in the file's own format (YAML or JSON), and a new
   *     file is YAML
   * @param expectedEtag the {@linkplain StoredFormulation#etag() ETag} the caller read;
   *     {@value #ANY_VERSION} for whatever version is there, as HTTP's {@code If-Match: *}; or
   *     {@code null} to create a new file ({@code id.yaml}) and refuse if one exists
   * @return the file as written
   * @throws EditConflictException if the file on disk is not the expected version: changed since,
   *     made since, or removed; the file is not written, and for a change or a removal {@code
   *     formulation} is kept in a new file beside it, named in {@link
   *     EditConflictException#keptAs()}
   * @throws IllegalArgumentException if {@code id} is not a {@linkplain FormulationIds valid id}
   * @throws IllegalStateException if two files have this id, or the file is not a plain file
   *     (a symbolic link, a file with other names (a hard link), a named pipe), which is never
   *     written through
   * @throws IOException if the file cannot be written; it is then as it was
   */
  // The folder's lock is held for the block's extent and has nothing else to give it, so the
  // try-with-resources never names it (javac's "try" lint).
  @SuppressWarnings("try")
  public StoredFormulation put(String id, Formulation formulation, String expectedEtag)
      throws IOException, EditConflictException {
    FormulationIds.check(id, "id");
    Preconditions.checkNotNull(formulation, "formulation");
    try (FolderLock.Held held = lock.hold()) {
      Optional<Path> existing = only(id, entries());
      if (expectedEtag == null && existing.isPresent()) {
        throw new EditConflictException(existing.get().getFileName() + " exists already;"
            + " open it to change it", read(id, existing.get()));
      }
      Path file = existing.orElse(root.resolve(id + "." + FileFormat.YAML.extension()));
      if (expectedEtag != null && existing.isEmpty()) {
        String kept = RefusedVersions.keep(writer, file, formulation);
        throw new EditConflictException(id + " is no longer in the folder: it was removed or"
            + " renamed since it was opened" + RefusedVersions.said(kept), null, kept);
      }
      checkInside(file);
      if (existing.isPresent()) {
        refuseIfNotPlain(file);
      }
      // In the format the file's name ends with, which entries() has made sure it has; what
      // people wrote in the file, its comments, goes into the new version too.
      CarriedComments carried = writer.textKeepingComments(formulation, file);
      try (AtomicFile atomic = AtomicFile.beside(file, "")) {
        atomic.write(carried.text().getBytes(StandardCharsets.UTF_8));
        if (existing.isEmpty()) {
          try {
            // Not replacing a file another program made since the folder was looked at.
            atomic.moveIntoPlaceIfAbsent();
          } catch (FileAlreadyExistsException e) {
            throw new EditConflictException(file.getFileName() + " was made a moment ago by"
                + " another program; open it to change it", read(id, file));
          }
        } else {
          // Checked last, with the new version ready beside it, so that the version on disk is
          // compared as near the moment it is replaced as can be: a program holding the lock
          // cannot change it in between, and one that does not take it has only that moment.
          StoredFormulation current = read(id, file);
          refuseIfNotPlain(file);
          if (!expectedEtag.equals(ANY_VERSION) && !current.etag().equals(expectedEtag)) {
            String kept = RefusedVersions.keep(writer, file, formulation);
            throw new EditConflictException(file.getFileName() + " was changed since it was"
                + " opened, so yours was not saved over it" + RefusedVersions.said(kept),
                current, kept);
          }
          atomic.moveIntoPlace();
        }
      }
      return read(id, file).withCommentsNotKept(carried.notKept());
    }
  }

  /**
   * Writes a new formulation to a new file: named for the formulation's own id when that is a
   * {@linkplain FormulationIds valid id} no file has yet, else {@code formulation-1},
   * {@code formulation-2} and so on.
   *
   * @param formulation the new formulation, typically from the template
   * @return the new file, read back
   * @throws IOException if the file cannot be written
   */
  // The folder's lock is held for the block's extent and has nothing else to give it, so the
  // try-with-resources never names it (javac's "try" lint).
  @SuppressWarnings("try")
  public StoredFormulation create(Formulation formulation) throws IOException {
    Preconditions.checkNotNull(formulation, "formulation");
    try (FolderLock.Held held = lock.hold()) {
      Map<String, List<Path>> byId = entries();
      String id = formulation.id().strip();
      if (!FormulationIds.isValid(id) || byId.containsKey(id)) {
        int n = 1;
        while (byId.containsKey("formulation-" + n)) {
          n++;
        }
        id = "formulation-" + n;
      }
      try {
        return put(id, formulation, null);
      } catch (EditConflictException e) {
        throw new IOException(id + " appeared while it was being made; try again", e);
      }
    }
  }

  /** The folder's formulation files by id; hidden files and anything not .yaml/.yml/.json out. */
  private Map<String, List<Path>> entries() throws IOException {
    Map<String, List<Path>> byId = new TreeMap<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(root)) {
      for (Path entry : stream) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".") || FileFormat.of(entry).isEmpty()
            || RefusedVersions.isOne(name)
            || Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        byId.computeIfAbsent(name.substring(0, name.lastIndexOf('.')), k -> new ArrayList<>())
            .add(entry);
      }
    }
    byId.values().forEach(files -> files.sort(Comparator.comparing(Path::toString)));
    return byId;
  }

  private Optional<Path> only(String id, Map<String, List<Path>> byId) {
    List<Path> files = byId.getOrDefault(id, List.of());
    if (files.size() > 1) {
      throw new IllegalStateException("id: two files are named " + id + " (" + names(files)
          + "); rename one of them so each can be opened");
    }
    return files.stream().findFirst();
  }

  private static NoSuchElementException notFound(String id, Map<String, List<Path>> byId) {
    Optional<String> near = NearestName.of(id, byId.keySet());
    return new NoSuchElementException("id: no formulation called " + id + " in the folder"
        + near.map(n -> "; did you mean " + n + "?").orElse(""));
  }

  /** Reads one entry: never through a link, never past the reader's size limit. */
  private StoredFormulation read(String id, Path file) throws IOException {
    String name = file.getFileName().toString();
    BasicFileAttributes attributes =
        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    Optional<String> notPlain = notPlain(file);
    if (notPlain.isPresent()) {
      return new StoredFormulation(id, name, new byte[0], null, List.of(problem(name,
          notPlain.get() + "; only plain files in the folder itself are opened, so move the"
              + " file itself here")),
          attributes.lastModifiedTime().toInstant());
    }
    if (!FormulationIds.isValid(id)) {
      return new StoredFormulation(id, name, new byte[0], null, List.of(problem(name,
          "this file name cannot be used in an address; rename it to letters, digits, dots,"
              + " - and _ only, starting with a letter or digit")),
          attributes.lastModifiedTime().toInstant());
    }
    int max = reader.limits().maxBytes();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readNBytes(max + 1);
    }
    if (bytes.length > max) {
      return new StoredFormulation(id, name, new byte[0], null, List.of(problem(name,
          "the file is larger than the " + max + " bytes a formulation may be")),
          attributes.lastModifiedTime().toInstant());
    }
    Formulation formulation = null;
    List<ReadProblem> problems = List.of();
    try {
      formulation = reader.read(new ByteArrayInputStream(bytes), FileFormat.of(file).orElseThrow(),
          name);
    } catch (FormulationReadException e) {
      problems = e.problems();
    }
    return new StoredFormulation(id, name, bytes, formulation, problems,
        attributes.lastModifiedTime().toInstant());
  }

  /** Refuses to write through anything but a plain file with one name, as {@link #read} does. */
  private static void refuseIfNotPlain(Path file) throws IOException {
    Optional<String> why = notPlain(file);
    if (why.isPresent()) {
      throw new IllegalStateException(file.getFileName() + " " + why.get() + "; only plain"
          + " files in the folder itself are written, so it was left as it was");
    }
  }

  /**
   * Why an entry is not read or written, if it is not: a symbolic link, a named pipe or device,
   * or a file with other names (a hard link, which may be a file outside the folder).
   */
  private static Optional<String> notPlain(Path file) throws IOException {
    BasicFileAttributes attributes =
        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attributes.isSymbolicLink()) {
      return Optional.of("is a symbolic link");
    }
    if (!attributes.isRegularFile()) {
      return Optional.of("is not a plain file (a named pipe, a device or a socket)");
    }
    if (links(file) > 1) {
      return Optional.of("has other names (it is a hard link, and may be a file outside the"
          + " folder)");
    }
    return Optional.empty();
  }

  /** The number of names a file has, where the file system says; 1 where it does not. */
  private static int links(Path file) throws IOException {
    try {
      Object n = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
      return n instanceof Integer i ? i : 1;
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return 1;
    }
  }

  private void checkInside(Path file) {
    if (!file.getParent().equals(root) || !file.normalize().equals(file)) {
      throw new IllegalArgumentException("id: would be outside the folder: " + file);
    }
  }

  private static StoredFormulation withProblem(StoredFormulation s, String message) {
    List<ReadProblem> problems = new ArrayList<>(s.problems());
    problems.add(problem(s.fileName(), message));
    return new StoredFormulation(s.id(), s.fileName(), s.text().getBytes(StandardCharsets.UTF_8),
        s.formulation().orElse(null), problems, s.lastModified());
  }

  private static ReadProblem problem(String source, String message) {
    return ReadProblem.of(source, 0, 0, "", message, null);
  }

  private static String names(List<Path> files) {
    return String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList());
  }
}
