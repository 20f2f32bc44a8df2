package io.github.sixps.formulation.cli;

import com.google.common.hash.Hashing;
import io.github.sixps.formulation.io.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How formulation knows a file is one it made: each folder it writes into keeps a hidden list,
 * {@code .formulation-outputs}, one line for each file it wrote there: a fingerprint (SHA-256)
 * of the file's content as written, a fingerprint of where it came from (the command and the
 * input files), and the file's name.
 *
 * <p>A file is taken for this command's own earlier output only if all three still hold: the
 * list names it, its content is what was written (nobody has changed it since), and it came
 * from the same command and inputs. Anything else, a hand-edited handout included, is someone
 * else's and is not replaced without {@code --force}.
 *
 * <p>Why a list and not a mark inside each file: Markdown, Braille and plain text have no place
 * for a mark that readers would not see, and a mark can be copied into a file by hand. The list
 * holds fingerprints, not names of inputs: an input's name often names a family, and the list
 * lies in the folder of the training copies or handouts. A lost list only means {@code --force}
 * is needed once: the safe way to fail.
 */
final class OwnOutputs {
  private OwnOutputs() {}

  /** The list's name in each folder; hidden, so no listing or input search picks it up. */
  static final String NAME = ".formulation-outputs";

  /** One line of the list: what a file held when it was written, and where it came from. */
  record Entry(String content, String origin) {}

  /**
   * The fingerprint of where outputs come from: the command and its input files, whatever
   * order they were given in.
   */
  static String origin(String command, Collection<Path> inputs) {
    String text = command + "\n" + inputs.stream()
        .map(p -> p.toAbsolutePath().normalize().toString()).sorted()
        .collect(Collectors.joining("\n"));
    return fingerprint(text.getBytes(StandardCharsets.UTF_8));
  }

  static String fingerprint(byte[] content) {
    return Hashing.sha256().hashBytes(content).toString();
  }

  /** What the list in {@code file}'s folder says of it, if it names it. */
  static Optional<Entry> of(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return Optional.ofNullable(read(absolute.getParent()).get(absolute.getFileName().toString()));
  }

  /**
   * Whether {@code file} is, unchanged, what a run with this {@code origin} wrote.
   *
   * @return empty if so; else why not, in words that follow "because it"
   */
  static Optional<String> whyNotOwn(Path file, String command, String origin) {
    Optional<Entry> entry = of(file);
    if (entry.isEmpty()) {
      return Optional.of("exists already, and formulation " + command + " did not make it");
    }
    if (!entry.get().origin().equals(origin)) {
      return Optional.of("exists already, made by another formulation command or from other"
          + " files");
    }
    try {
      if (!fingerprint(Files.readAllBytes(file)).equals(entry.get().content())) {
        return Optional.of("was changed since formulation " + command + " wrote it");
      }
    } catch (IOException e) {
      return Optional.of("exists already and could not be read to tell whose it is");
    }
    return Optional.empty();
  }

  /**
   * Adds the files written to the lists of their folders, replacing what the lists said of them
   * before. A list that cannot be written is passed over: its files will need {@code --force}
   * to be replaced, which is the safe way to fail.
   *
   * @param written each file written, with its entry
   */
  static void add(Map<Path, Entry> written) {
    Map<Path, Map<String, Entry>> byFolder = new TreeMap<>();
    written.forEach((file, entry) -> {
      Path absolute = file.toAbsolutePath().normalize();
      byFolder.computeIfAbsent(absolute.getParent(), f -> new TreeMap<>())
          .put(absolute.getFileName().toString(), entry);
    });
    byFolder.forEach((folder, entries) -> {
      Map<String, Entry> list = read(folder);
      list.putAll(entries);
      // Files gone since are dropped, so the list does not grow for ever.
      list.keySet().removeIf(name -> !Files.isRegularFile(folder.resolve(name)));
      StringBuilder text = new StringBuilder("# Files formulation wrote here: a fingerprint of"
          + " each as written, of where it came from, and its name. formulation replaces only"
          + " these, unchanged, without --force.\n");
      list.forEach((name, e) -> text.append(e.content()).append(' ').append(e.origin())
          .append(' ').append(name).append('\n'));
      try (AtomicFile file = AtomicFile.beside(folder.resolve(NAME), "")) {
        file.write(text.toString().getBytes(StandardCharsets.UTF_8));
        file.moveIntoPlace();
      } catch (IOException e) {
        // Passed over: see above.
      }
    });
  }

  private static Map<String, Entry> read(Path folder) {
    Map<String, Entry> list = new LinkedHashMap<>();
    if (folder == null) {
      return list;
    }
    try {
      for (String line : Files.readAllLines(folder.resolve(NAME), StandardCharsets.UTF_8)) {
        String[] parts = line.split(" ", 3);
        if (!line.startsWith("#") && parts.length == 3) {
          list.put(parts[2], new Entry(parts[0], parts[1]));
        }
      }
    } catch (NoSuchFileException e) {
      // No list: nothing here is known to be formulation's.
    } catch (IOException | RuntimeException e) {
      // An unreadable list is no list.
    }
    return list;
  }
}
