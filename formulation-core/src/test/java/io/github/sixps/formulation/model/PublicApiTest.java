package io.github.sixps.formulation.model;

import io.github.sixps.formulation.testing.PublicSignatures;
import org.junit.jupiter.api.Test;

/**
 * The core's public API is made of JDK types and its own: Guava, which it uses inside, appears in
 * no public or protected signature of an exported package, so an embedder's code never depends on
 * it (and the module no longer requires it transitively).
 */
class PublicApiTest {
  @Test
  void noPublicSignatureNamesAGuavaType() {
    PublicSignatures.ofModuleOf(Formulation.class).assertNoGuavaType();
  }
}
