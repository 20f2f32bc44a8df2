package io.github.sixps.formulation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.cli.InstalledDistribution;
import io.github.sixps.formulation.cli.InstalledDistribution.Result;
import io.github.sixps.formulation.examples.MarkdownDocument.CodeBlock;
import io.github.sixps.formulation.examples.MarkdownDocument.CodeSpan;
import io.github.sixps.formulation.testing.StoppedProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command line the README and the guides show runs, against the installed distribution,
 * as a reader following each document from the top would run it: in one folder of its own per
 * document, in the document's order, so that a file one command makes is there for the next.
 * The command lines are read from the Markdown, so the test follows the documents (a code
 * span naming a command to type starts with {@code ./formulation}, as the documents write it):
 *
 * <ul>
 *   <li>each line of a {@code sh} block (a line ending in {@code \} goes on to the next), and
 *       each code span in the text that starts with {@code ./formulation} or {@code ./mvnw}:
 *       a {@code formulation} command must exit 0 ({@code validate} 0 or 1: finding errors is
 *       its work); {@code serve} runs on a free port ({@code --port 0}) until it prints the
 *       address to open, and is then stopped; {@code curl} lines run against a server on the
 *       worked examples, with {@code --fail-with-body}, so an error answer fails;
 *   <li>each {@code $ } line of a {@code text} block, a transcript: every line shown after it
 *       is in what the command prints;
 *   <li>a line that is a synopsis, with {@code [optional]} parts, choices ({@code a|b}) or a
 *       placeholder ({@code FILE}), and a code span that mentions a command without {@code ./}
 *       ({@code formulation serve --bind}): the command exists and its help names every option
 *       the line uses;
 *   <li>a {@code ./mvnw} line is not run (this test runs inside that build): the modules it
 *       names with {@code -pl} and the profiles it names with {@code -P} exist.
 * </ul>
 *
 * <p>The README's Install section is run whole by {@link #theInstallSectionEndsWithTheCommandOnThePathOfANewShell}.
 * The files a reader brings of their own (a real case to redact, last month's version) are
 * worked examples, put in place first ({@link #READERS_FILES}); for the guide's {@code git}
 * lines the folder is made a Git repository holding two versions of begum.yaml. A failure
 * names the document,
 * the line and what the command printed.
 */
class DocumentedCommandLinesIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path WORKED = ROOT.resolve("examples/src/main/resources/worked");
  private static final List<String> DOCUMENTS =
      List.of("README.md", "docs/trainers-guide.md", "docs/developers-guide.md");

  /**
   * The files each document expects its reader to have of their own, which none of its
   * commands makes: the name in the document, and the worked example standing in for it (a
   * folder name holds a copy of two).
   */
  private static final Map<String, Map<String, String>> READERS_FILES = Map.of(
      "README.md", Map.of("caseload/", "school-avoidance-ahmed.yaml"),
      "docs/trainers-guide.md", Map.of(
          "begum-november.yaml", "before-review/young-carer-kowalski.yaml",
          "real-case.yaml", "school-avoidance-ahmed.yaml",
          "big-case.yaml", "neglect-brannock.yaml",
          "begum-workshop/", "school-avoidance-ahmed.yaml",
          "my-examples/", "school-avoidance-ahmed.yaml",
          "real-cases/", "school-avoidance-ahmed.yaml"),
      "docs/developers-guide.md", Map.of(
          "ahmed.yaml", "school-avoidance-ahmed.yaml",
          "before.json", "before-review/young-carer-kowalski.yaml",
          "after.json", "young-carer-kowalski.yaml"));

  private static final Pattern PLACEHOLDER = Pattern.compile("(^|\\s)[A-Z][A-Z_]+(\\s|$)");
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*");

  @TempDir
  static Path dir;

  private static InstalledDistribution distribution;
  private static final Map<String, String> helps = new HashMap<>();

  /** One command line of a document, and for a transcript the lines shown after it. */
  record CommandLine(String document, int line, String text, List<String> shown) {
    String where() {
      return document + ":" + line + ": " + text;
    }
  }

  @BeforeAll
  static void install() throws Exception {
    distribution = InstalledDistribution.install(Files.createDirectories(dir.resolve("install")));
  }

  @Test
  void everyCommandLineInTheReadmeAndTheGuidesRuns() throws Exception {
    List<String> failures = new ArrayList<>();
    int ran = 0;
    for (String document : DOCUMENTS) {
      Path folder = readersFolder(document);
      Map<String, String> variables = new LinkedHashMap<>();
      Server server = null;
      try {
        for (CommandLine c : commandLines(document)) {
          ran++;
          String text = c.text();
          if (text.startsWith("./mvnw")) {
            failures.addAll(mavenProblems(c));
          } else if (isMention(text)) {
            failures.addAll(optionProblems(c));
          } else if (text.matches("[a-z]+=\\S+")) {
            // A shell variable for the lines after it: the server's address is this run's.
            String name = text.substring(0, text.indexOf('='));
            if (name.equals("base")) {
              if (server == null) {
                server = Server.start(folder, "formulation serve --examples --port 0");
              }
              variables.put(name, server.address());
            } else {
              variables.put(name, text.substring(name.length() + 1));
            }
          } else if (text.contains("formulation serve")) {
            try (Server s = Server.start(folder, text + " --port 0")) {
              s.address();
            } catch (AssertionError e) {
              failures.add(c.where() + ": " + e.getMessage());
            }
          } else if (missingTool(c)) {
            continue;
          } else {
            if (text.startsWith("git ") && !Files.isDirectory(folder.resolve(".git"))) {
              keepInGit(folder);
            }
            failures.addAll(runProblems(c, folder, variables));
          }
        }
      } finally {
        if (server != null) {
          server.close();
        }
      }
    }
    int lines = ran;
    assertTrue(lines > 40, "only " + lines + " command lines found: are the documents there?");
    assertTrue(failures.isEmpty(), () -> failures.size() + " of " + lines
        + " documented command lines fail:\n\n" + String.join("\n\n", failures));
  }

  /**
   * The Install section, pasted as written into a shell whose PATH lacks ~/.local/bin, from a
   * clone whose build has made the archive: its last line says "command not found", as the
   * README then explains; after the PATH line for bash, a new shell runs {@code formulation
   * --version} from another folder through the link, and {@code command -v} names the link.
   */
  @Test
  void theInstallSectionEndsWithTheCommandOnThePathOfANewShell() throws Exception {
    MarkdownDocument readme = MarkdownDocument.read(ROOT.resolve("README.md"));
    int[] install = section(ROOT.resolve("README.md"), "## Install");
    List<String> lines = new ArrayList<>();
    for (CodeBlock block : readme.blocks("sh")) {
      if (block.line() > install[0] && block.line() < install[1]) {
        joined(block.code()).forEach(l -> lines.add(l.text()));
      }
    }
    assertTrue(lines.size() >= 6, "README's Install section has its two blocks: " + lines);
    Path home = Files.createDirectories(dir.resolve("home"));
    Path clone = Files.createDirectories(dir.resolve("clone"));
    Path target = Files.createDirectories(clone.resolve("examples/target"));
    Files.createSymbolicLink(target.resolve(InstalledDistribution.archive().getFileName()),
        InstalledDistribution.archive());
    Map<String, String> shell = Map.of("HOME", home.toString(), "PATH", "/usr/bin:/bin",
        "JAVA_HOME", System.getProperty("java.home"));
    String lastFormulation = null;
    for (String line : lines) {
      if (line.startsWith("./mvnw")) {
        // The build this test runs in has made the archive this line makes.
        continue;
      }
      Result r = bare(clone, List.of("bash", "-c", line), shell);
      if (line.startsWith("formulation ")) {
        lastFormulation = line;
        assertEquals(127, r.code(), line + ": " + r.both());
        assertTrue(r.err().contains("formulation: command not found"), r.err());
      } else {
        assertEquals(0, r.code(), "README Install: " + line + ": " + r.both());
      }
    }
    assertEquals("formulation --version", lastFormulation);
    assertTrue(Files.readString(home.resolve(".bashrc")).contains(".local/bin"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Result fresh = bare(elsewhere, List.of("bash", "-i", "-c",
        "formulation --version && command -v formulation"), shell);
    assertEquals(0, fresh.code(), fresh.both());
    List<String> said = fresh.out().lines().toList();
    assertEquals("formulation " + InstalledDistribution.version(), said.get(0));
    assertEquals(home.resolve(".local/bin/formulation").toString(), said.get(said.size() - 1));
    if (Files.isExecutable(Path.of("/usr/bin/zsh"))) {
      Result zsh = bare(elsewhere, List.of("zsh", "-i", "-c", "formulation --version"), shell);
      assertEquals(0, zsh.code(), zsh.both());
    } else {
      assertTrue(System.getenv("CI") == null, "no zsh, and CI is set: .ci/run installs it");
      System.out.println("[SKIPPED] the README's zsh PATH line: no zsh here (apt-get install zsh)");
    }
  }

  /** Runs a command with only the given environment (and no distribution on the PATH). */
  private static Result bare(Path folder, List<String> command, Map<String, String> environment)
      throws Exception {
    List<String> clean = new ArrayList<>(List.of("env", "-i"));
    environment.forEach((k, v) -> clean.add(k + "=" + v));
    clean.addAll(command);
    return distribution.run(folder, clean, Map.of());
  }

  /** The folder a reader of {@code document} works in: their own files, and the clone's. */
  private static Path readersFolder(String document) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(document.replace('/', '-')));
    Files.createSymbolicLink(folder.resolve("formulation"),
        distribution.home().resolve("bin/formulation"));
    copyTree(ROOT.resolve("examples/src/main/resources"),
        folder.resolve("examples/src/main/resources"));
    for (Map.Entry<String, String> file : READERS_FILES.get(document).entrySet()) {
      Path source = WORKED.resolve(file.getValue());
      if (file.getKey().endsWith("/")) {
        Path sub = Files.createDirectories(folder.resolve(file.getKey()));
        Files.copy(source, sub.resolve(source.getFileName()));
        Files.copy(WORKED.resolve("young-carer-kowalski.yaml"),
            sub.resolve("young-carer-kowalski.yaml"));
      } else if (file.getKey().endsWith(".json")) {
        Result json = distribution.run(folder, List.of("env", "formulation", "convert",
            source.toString(), "--to", "json", "--out", file.getKey()), Map.of());
        assertEquals(0, json.code(), json.both());
      } else {
        Files.copy(source, folder.resolve(file.getKey()));
      }
    }
    if (document.equals("docs/trainers-guide.md")) {
      // The guide's own example of a council's words, written as the guide says.
      String words = MarkdownDocument.read(ROOT.resolve(document)).blocks("yaml").stream()
          .map(CodeBlock::code).filter(c -> c.contains("headings:") && c.contains("base:"))
          .findFirst().orElseThrow();
      Files.writeString(folder.resolve("our-words.yaml"), words);
    }
    return folder;
  }

  /**
   * Whether a line's program (curl, git) is missing here: the line is then skipped, saying so,
   * as every other tool check is; where {@code CI} is set, the test fails instead.
   */
  private static boolean missingTool(CommandLine c) {
    String program = c.text().split("\\s+")[0];
    if (!List.of("curl", "git").contains(program)) {
      return false;
    }
    boolean found = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
        .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    if (found) {
      return false;
    }
    String said = c.where() + ": " + program + " is not on the PATH, so this line is skipped;"
        + " to run it: apt-get install " + program;
    assertTrue(System.getenv("CI") == null, said + " (and CI is set, so it must run)");
    System.out.println("[SKIPPED] " + said);
    return true;
  }

  /**
   * The reader's folder as the guide's section on version control supposes it: a Git
   * repository whose latest commit holds begum.yaml as it is now and whose one before holds
   * last month's version.
   */
  private static void keepInGit(Path folder) throws Exception {
    Path now = folder.resolve("begum.yaml");
    byte[] current = Files.readAllBytes(now);
    Files.copy(folder.resolve("begum-november.yaml"), now,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String git = "git -c user.name=Trainer -c user.email=trainer@example.org";
    Result made = distribution.run(folder, List.of("bash", "-c", "git init -q && " + git
        + " commit -q --allow-empty -m start && git add begum.yaml && " + git
        + " commit -q -m November"), Map.of());
    assertEquals(0, made.code(), made.both());
    Files.write(now, current);
    Result after = distribution.run(folder, List.of("bash", "-c", "git add begum.yaml && "
        + git + " commit -q -m 'First review'"), Map.of());
    assertEquals(0, after.code(), after.both());
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path copy = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(p, copy);
        }
      }
    }
  }

  /** The command lines of a document in its order, leaving out README's Install section. */
  static List<CommandLine> commandLines(String document) throws IOException {
    Path file = ROOT.resolve(document);
    MarkdownDocument md = MarkdownDocument.read(file);
    int[] install = document.equals("README.md") ? section(file, "## Install") : new int[] {0, 0};
    List<CommandLine> found = new ArrayList<>();
    for (CodeBlock block : md.blocks("sh")) {
      if (block.line() > install[0] && block.line() < install[1]) {
        continue;
      }
      for (CommandLine l : joined(block.code())) {
        found.add(new CommandLine(document, block.line() + l.line(), l.text(), List.of()));
      }
    }
    for (CodeBlock block : md.blocks("text")) {
      List<String> lines = block.code().lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith("$ ")) {
          List<String> shown = new ArrayList<>();
          for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("$ "); j++) {
            shown.add(lines.get(j));
          }
          found.add(new CommandLine(document, block.line() + i, lines.get(i).substring(2),
              shown));
        }
      }
    }
    for (CodeSpan span : md.codeSpans()) {
      String code = span.code().strip();
      if (code.startsWith("./formulation") || code.startsWith("./mvnw")
          || code.matches("formulation [a-z-]+.*")) {
        found.add(new CommandLine(document, span.line(), code, List.of()));
      }
    }
    found.sort(Comparator.comparingInt(CommandLine::line));
    return found;
  }

  /** A block's lines as commands: comments and blank lines left out, continuations joined. */
  private static List<CommandLine> joined(String code) {
    List<CommandLine> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int start = -1;
    List<String> raw = code.lines().toList();
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i).strip();
      if (current.length() == 0 && (line.isEmpty() || line.startsWith("#"))) {
        continue;
      }
      if (current.length() == 0 && line.startsWith("[") && !lines.isEmpty()) {
        // A synopsis's optional parts, set out under the command they belong to.
        CommandLine last = lines.remove(lines.size() - 1);
        lines.add(new CommandLine("", last.line(), last.text() + " " + line, List.of()));
        continue;
      }
      if (current.length() == 0) {
        start = i;
      }
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      current.append(line);
      lines.add(new CommandLine("", start, current.toString(), List.of()));
      current.setLength(0);
    }
    return lines;
  }

  /** The lines (from 1) of a section: its heading's, and the next heading's at its level. */
  private static int[] section(Path file, String heading) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int start = lines.indexOf(heading) + 1;
    assertTrue(start > 0, file + " has no " + heading);
    int end = start;
    while (end < lines.size() && !lines.get(end).startsWith("## ")) {
      end++;
    }
    return new int[] {start, end + 1};
  }

  /**
   * Whether a line names a command rather than gives one to run: a synopsis, a mention without
   * {@code ./} (which the documents give commands to type with), or the launcher's name alone.
   */
  private static boolean isMention(String text) {
    if (text.startsWith("formulation ") || text.equals("./formulation")) {
      return true;
    }
    return text.startsWith("./formulation ") && (text.contains("[") || text.contains("|")
        || text.contains("...") || PLACEHOLDER.matcher(text).find());
  }

  private static List<String> runProblems(CommandLine c, Path folder,
      Map<String, String> variables) throws Exception {
    String text = c.text();
    boolean curl = text.startsWith("curl ");
    String script = curl ? "curl() { command curl --fail-with-body \"$@\"; }; " + text : text;
    Result r = distribution.run(folder, List.of("bash", "-c", script), variables);
    List<String> problems = new ArrayList<>();
    if (!c.shown().isEmpty()) {
      List<String> printed = r.both().lines().toList();
      for (String line : c.shown()) {
        if (!printed.contains(line)) {
          problems.add(c.where() + ": the document shows \"" + line + "\", but it printed:\n"
              + r.both());
        }
      }
      return problems;
    }
    boolean findingsAreItsWork = text.contains("formulation validate");
    if (r.code() != 0 && !(findingsAreItsWork && r.code() == 1)) {
      problems.add(c.where() + ": exit code " + r.code() + "\n" + r.both());
    }
    return problems;
  }

  /** A synopsis or a mention: the command is one, and its help names each option used. */
  private static List<String> optionProblems(CommandLine c) throws Exception {
    String[] words = c.text().replaceFirst("^\\./", "").split("\\s+");
    String command = words.length > 1 && !words[1].startsWith("-") ? words[1] : "";
    if (command.equals("help") || command.isEmpty()) {
      command = "";
    }
    String name = command;
    String help = helps.computeIfAbsent(command, k -> {
      try {
        List<String> args = new ArrayList<>(List.of("env", "formulation"));
        if (!k.isEmpty()) {
          args.add(k);
        }
        args.add("--help");
        Result r = distribution.run(dir, args, Map.of());
        return r.code() == 0 ? r.out() : "";
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    if (help.isEmpty()) {
      return List.of(c.where() + ": \"" + name + "\" is not a command");
    }
    List<String> problems = new ArrayList<>();
    Matcher option = OPTION.matcher(c.text());
    while (option.find()) {
      if (!help.contains(option.group())) {
        problems.add(c.where() + ": formulation " + name + " --help does not name "
            + option.group());
      }
    }
    return problems;
  }

  /** A Maven line: the modules named with -pl and the profiles with -P exist. */
  private static List<String> mavenProblems(CommandLine c) throws IOException {
    List<String> problems = new ArrayList<>();
    String[] words = c.text().split("\\s+");
    String poms = "";
    try (Stream<Path> all = Files.walk(ROOT, 2)) {
      for (Path pom : all.filter(p -> p.getFileName().toString().equals("pom.xml")).toList()) {
        poms += Files.readString(pom);
      }
    }
    for (int i = 1; i < words.length; i++) {
      if (words[i].equals("-pl") && i + 1 < words.length) {
        for (String module : words[i + 1].split(",")) {
          if (!Files.isRegularFile(ROOT.resolve(module).resolve("pom.xml"))) {
            problems.add(c.where() + ": no module " + module);
          }
        }
      } else if (words[i].startsWith("-P")) {
        for (String profile : words[i].substring(2).split(",")) {
          if (!poms.contains("<id>" + profile + "</id>")) {
            problems.add(c.where() + ": no profile " + profile);
          }
        }
      }
    }
    return problems;
  }

  /** {@code formulation serve} started from a shell line, stopped on {@link #close}. */
  private static final class Server implements AutoCloseable {
    private final Process process;
    private final String address;

    private Server(Process process, String address) {
      this.process = process;
      this.address = address;
    }

    static Server start(Path folder, String line) throws IOException {
      ProcessBuilder builder = new ProcessBuilder("bash", "-c", "exec " + line)
          .directory(folder.toFile()).redirectErrorStream(true);
      builder.environment().put("PATH", distribution.bin() + ":" + System.getenv("PATH"));
      builder.environment().remove("FORMULATION_JAVA_OPTIONS");
      Process process = builder.start();
      StringBuilder printed = new StringBuilder();
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8));
      String said;
      while ((said = out.readLine()) != null) {
        printed.append(said).append('\n');
        if (said.startsWith("Open http")) {
          // Keep reading what it prints, so that it never waits on a full pipe.
          Thread drain = new Thread(() -> {
            try {
              out.transferTo(java.io.Writer.nullWriter());
            } catch (IOException stopped) {
              // The server was stopped, and with it what it prints.
            }
          });
          drain.setDaemon(true);
          drain.start();
          return new Server(process, said.substring("Open ".length()).replaceAll("/$", ""));
        }
      }
      throw new AssertionError("serve stopped without an address to open:\n" + printed);
    }

    String address() {
      return address;
    }

    @Override
    public void close() {
      process.destroy();
      StoppedProcess.awaitOrKill(process, 30);
      assertFalse(process.isAlive());
    }
  }
}
