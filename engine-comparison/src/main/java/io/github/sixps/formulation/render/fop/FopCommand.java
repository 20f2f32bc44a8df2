package io.github.sixps.formulation.render.fop;

import io.github.sixps.formulation.io.FormulationReader;
import io.github.sixps.formulation.io.ReadLimits;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The FOP engine as a one-shot command, for timing it cold against {@code formulation render
 * --to pdf} and Chromium: {@code FopCommand IN.yaml OUT.pdf [archival]}. It reads the file with
 * no size limit (the comparison's largest inputs are past the default), renders it and writes
 * the PDF, as the command line does.
 */
public final class FopCommand {
  private FopCommand() {}

  /** Renders {@code args[0]} to {@code args[1]}; {@code archival} as a third adds PDF/A-3a. */
  public static void main(String[] args) throws IOException {
    var formulation = FormulationReader.builder()
        .limits(ReadLimits.defaults().withMaxBytes(Integer.MAX_VALUE)).build()
        .read(Path.of(args[0]));
    FopPdf engine = FopPdf.builder().archival(args.length > 2 && args[2].equals("archival"))
        .build();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])))) {
      engine.render(formulation, out);
    }
  }
}
