package io.github.sixps.formulation.cli;

import picocli.CommandLine.Option;

/** Options every subcommand takes. */
final class CommonOptions {
  // Last in each command's list of options: they are the same everywhere.
  @Option(names = {"-h", "--help"}, usageHelp = true, order = 1000,
      description = "Show this help, with examples, and exit.")
  boolean help;

  @Option(names = "--debug", order = 1001, description = "Also print a stack trace for each problem.")
  boolean debug;
}
