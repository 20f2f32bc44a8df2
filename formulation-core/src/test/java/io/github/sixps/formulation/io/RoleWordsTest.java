package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A role written in everyday words gets the role those words mean as its "did you mean", not
 * the nearest spelling: a brother is a sibling, never "other".
 */
class RoleWordsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "brother, sibling", "sister, sibling", "half-brother, sibling", "Half Brother, sibling",
      "mum, parent", "dad, parent", "mother, parent", "father, parent",
      "nan, grandparent", "gran, grandparent", "grandad, grandparent",
      "aunt, relative", "uncle, relative", "cousin, relative",
      "foster carer, carer", "'foster_carer', carer",
      // A misspelling still gets the nearest role.
      "parnet, parent", "sibing, sibling"})
  void theRoleTheWordsMeanIsSuggested(String written, String suggested) {
    String yaml = "schema: sixps/1\ntitle: Roles\nformulatedOn: 2026-11-01\npeople:\n"
        + "  - { id: ben, name: Ben, role: child }\n"
        + "  - { id: sam, name: Sam, role: \"" + written + "\" }\n";
    FormulationReadException e = assertThrows(FormulationReadException.class,
        () -> FormulationReader.standard().read(yaml, FileFormat.YAML, "roles.yaml"));
    assertEquals("people[1].role", e.path(), e.getMessage());
    assertEquals(Optional.of(suggested), e.suggestion(), e.getMessage());
  }
}
