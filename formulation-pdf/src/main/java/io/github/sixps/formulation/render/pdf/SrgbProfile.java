package io.github.sixps.formulation.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The sRGB colour profile archival PDFs embed, bundled with this module (color/COLOR.md says
 * where it is from): the Java runtime's own copy differs between Java versions, and with it the
 * bytes of every archival PDF.
 */
final class SrgbProfile {
  private static final String RESOURCE = "color/sRGB.icc";
  private static final byte[] BYTES = load();

  private SrgbProfile() {}

  /** {@return the profile's bytes, a copy for each caller} */
  static byte[] bytes() {
    return BYTES.clone();
  }

  private static byte[] load() {
    try (InputStream in = SrgbProfile.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from formulation-pdf's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
