package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.examples.BundledExamples;
import io.github.sixps.formulation.render.pdf.PdfRenderer;
import io.github.sixps.formulation.server.FormulationServer;
import io.github.sixps.formulation.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code formulation serve [FOLDER]}: the formulations in a folder over HTTP, with the JSON API,
 * until Ctrl-C.
 */
@Command(
    name = "serve",
    header = "Serves a folder of formulations in the browser and as a JSON API.",
    sortOptions = false,
    description = {
        "Serves the formulations in FOLDER (the current folder if left out) on this computer"
            + " only, and prints the address to open. The JSON API is at /api, described at"
            + " /openapi.json. Ctrl-C stops it.",
        "The editor's checks and the caseload's counts use the rules of --profile.",
        "With --bind, other computers can reach it too; then every request needs a token,"
            + " which is printed in the address to open."
    },
    footerHeading = "%nExamples:%n",
    footer = {
        "  formulation serve",
        "  formulation serve caseload --port 9000",
        "  formulation serve --examples",
        "  formulation serve caseload --profile council-profile.yaml",
        "  formulation serve caseload --bind 192.168.1.20",
        "",
        "Exit code 130 when stopped by Ctrl-C (143 by a termination signal), 2 when",
        "the command line was wrong, 3 when the folder cannot be served, 4 when the",
        "port cannot be listened on."
    })
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FOLDER",
      description = "The folder of .yaml, .yml and .json formulation files; the current"
          + " folder if left out.")
  Path folder;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "The port to listen on; 8080 unless given, 0 for any free one.")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on; 127.0.0.1 (this computer only) unless given."
          + " Any other address needs a token on every request.")
  String bind;

  @Option(names = "--examples",
      description = "Serve a copy of the worked examples instead of a folder. The copy, with"
          + " any edits made to it, is removed when the server stops.")
  boolean examples;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "The token every request must carry (16 or more letters, digits, - and"
          + " _); made up and printed unless given, when --bind is not 127.0.0.1.")
  String token;

  @Mixin
  ProfileOption profile;

  /** Released by the shutdown hook, or by a test, to stop the server. */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    CommandLine cl = spec.commandLine();
    PrintWriter out = cl.getOut();
    Problems problems = new Problems(cl.getErr(), common.debug);
    if (examples && folder != null) {
      throw new CommandLine.ParameterException(cl, "give a FOLDER or --examples, not both");
    }
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(cl, "--port: " + port + " is not a port; use 1"
          + " to 65535, or 0 for any free one");
    }
    // Every PDF would fail on a SOURCE_DATE_EPOCH that is not a date: said once, here.
    PdfRenderers.build(PdfRenderer.builder(), cl);
    FormulationServer.Builder builder = FormulationServer.builder().port(port)
        .validator(Validator.builder().profile(profile.chosen(cl)).build());
    try {
      builder.bind(address(cl));
      if (token != null) {
        builder.token(token);
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "--" + e.getMessage());
    }
    Path served;
    try {
      served = examples ? ExamplesCopy.make() : folder == null ? Path.of("") : folder;
    } catch (IOException e) {
      problems.line("formulation serve: the worked examples could not be copied: "
          + Problems.describe(e));
      return ExitCode.UNWRITABLE;
    }
    // The copy of the examples is this run's to remove, whichever way it ends: stopped by
    // Ctrl-C or a termination signal (the hook below), or returning, an error included.
    Runnable removeCopy = examples ? () -> ExamplesCopy.remove(served) : () -> { };
    try {
      return serve(builder, served, out, problems, removeCopy);
    } finally {
      removeCopy.run();
    }
  }

  private int serve(FormulationServer.Builder builder, Path served, PrintWriter out,
      Problems problems, Runnable removeCopy) throws InterruptedException {
    CommandLine cl = spec.commandLine();
    Path shown = served.toAbsolutePath().normalize();
    if (!Files.exists(shown)) {
      problems.line(TerminalText.clean(shown.toString()) + ": no such folder");
      return ExitCode.UNREADABLE;
    }
    if (!Files.isDirectory(shown)) {
      problems.line(TerminalText.clean(shown.toString()) + ": not a folder; give the folder"
          + " that holds the formulation files");
      return ExitCode.UNREADABLE;
    }
    FormulationServer server;
    try {
      server = builder.folder(served).build().start();
    } catch (NoSuchFileException | NotDirectoryException e) {
      problems.line(TerminalText.clean(shown.toString()) + ": " + Problems.describe(e));
      return ExitCode.UNREADABLE;
    } catch (IOException e) {
      problems.line("formulation serve: " + TerminalText.clean(e.getMessage())
          + (e.getMessage() != null && e.getMessage().contains("in use") ? "; stop what is"
          + " using it, or choose another with --port" : ""));
      if (common.debug) {
        e.printStackTrace(cl.getErr());
      }
      return ExitCode.UNWRITABLE;
    }
    Thread hook = new Thread(() -> {
      server.stop();
      removeCopy.run();
      stop.countDown();
    }, "formulation-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("Serving " + TerminalText.clean(shown.toString())
        + (examples ? " (a copy of the worked examples)" : "") + ".");
    out.println("Open " + server.url());
    if (server.token().isPresent()) {
      out.println("Programs send the header: Authorization: Bearer " + server.token().get());
    }
    out.println("Press Ctrl-C to stop.");
    if (out.checkError()) {
      // No one can see the address to open: stopped, and said at the end (exit code 4).
      server.stop();
      Runtime.getRuntime().removeShutdownHook(hook);
      return ExitCode.UNWRITABLE;
    }
    stop.await();
    server.stop();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Shutting down already: the hook is what stopped the server.
    }
    return ExitCode.OK;
  }

  private InetAddress address(CommandLine cl) {
    try {
      return InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new CommandLine.ParameterException(cl, "--bind: \"" + TerminalText.clean(bind)
          + "\" is not an address of this computer; use 127.0.0.1, or an address such as"
          + " 192.168.1.20");
    }
  }
}
