package io.github.sixps.formulation.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sixps.formulation.model.Formulation;
import io.github.sixps.formulation.model.PresentingIssue;
import java.util.List;
import org.junit.jupiter.api.Test;

class FamilyReadinessTest {
  private static Formulation saying(String statement) {
    return Formulation.builder().title("T")
        .addPresenting(PresentingIssue.of("P1", statement)).build();
  }

  @Test
  void blamingWordsKeepAFormulationFromTheFamily() {
    List<Finding> blockers = FamilyReadiness.standard()
        .blockers(saying("Home conditions are chaotic and Mum is failing to engage."));
    assertEquals(2, blockers.size(), blockers.toString());
    assertTrue(blockers.stream().allMatch(f -> f.code().equals(FamilyReadiness.RULE)));
    assertEquals("presenting[P1].statement", blockers.get(0).path());
  }

  @Test
  void plainWordsAreReadyEvenWithOtherFindings() {
    assertTrue(FamilyReadiness.standard().isReady(saying("Sam finds mornings hard.")));
  }

  @Test
  void aValidatorWithoutTheRuleBlocksNothing() {
    Validator off = Validator.builder().disable(FamilyReadiness.RULE).build();
    assertTrue(FamilyReadiness.using(off).isReady(saying("The home is chaotic.")));
    assertFalse(FamilyReadiness.standard().isReady(saying("The home is chaotic.")));
  }
}
