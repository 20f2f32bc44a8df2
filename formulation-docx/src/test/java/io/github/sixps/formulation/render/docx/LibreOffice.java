package io.github.sixps.formulation.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sixps.formulation.testing.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice, headless, as a reader of the Word documents: Debian's {@code
 * libreoffice-writer-nogui}. Where it is missing the calling test is skipped, saying how to
 * install it, or, where {@code CI} is set, fails.
 */
final class LibreOffice {
  private LibreOffice() {}

  /**
   * Converts every file to {@code format} (such as {@code pdf} or {@code html}) into {@code
   * outDir}, in one run with a profile of its own, so that a LibreOffice the user has open is
   * neither used nor disturbed.
   */
  static void convert(List<Path> files, String format, Path outDir) throws IOException,
      InterruptedException {
    Path soffice = ExternalTool.require(List.of("soffice", "libreoffice"),
        "apt-get install libreoffice-writer-nogui");
    Files.createDirectories(outDir);
    Path profile = Files.createTempDirectory("sixps-lo-profile");
    List<String> command = new ArrayList<>(List.of(soffice.toString(),
        "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
        "--convert-to", format, "--outdir", outDir.toString()));
    files.forEach(f -> command.add(f.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("LibreOffice did not finish converting in 10 minutes");
    }
    assertEquals(0, p.exitValue(), output);
  }
}
