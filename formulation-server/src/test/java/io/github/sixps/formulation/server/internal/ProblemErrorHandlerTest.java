package io.github.sixps.formulation.server.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProblemErrorHandlerTest {
  @Test
  void aFaultIsDescribedByItsKindsAndPlacesNeverItsWords() {
    IllegalArgumentException root = new IllegalArgumentException("SOURCE_DATE_EPOCH is 'Zanele'");
    String line = ProblemErrorHandler.fault(new IllegalStateException("renderer for Zanele",
        root));
    assertTrue(line.startsWith("java.lang.IllegalStateException at "
        + ProblemErrorHandlerTest.class.getName()), line);
    assertTrue(line.contains(", caused by java.lang.IllegalArgumentException at "), line);
    assertFalse(line.contains("Zanele"), line);
    assertFalse(ProblemErrorHandler.fault(root).contains("caused by"));
  }
}
