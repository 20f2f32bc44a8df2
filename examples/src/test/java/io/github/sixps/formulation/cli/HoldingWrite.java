package io.github.sixps.formulation.cli;

/**
 * The command line, made to stop for good once an output's temporary file is whole and before
 * it is moved into place: the moment a Ctrl-C during the final write of a PDF catches. It says
 * {@code holding PATH} on standard error, for the test to act on.
 */
final class HoldingWrite {
  private HoldingWrite() {}

  public static void main(String[] args) {
    Outputs.beforeMove = temp -> {
      System.err.println("holding " + temp);
      System.err.flush();
      while (true) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    };
    FormulationCommand.main(args);
  }
}
