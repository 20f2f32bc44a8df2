package io.github.sixps.formulation.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.cli.InstalledDistribution.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive as a user installs it: unpacked into a folder of its own, linked
 * from a {@code bin} folder on PATH, and run from yet another folder. Runs after {@code package}
 * (failsafe), against target/formulation-VERSION.tar.gz.
 */
class DistributionIT {
  private static final Path AHMED = Path.of("src/main/resources/worked/school-avoidance-ahmed.yaml")
      .toAbsolutePath();

  @TempDir
  static Path dir;

  private static InstalledDistribution distribution;
  private static Path installed;
  private static Path bin;
  private static Path work;

  @BeforeAll
  static void install() throws Exception {
    distribution = InstalledDistribution.install(dir);
    installed = distribution.home();
    bin = distribution.bin();
    work = Files.createDirectories(dir.resolve("work"));
    Files.copy(AHMED, work.resolve("ahmed.yaml"));
  }

  /**
   * The files and folders a text points to: README.md, docs/ and docs/NAME.md, as the help and
   * the template name them.
   */
  private static java.util.Set<String> pointers(String text) {
    java.util.Set<String> found = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("\\b(README\\.md|CHANGELOG\\.md|docs/(?:[a-z-]+\\.md)?)").matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void everyGuideTheHelpAndTheTemplatePointToIsInstalled() throws Exception {
    java.util.Set<String> pointed = new java.util.TreeSet<>();
    Result help = formulation("--help");
    assertEquals(0, help.code(), help.err());
    pointed.addAll(pointers(help.out()));
    for (String command : new picocli.CommandLine(new FormulationCommand()).getSubcommands()
        .keySet()) {
      pointed.addAll(pointers(formulation(command, "--help").out()));
    }
    Result template = formulation("new", "--out", "pointers.yaml");
    assertEquals(0, template.code(), template.err());
    pointed.addAll(pointers(Files.readString(work.resolve("pointers.yaml"))));
    // The help's own pointers, and the template's, are among them.
    assertTrue(pointed.containsAll(List.of("README.md", "docs/", "docs/file-format.md",
        "docs/rules.md")), pointed.toString());
    for (String path : pointed) {
      Path installedPath = installed.resolve(path);
      assertTrue(path.endsWith("/") ? Files.isDirectory(installedPath)
          : Files.isRegularFile(installedPath), path + " is not in the installed archive");
    }
    // The guides' pictures come with them, so the Markdown shows them where it is read.
    try (java.util.stream.Stream<Path> guides = Files.list(installed.resolve("docs"))) {
      for (Path guide : guides.filter(p -> p.toString().endsWith(".md")).toList()) {
        java.util.regex.Matcher image = java.util.regex.Pattern
            .compile("!\\[[^\\]]*\\]\\((images/[^)]+)\\)").matcher(Files.readString(guide));
        while (image.find()) {
          assertTrue(Files.isRegularFile(guide.resolveSibling(image.group(1))),
              guide.getFileName() + " shows " + image.group(1));
        }
      }
    }
  }

  /**
   * A reproducible build: the archive's files and every entry of the project's own jars carry
   * the time the build names ({@code project.build.outputTimestamp}), not when it ran, so the
   * same sources give the same bytes.
   */
  @Test
  void theArchiveAndTheProjectsJarsCarryTheBuildsFixedTime() throws Exception {
    java.time.Instant fixed = java.time.Instant.parse(System.getProperty("sixps.outputTimestamp"));
    Result listing = run(dir, List.of("tar", "--utc", "--full-time", "-tvzf",
        InstalledDistribution.archive().toString()));
    assertEquals(0, listing.code(), listing.err());
    String day = fixed.toString().substring(0, 10);
    List<String> otherTimes = listing.out().lines().filter(l -> !l.contains(" " + day + " "))
        .toList();
    assertEquals(List.of(), otherTimes, "archive entries not of " + day);
    java.util.Set<java.time.Instant> times = new java.util.TreeSet<>();
    int jars = 0;
    try (java.util.stream.Stream<Path> lib = Files.list(installed.resolve("lib"))) {
      for (Path jar : lib.filter(p -> p.getFileName().toString().matches("formulation-.*\\.jar"))
          .toList()) {
        jars++;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
          zip.stream().forEach(e -> times.add(e.getLastModifiedTime().toInstant()));
        }
      }
    }
    assertTrue(jars >= 6, "the project's jars in lib/: " + jars);
    assertEquals(1, times.size(), "one time for every entry: " + times);
    // A zip entry's time is local time without a zone: within a day of the one named.
    java.time.Duration off = java.time.Duration.between(fixed, times.iterator().next()).abs();
    assertTrue(off.toHours() <= 24, times + " against " + fixed);
  }

  @Test
  void runsThroughALinkOnPathFromAnotherFolder() throws Exception {
    Result first = formulation("validate", "ahmed.yaml", "--as-of", "2026-11-25");
    assertEquals(0, first.code(), first.err());
    assertEquals("", first.err());
    assertTrue(first.out().contains("ahmed.yaml: 0 errors"), first.out());

    Result pdf = formulation("render", "ahmed.yaml", "--to", "pdf", "--out", "out");
    assertEquals(0, pdf.code(), pdf.err());
    assertEquals("", pdf.err(), "nothing on standard error");
    byte[] head = new byte[5];
    System.arraycopy(Files.readAllBytes(work.resolve("out/ahmed.pdf")), 0, head, 0, 5);
    assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), head);
  }

  @Test
  void rendersBrailleWithTheNativeLibraryFromItsOwnLib() throws Exception {
    // liblouis is a native library inside a jar in lib/: this proves it loads from there.
    Result brf = formulation("render", "ahmed.yaml", "--to", "brf", "--out", "out");
    assertEquals(0, brf.code(), brf.err());
    assertEquals("", brf.err(), "nothing on standard error: no SLF4J or liblouis messages");
    String text = Files.readString(work.resolve("out/ahmed-family.brf"),
        StandardCharsets.US_ASCII);
    assertTrue(text.contains("\f") && text.contains(",AMIRA"), text.substring(0, 200));
  }

  @Test
  void makesItsClassDataArchiveOnceAndThenUsesItQuietly() throws Exception {
    Path archive = installed.resolve("lib/formulation.jsa");
    formulation("--version");
    assertTrue(Files.size(archive) > 0, "the first run made " + archive);
    long made = Files.getLastModifiedTime(archive).toMillis();
    Result again = formulation("--version");
    assertEquals(0, again.code(), again.err());
    assertEquals("", again.err());
    assertTrue(again.out().startsWith("formulation "), again.out());
    assertEquals(made, Files.getLastModifiedTime(archive).toMillis(), "the archive was kept");
  }

  @Test
  void makesANewArchiveWhenAJarIsWrittenAgainWithTheSameSizeAndTime() throws Exception {
    // A reproducible build gives every jar the same time, and a small change can keep its size:
    // Java would take the old archive and run the old jar's classes. Written again, the jar
    // gets a new status-change time, and the launcher makes a new archive.
    Path archive = installed.resolve("lib/formulation.jsa");
    formulation("--version");
    long made = Files.getLastModifiedTime(archive).toMillis();
    Path jar;
    try (var jars = Files.list(installed.resolve("lib"))) {
      jar = jars.filter(p -> p.getFileName().toString().startsWith("formulation-render-"))
          .findFirst().orElseThrow();
    }
    var time = Files.getLastModifiedTime(jar);
    byte[] bytes = Files.readAllBytes(jar);
    Files.delete(jar);
    Files.write(jar, bytes);
    Files.setLastModifiedTime(jar, time);
    Result again = formulation("--version");
    assertEquals(0, again.code(), again.err());
    assertEquals("", again.err());
    assertTrue(Files.getLastModifiedTime(archive).toMillis() > made,
        "a new archive was made for the jar written again");
  }

  @Test
  void theLauncherInACloneRunsThroughALinkToo() throws Exception {
    Path link = Files.createDirectories(dir.resolve("clone-bin")).resolve("formulation");
    Files.createSymbolicLink(link, Path.of("..", "formulation").toAbsolutePath().normalize());
    Result r = run(work, List.of(link.toString(), "--version"));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("formulation "), r.out());
  }

  @Test
  void servesAFolderAnswersAndStopsCleanlyOnSigterm() throws Exception {
    ProcessBuilder builder = new ProcessBuilder("env", "formulation", "serve", "--port", "0")
        .directory(work.toFile());
    builder.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
    Path err = Files.createTempFile(dir, "serve-err", ".txt");
    Process process = builder.redirectError(err.toFile()).start();
    try {
      java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(
          process.getInputStream(), StandardCharsets.UTF_8));
      String line;
      String address = null;
      while (address == null && (line = out.readLine()) != null) {
        if (line.startsWith("Open ")) {
          address = line.substring("Open ".length());
        }
      }
      assertTrue(address != null && address.startsWith("http://127.0.0.1:"), "" + address);
      java.net.http.HttpResponse<String> listed = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(address + "api/formulations"))
              .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(200, listed.statusCode());
      assertTrue(listed.body().contains("\"id\" : \"ahmed\""), listed.body());
      // A server's Java settings: the optimising compiler kept, the heap capped.
      List<String> javaArgs = java.util.stream.Stream.concat(java.util.stream.Stream.of(
              process.toHandle()), process.descendants())
          .map(h -> h.info().arguments().map(List::of).orElse(List.of()))
          .filter(a -> a.contains(FormulationCommand.class.getName()))
          .findFirst().orElseThrow();
      assertTrue(javaArgs.contains("-Xmx512m"), javaArgs.toString());
      assertFalse(javaArgs.contains("-XX:TieredStopAtLevel=1"), javaArgs.toString());
    } finally {
      process.destroy();   // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook stops Jetty
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "stopped");
    }
    assertEquals("", Files.readString(err), "nothing on standard error");
  }

  @Test
  void aSourceDateEpochThatIsNotADateIsAUsageErrorForServe() throws Exception {
    Result r = run(work, List.of("env", "SOURCE_DATE_EPOCH=yesterday", "formulation", "serve",
        "--port", "0"));
    assertEquals(ExitCode.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("SOURCE_DATE_EPOCH must be a whole number of seconds"),
        r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aSourceDateEpochThatIsNotADateIsAUsageErrorForEveryCommandThatMakesPdfs()
      throws Exception {
    Path folder = Files.createDirectories(dir.resolve("epoch"));
    Files.copy(AHMED, folder.resolve("ahmed.yaml"));
    for (List<String> args : List.of(
        List.of("render", "ahmed.yaml", "--to", "pdf", "--out", "."),
        List.of("blank", "--to", "pdf", "--out", "blank.pdf"),
        List.of("diff", "ahmed.yaml", "ahmed.yaml", "--to", "pdf", "--out", "diff.pdf"))) {
      List<String> command = new ArrayList<>(List.of("env", "SOURCE_DATE_EPOCH=yesterday",
          "formulation"));
      command.addAll(args);
      Result r = run(folder, command);
      assertEquals(ExitCode.USAGE, r.code(), args + ": " + r.err());
      assertTrue(r.err().contains("SOURCE_DATE_EPOCH must be a whole number of seconds"),
          r.err());
      assertFalse(r.err().contains("Exception"), r.err());
      assertFalse(r.err().contains("went wrong inside"), r.err());
    }
    try (java.util.stream.Stream<Path> left = Files.list(folder)) {
      assertEquals(List.of(folder.resolve("ahmed.yaml")), left.toList(), "no PDF written");
    }
  }

  private Result formulation(String... args) throws Exception {
    // Through env, so that the name is looked up on the PATH given to the command, as a shell
    // would, not on this JVM's own.
    List<String> command = new ArrayList<>(List.of("env", "formulation"));
    command.addAll(List.of(args));
    return run(work, command);
  }

  private static Result run(Path folder, List<String> command) throws IOException, InterruptedException {
    return distribution.run(folder, command, java.util.Map.of());
  }
}
