package io.github.sixps.formulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A tab is reported at the path of the line it is on, not where the reader had got to: a tab
 * on the second person's line is in {@code people[1]}, not {@code people[0]}.
 */
class TabPathTest {
  private static final String HEAD = "schema: sixps/1\ntitle: Tabs\nformulatedOn: 2026-11-01\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // The second person's line starts with a tab.
      "second entry|people:\\n  - { id: ben, name: Ben, role: child }\\n\\t- { id: kim, name: Kim }\\n"
          + "|6|people[1]",
      // A key of the second person, indented with a tab.
      "second entry's key|people:\\n  - id: ben\\n    name: Ben\\n  - id: kim\\n\\tname: Kim\\n"
          + "|8|people[1]",
      // The first entry of a list, its line starting with a tab.
      "first entry|people:\\n\\t- id: amira\\n|5|people[0]",
      // A key of the first person, as before.
      "first entry's key|people:\\n  - id: amira\\n\\tname: Amira\\n|6|people[0]",
      // Deeper: the third action's key.
      "an action|plan:\\n  actions:\\n    - id: A1\\n    - id: A2\\n    - id: A3\\n\\t  owner: sara\\n"
          + "|9|plan.actions[2]"})
  void theTabIsPlacedOnItsOwnLine(String what, String body, int line, String path) {
    String yaml = HEAD + body.replace("\\n", "\n").replace("\\t", "\t");
    FormulationReadException e = assertThrows(FormulationReadException.class,
        () -> FormulationReader.standard().read(yaml, FileFormat.YAML, "tabs.yaml"));
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(path, e.path(), e.getMessage());
  }
}
