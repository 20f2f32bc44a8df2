package io.github.sixps.formulation.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code formulation} command line: works with Rethink "6Ps" formulation files.
 *
 * <pre>
 * formulation validate examples/src/main/resources/worked
 * formulation convert ahmed.yaml --to json --out ahmed.json
 * </pre>
 */
@Command(
    name = "formulation",
    mixinStandardHelpOptions = true,
    versionProvider = FormulationCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Works with Rethink \"6Ps\" formulations: presenting issues, predisposing, "
            + "precipitating, perpetuating and protective factors, and the plan.",
        "",
        "A formulation is a YAML or JSON file in the sixps/1 format (see docs/file-format.md)."
    },
    subcommands = {
        ValidateCommand.class,
        ConvertCommand.class,
        PrioritiseCommand.class,
        SchemaCommand.class,
        RenderCommand.class,
        BlankCommand.class,
        DiffCommand.class,
        RedactCommand.class,
        CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  fine",
        "  1  a finding at error severity",
        "  2  the command line was wrong",
        "  3  an input could not be read or parsed",
        "  4  an output could not be written",
        "",
        "Problems are printed to stderr as FILE:LINE:COLUMN: message. Add --debug to any "
            + "command to see a stack trace as well.",
        "",
        "Examples:",
        "  formulation validate examples/src/main/resources/worked",
        "  formulation convert family.yaml --to json --out family.json",
        "  formulation prioritise family.yaml --top 2",
        "  formulation diff family-november.yaml family.yaml",
        "  formulation schema --out sixps-1.schema.json",
        "  formulation redact family.yaml --shift-dates -90 --out training.yaml"
    })
public final class FormulationCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "say what to do: validate, convert or schema");
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with the given output streams and returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine cl = new CommandLine(new FormulationCommand())
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler((ex, ignored) -> {
          CommandLine cmd = ex.getCommandLine();
          cmd.getErr().println("formulation: " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
          cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName()
              + " --help' to see how to use it.");
          return ExitCode.USAGE;
        })
        .setExecutionExceptionHandler((ex, cmd, parsed) -> {
          cmd.getErr().println("formulation: something went wrong inside formulation: " + ex
              + (debug ? "" : " (run again with --debug to see where)"));
          if (debug) {
            ex.printStackTrace(cmd.getErr());
          }
          return ExitCode.INTERNAL;
        });
    return cl.execute(args);
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
