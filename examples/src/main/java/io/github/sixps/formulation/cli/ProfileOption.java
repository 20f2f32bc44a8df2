package io.github.sixps.formulation.cli;

import io.github.sixps.formulation.validate.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --profile NAME|FILE}: which rules run, and at what severity, for the commands that
 * check formulations ({@code validate}, and {@code serve} for its editor, caseload and API).
 */
final class ProfileOption {
  @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = "standard",
      description = "standard (the default); draft, while it is being written (what is "
          + "broken, with what is still blank as notes); strict, for sign-off; or a profile "
          + "file.")
  String profile;

  /**
   * The profile named, or read from the file given.
   *
   * @param cl the command line, for a usage error
   * @return the profile
   * @throws CommandLine.ParameterException naming the option, when it is no profile
   */
  Profile chosen(CommandLine cl) {
    Path file = Path.of(profile);
    try {
      if (Files.isRegularFile(file)) {
        return Profile.load(file);
      }
      return Profile.named(profile);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "--profile: " + e.getMessage());
    } catch (IOException e) {
      throw new CommandLine.ParameterException(cl, "--profile " + profile
          + ": " + Problems.describe(e));
    }
  }
}
