package io.github.sixps.formulation.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The {@code formulation} command line: works with Rethink "6Ps" formulation files.
 *
 * <pre>
 * formulation demo
 * formulation new --out begum.yaml
 * formulation validate examples/src/main/resources/worked
 * </pre>
 */
@Command(
    name = "formulation",
    mixinStandardHelpOptions = true,
    versionProvider = FormulationCommand.Version.class,
    sortOptions = false,
    descriptionHeading = "%n",
    description = {
        "formulation works with Rethink \"6Ps\" formulations in children's services:",
        "what we are worried about (presenting), what made the family vulnerable",
        "(predisposing), why now (precipitating), what keeps it going (perpetuating),",
        "what helps (protective), and the plan; with the child's voice, a hypothesis",
        "and reviews over time. A formulation is a YAML or JSON file in the sixps/1",
        "format.",
        "",
        "Try these two first:",
        "  formulation demo",
        "      Handouts of every worked example, as PDF, web page and Markdown, for",
        "      practitioners and for families, in out/. Open out/index.html.",
        "  formulation new --out begum.yaml",
        "      A template for a formulation of your own, with a prompt for each P."
    },
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    subcommands = {
        DemoCommand.class,
        NewCommand.class,
        ValidateCommand.class,
        PrioritiseCommand.class,
        DiffCommand.class,
        RenderCommand.class,
        BlankCommand.class,
        TerminologyCommand.class,
        ConvertCommand.class,
        RedactCommand.class,
        SchemaCommand.class,
        ServeCommand.class,
        CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes, the same for every command:%n",
    exitCodeList = {
        " 0:fine",
        " 1:a finding at error severity",
        " 2:the command line was wrong",
        " 3:an input could not be read or parsed",
        " 4:an output could not be written, or would replace a file it should not",
        "70:something went wrong inside formulation (run again with --debug to see "
            + "where), or it ran out of memory (the message says how to give it more)",
        "130:stopped by Ctrl-C (143: by a termination signal), after removing the files it had "
            + "not finished"
    },
    footerHeading = "%nMany files:%n",
    footer = {
        "Commands that take files take many files and folders (the .yaml, .yml and",
        ".json files in them). They work on every processor, show progress on stderr,",
        "go on past a file that fails, list every problem at the end, and exit with",
        "the worst code. Problems are printed as FILE:LINE:COLUMN: message; add",
        "--debug for a stack trace as well.",
        "",
        "More help:",
        "  formulation help COMMAND   what a command does, with examples",
        "  README.md                  what formulation is, and a tour of the library",
        "  docs/                      the guides for trainers and developers, the",
        "                             file format (file-format.md) and every check",
        "                             that validate makes (rules.md)"
    })
public final class FormulationCommand implements Runnable {
  /**
   * The commands as the help lists them, in groups, in the order a newcomer meets them. Every
   * command is in one group.
   */
  static final Map<String, List<String>> GROUPS = groups();

  private static Map<String, List<String>> groups() {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    groups.put("Start here", List.of("demo", "new"));
    groups.put("Check and plan", List.of("validate", "prioritise", "diff"));
    groups.put("Make documents", List.of("render", "blank", "terminology"));
    groups.put("Store and share", List.of("convert", "redact", "schema", "serve"));
    groups.put("Help", List.of("help"));
    return Collections.unmodifiableMap(groups);
  }

  /** How far the help reaches: it reads like a page of a manual, not a terminal's width. */
  static final int HELP_WIDTH = 80;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Whether standard error is a terminal, where progress can be a bar redrawn in place. */
  boolean terminal;

  /** What this run writes, so that nothing half-done is left behind. */
  Outputs outputs;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "say what to do: try 'formulation demo', or see the commands with 'formulation --help'");
  }

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the command and its options, such as {@code validate ahmed.yaml}
   */
  public static void main(String[] args) {
    // PDFBox warns on standard error each time the layout engine makes its (unused) standard
    // form font, ZapfDingbats, on a machine without it; a user can do nothing about it. Every
    // command that writes a PDF (render, blank, diff, demo) would show it.
    PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
    StandardOutput stdout = new StandardOutput();
    PrintWriter out = new PrintWriter(stdout, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    Outputs.removeOnExit(err);
    OutOfMemory.onAnyThread(err);
    int code = run(args, out, err, stderrIsTerminal(), stdout);
    err.flush();
    System.exit(code);
  }

  /** Held here because loggers are only weakly kept: a level set on one could be lost. */
  private static final java.util.logging.Logger PDFBOX_LOG =
      java.util.logging.Logger.getLogger("org.apache.pdfbox");

  /**
   * Runs the command line with the given output streams, neither of them a terminal, and
   * returns the exit code.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, false);
  }

  /**
   * Runs the command line with the given output streams and returns the exit code.
   *
   * @param terminal whether {@code err} is a terminal, for a progress bar
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    return run(args, out, err, terminal, null);
  }

  /**
   * Runs the command line and returns the exit code: 4 at least if {@code out} could not be
   * written, which is then said once, with the reason {@code stdout} gives.
   *
   * @param stdout the stream under {@code out}, which knows why a write failed; null if unknown
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal,
      StandardOutput stdout) {
    int code = execute(args, out, err, terminal);
    // checkError() flushes first, so that what is still buffered is written, or fails, now.
    if (out.checkError()) {
      String why = Optional.ofNullable(stdout).flatMap(StandardOutput::failure)
          .map(e -> ": " + Problems.describe(e)).orElse("");
      err.println("formulation: standard output could not be written" + why + "; what was"
          + " sent there is incomplete");
      err.flush();
      code = Math.max(code, ExitCode.UNWRITABLE);
    }
    return code;
  }

  private static int execute(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    boolean debug = Arrays.asList(args).contains("--debug");
    FormulationCommand root = new FormulationCommand();
    root.terminal = terminal;
    root.outputs = new Outputs(err);
    CommandLine cl = new CommandLine(root)
        .setOut(out)
        .setErr(err)
        .setUsageHelpWidth(HELP_WIDTH)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .registerConverter(java.time.LocalDate.class, new DateConverter())
        .setParameterExceptionHandler((ex, ignored) -> {
          CommandLine cmd = ex.getCommandLine();
          cmd.getErr().println("formulation: " + UsageMistakes.describe(ex, args));
          cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName()
              + " --help' to see how to use it.");
          if (debug) {
            ex.printStackTrace(cmd.getErr());
          }
          return ExitCode.USAGE;
        })
        .setExecutionExceptionHandler((ex, cmd, parsed) -> internal(ex, cmd.getErr(), debug));
    cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
        FormulationCommand::commandList);
    cl.getSubcommands().get("help").getCommandSpec().usageMessage()
        .header("What a command does, with examples.");
    cl.getSubcommands().values().forEach(sub -> lay(sub.getCommandSpec()));
    cl.getSubcommands().get("blank").setResourceBundle(
        RenderChoices.offering(BlankCommand.FORMATS));
    root.outputs.begin();
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      return OutOfMemory.report(e, "", err, debug);
    } catch (StackOverflowError | LinkageError e) {
      // Picocli hands on only exceptions; an error of these kinds is a fault of ours too.
      return internal(e, err, debug);
    } finally {
      root.outputs.end();
    }
  }

  /** Reports a fault inside formulation in one line, with a stack trace only for --debug. */
  private static int internal(Throwable e, PrintWriter err, boolean debug) {
    err.println("formulation: something went wrong inside formulation: " + e
        + (debug ? "" : " (run again with --debug to see where)"));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL;
  }

  /**
   * Lays a subcommand's help out like a page of a manual: the header, then the usage, the
   * description and the lists, each after a blank line; the description's paragraphs apart.
   */
  private static void lay(CommandLine.Model.CommandSpec command) {
    UsageMessageSpec usage = command.usageMessage();
    if (usage.header().length > 0) {
      usage.synopsisHeading("%nUsage: ");
    }
    usage.descriptionHeading("%n");
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : usage.description()) {
      if (!paragraphs.isEmpty()) {
        paragraphs.add("");
      }
      paragraphs.add(paragraph);
    }
    usage.description(paragraphs.toArray(new String[0]));
    boolean arguments = !command.positionalParameters().isEmpty();
    usage.parameterListHeading(arguments ? "%nArguments:%n" : "");
    usage.optionListHeading("%nOptions:%n");
  }

  /** The commands under their group headings, each with its one-line header. */
  private static String commandList(Help help) {
    Map<String, Help> commands = help.subcommands();
    if (commands.isEmpty()) {
      return "";
    }
    int nameWidth = 12;
    int indent = 4 + nameWidth;
    Map<String, List<String>> groups = new LinkedHashMap<>(GROUPS);
    List<String> others = new ArrayList<>(commands.keySet());
    groups.values().forEach(others::removeAll);
    if (!others.isEmpty()) {
      groups.put("Other", others);
    }
    StringBuilder s = new StringBuilder();
    groups.forEach((group, names) -> {
      s.append("  ").append(group).append('\n');
      for (String name : names) {
        Help command = commands.get(name);
        if (command == null) {
          continue;
        }
        List<String> lines = TerminalText.wrap(summary(command.commandSpec()),
            HELP_WIDTH - indent);
        s.append("    ").append(TerminalText.padRight(name, nameWidth)).append(lines.get(0))
            .append('\n');
        for (String more : lines.subList(1, lines.size())) {
          s.append(" ".repeat(indent)).append(more).append('\n');
        }
      }
    });
    return s.toString();
  }

  private static String summary(CommandLine.Model.CommandSpec command) {
    String[] header = command.usageMessage().header();
    String[] description = command.usageMessage().description();
    String line = header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
    return line.replace("%n", " ").strip();
  }

  /**
   * Whether standard error goes to a terminal, where a bar can be drawn in place. Java can only
   * ask whether there is a console at all (standard input and output on a terminal); on Linux
   * the file behind standard error says whether it, too, is one.
   */
  static boolean stderrIsTerminal() {
    Console console = System.console();
    if (console == null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      // From Java 22 a console is there even when redirected, and says so here.
      Object isTerminal = Console.class.getMethod("isTerminal").invoke(console);
      if (Boolean.FALSE.equals(isTerminal)) {
        return false;
      }
    } catch (ReflectiveOperationException e) {
      // Before Java 22 a console is only there when attached to a terminal.
    }
    Path stderr = Path.of("/proc/self/fd/2");
    if (!Files.exists(stderr)) {
      return true;
    }
    try {
      String target = Files.readSymbolicLink(stderr).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** Reads the version from the properties written at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
          "formulation " + p.getProperty("version", "(unknown version)"),
          "Reads and writes the sixps/1 formulation format."
      };
    }
  }
}
