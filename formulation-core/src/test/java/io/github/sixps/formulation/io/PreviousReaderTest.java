package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Event;
import io.github.sixps.formulation.model.EventDate;
import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.Person;
import io.github.sixps.formulation.model.PersonRole;
import io.github.sixps.formulation.testing.ExternalTool;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader of the version before format 1.1, as it was: its sources taken from the project's
 * own history ({@value #BEFORE_1_1}, the last commit whose reader knows {@code sixps/1} only),
 * compiled and loaded in a class loader of their own beside this version, with the same
 * libraries. What this version writes for a formulation that uses nothing of 1.1 that reader
 * reads; a file with one new optional key of 1.1 (a chronology's {@code events}) this version
 * reads back whole, and that reader refuses at the key, naming it, rather than half-read it.
 *
 * <p>It needs {@code git} and the history (a shallow clone has none): without them it is
 * skipped, saying so, except under CI, where it must run.
 */
class PreviousReaderTest {
  static final String BEFORE_1_1 = "adb20abdd003728e29db20acf3438864cd7a5adf";
  private static final FormulationWriter WRITER = FormulationWriter.standard();

  @TempDir
  static Path dir;
  private static Object previousReader;
  private static Method read;

  @BeforeAll
  static void buildThePreviousReader() throws Exception {
    Path git = ExternalTool.require(List.of("git"), "apt-get install git");
    Path root = Path.of(run(List.of(git.toString(), "rev-parse", "--show-toplevel"),
        Path.of("").toAbsolutePath(), "run the tests in a git clone of SixPs").strip());
    run(List.of(git.toString(), "cat-file", "-e", BEFORE_1_1 + "^{commit}"), root,
        "git fetch --unshallow (the history must hold " + BEFORE_1_1 + ")");
    Path sources = Files.createDirectories(dir.resolve("sources"));
    Path tar = dir.resolve("core.tar");
    run(List.of(git.toString(), "archive", "--format=tar", "--output=" + tar, BEFORE_1_1,
        "formulation-core/src/main"), root, "git archive");
    run(List.of("tar", "-xf", tar.toString(), "-C", sources.toString()), root,
        "apt-get install tar");
    Path main = sources.resolve("formulation-core/src/main");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<Path> libraries = libraries();
    List<String> files;
    try (Stream<Path> all = Files.walk(main.resolve("java"))) {
      files = all.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("module-info.java"))
          .map(Path::toString).toList();
    }
    // The JDK's own javac, as a program: this module does not read java.compiler.
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "--release",
        "17", "-encoding", "UTF-8", "-proc:none", "-nowarn", "-Xlint:none", "-cp",
        String.join(File.pathSeparator, libraries.stream().map(Path::toString).toList())));
    arguments.addAll(files);
    Path argumentFile = dir.resolve("javac.txt");
    Files.write(argumentFile, arguments.stream().map(a -> "\"" + a.replace("\\", "\\\\")
        + "\"").toList(), StandardCharsets.UTF_8);
    Process compile = new ProcessBuilder(javac.toString(), "@" + argumentFile)
        .redirectErrorStream(true).start();
    String said = new String(compile.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(compile.waitFor(300, TimeUnit.SECONDS), "javac did not finish");
    assertEquals(0, compile.exitValue(), "the reader of " + BEFORE_1_1 + " does not compile: "
        + said);
    copyTree(main.resolve("resources"), classes);
    List<URL> urls = new ArrayList<>();
    urls.add(classes.toUri().toURL());
    for (Path library : libraries) {
      urls.add(library.toUri().toURL());
    }
    // Its own loader under the platform's: none of this version's classes can stand in.
    ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader());
    Class<?> reader = loader.loadClass(FormulationReader.class.getName());
    assertTrue(reader != FormulationReader.class);
    previousReader = reader.getMethod("standard").invoke(null);
    read = reader.getMethod("read", Path.class);
  }

  @Test
  void readsWhatThisVersionWritesForAFormulationOf1_0() throws Exception {
    Formulation f = Formulation.builder().id("ahmed").title("Ahmed and family")
        .people(List.of(Person.of("amira", "Amira", PersonRole.CHILD).withAge(9))).build();
    for (FileFormat format : FileFormat.values()) {
      Path file = dir.resolve("ahmed-1-0." + format.extension());
      Files.writeString(file, WRITER.write(f, format), StandardCharsets.UTF_8);
      String text = Files.readString(file);
      assertTrue(text.contains("sixps/1") && !text.contains("sixps/1."), "written as 1.0: "
          + text);

      Object old = read.invoke(previousReader, file);

      assertEquals("Ahmed and family", old.getClass().getMethod("title").invoke(old));
      assertEquals(old.getClass().getClassLoader(), read.getDeclaringClass().getClassLoader());
    }
  }

  @Test
  void refusesAFileWithANewKeyOf1_1AtTheKeyThatThisVersionReadsBackWhole() throws Exception {
    Formulation f = Formulation.builder().id("ahmed").title("Ahmed and family")
        .people(List.of(Person.of("amira", "Amira", PersonRole.CHILD).withAge(9)))
        .events(List.of(Event.builder("E1", EventDate.year(2019).approximately())
            .what("Amira started at Riverside Primary.").build()))
        .build();
    for (FileFormat format : FileFormat.values()) {
      Path file = dir.resolve("ahmed-1-1." + format.extension());
      Files.writeString(file, WRITER.write(f, format), StandardCharsets.UTF_8);

      assertEquals(f, FormulationReader.standard().read(file), "this version reads it back");
      InvocationTargetException refused = assertThrows(InvocationTargetException.class,
          () -> read.invoke(previousReader, file));
      Throwable why = refused.getCause();
      assertInstanceOf(IOException.class, why, "a read problem, not a crash: " + why);
      assertTrue(why.getMessage().contains("unknown key \"events\""), why.getMessage());
    }
  }

  /** The libraries the reader of that time needed, as this build's test class path has them. */
  private static List<Path> libraries() {
    String path = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    List<Path> found = Stream.of(path.split(File.pathSeparator))
        .filter(p -> p.matches(".*(guava|failureaccess|jackson-core|jackson-dataformat-yaml"
            + "|snakeyaml|commons-text|commons-lang3)-[^" + File.separator + "]*\\.jar"))
        .map(Path::of).toList();
    assertTrue(found.size() >= 5, "libraries on the class path: " + found);
    return found;
  }

  private static String run(List<String> command, Path in, String fix)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      ExternalTool.unavailable(String.join(" ", command) + " failed: " + out.strip(), fix);
    }
    return out;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      all.filter(Files::isRegularFile).forEach(p -> {
        try {
          Path target = to.resolve(from.relativize(p).toString());
          Files.createDirectories(target.getParent());
          Files.copy(p, target);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
