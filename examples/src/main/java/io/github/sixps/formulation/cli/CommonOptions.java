package io.github.sixps.formulation.cli;

import picocli.CommandLine.Option;

/** Options every subcommand takes. */
final class CommonOptions {
  @Option(names = "--debug", description = "Also print a stack trace for each problem.")
  boolean debug;
}
