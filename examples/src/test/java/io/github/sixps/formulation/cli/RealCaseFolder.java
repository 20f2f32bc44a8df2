package io.github.sixps.formulation.cli;

import static io.github.sixps.formulation.cli.CommandLineTest.AHMED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test's folder holding a copy of a worked example standing in for a user's real case,
 * {@code real-case.yaml}, and its text as it was, to check it is never lost.
 */
abstract class RealCaseFolder {
  @TempDir
  Path dir;

  Path realCase;
  String realText;

  @BeforeEach
  void copyARealCase() throws IOException {
    realCase = Files.copy(AHMED, dir.resolve("real-case.yaml"));
    realText = Files.readString(realCase);
  }
}
