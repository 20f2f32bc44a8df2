package io.github.sixps.formulation.render.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Every document of {@link Preview} is made, and is a zip package of some size. */
class PreviewTest {
  @Test
  void everyDocumentIsMade() throws Exception {
    for (var e : Preview.files().entrySet()) {
      byte[] bytes = Files.readAllBytes(e.getValue());
      assertTrue(bytes.length > 4000 && bytes[0] == 'P' && bytes[1] == 'K', e.getKey());
    }
  }
}
