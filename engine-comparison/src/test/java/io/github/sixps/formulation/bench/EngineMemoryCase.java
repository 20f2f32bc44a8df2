package io.github.sixps.formulation.bench;

import io.github.sixps.formulation.render.fop.FopPdf;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;

/**
 * The {@linkplain MemoryCase memory case} for the FOP engine: operation {@code fop} writes the
 * formulation's PDF with {@link FopPdf}, measured exactly as the shipped engine's {@code pdf}.
 */
public final class EngineMemoryCase {
  private EngineMemoryCase() {}

  /** Arguments as {@link MemoryCase}'s: {@code fop FILE OUT}. */
  public static void main(String[] args) throws IOException {
    MemoryCase.measure(args, (operation, formulation, out) -> {
      if (!operation.equals("fop")) {
        throw new IllegalArgumentException("operation: expected fop, was " + operation);
      }
      try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
        FopPdf.builder().build().render(formulation, o);
      }
    });
  }
}
