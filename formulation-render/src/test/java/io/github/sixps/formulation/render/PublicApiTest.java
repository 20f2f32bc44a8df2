package io.github.sixps.formulation.render;

import io.github.sixps.formulation.testing.PublicSignatures;
import org.junit.jupiter.api.Test;

/**
 * Rendering's public API is made of JDK types and SixPs' own: Guava, used inside, appears in no
 * public or protected signature of a package its module exports, so an embedder's code never
 * depends on it.
 */
class PublicApiTest {
  @Test
  void noPublicSignatureNamesAGuavaType() {
    PublicSignatures.ofModuleOf(Renderer.class).assertNoGuavaType();
  }
}
