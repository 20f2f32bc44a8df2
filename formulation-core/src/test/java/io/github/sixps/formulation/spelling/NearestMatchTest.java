package io.github.sixps.formulation.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "did you mean" that the reader, the validator and the command line share. */
class NearestMatchTest {
  private static final List<String> KEYS = List.of("id", "name", "role", "agency", "nextReview");

  @Test
  void twoNeighbouringLettersSwappedAreOneSlip() {
    assertEquals(Optional.of("name"), NearestMatch.among("nmae", KEYS));
  }

  @Test
  void caseSpacesAndUnderscoresDoNotCount() {
    assertEquals(Optional.of("nextReview"), NearestMatch.among("next_review", KEYS));
    assertEquals(Optional.of("nextReview"), NearestMatch.among("NEXTREVIEW", KEYS));
  }

  @Test
  void aFewEditsAreSuggestedInALongerWord() {
    assertEquals(Optional.of("agency"), NearestMatch.among("agancy", KEYS));
  }

  @Test
  void aWordTooFarFromEveryKnownOneHasNoSuggestion() {
    assertEquals(Optional.empty(), NearestMatch.among("colour", KEYS));
    assertEquals(Optional.empty(), NearestMatch.among("  ", KEYS));
  }

  @Test
  void theWordItselfIsNeverSuggested() {
    assertEquals(Optional.empty(), NearestMatch.among("role", List.of("role")));
  }
}
