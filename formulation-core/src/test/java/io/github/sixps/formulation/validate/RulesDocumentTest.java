package io.github.sixps.formulation.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/rules.md stays true: its table lists every standard rule with its default severity. */
class RulesDocumentTest {
  private static final Path DOCUMENT = Path.of("../docs/rules.md");

  /** One row of the rules table. */
  record Row(String code, String category, String severity, String checks, String fix) {}

  private static Map<String, Row> rows;

  @BeforeAll
  static void readTable() throws IOException {
    rows = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8);
    boolean inTable = false;
    for (String line : lines) {
      if (line.startsWith("| code |")) {
        inTable = true;
        continue;
      }
      if (!inTable || line.startsWith("|---")) {
        continue;
      }
      if (!line.startsWith("|")) {
        break;
      }
      String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
      assertEquals(5, cells.length, "a row of five cells: " + line);
      String code = cells[0].strip();
      assertTrue(code.matches("`[a-z0-9-]+`"), "a code in backticks: " + line);
      Row row = new Row(code.substring(1, code.length() - 1), cells[1].strip(),
          cells[2].strip(), cells[3].strip(), cells[4].strip());
      assertTrue(rows.put(row.code(), row) == null, "listed twice: " + row.code());
    }
    assertFalse(rows.isEmpty(), "no rules table in " + DOCUMENT.toAbsolutePath());
  }

  @Test
  void everyStandardRuleIsInTheTableWithItsDefaultSeverityAndCategory() {
    for (Rule rule : Validator.standard().rules()) {
      Row row = rows.get(rule.code());
      assertNotNull(row, "docs/rules.md has no row for " + rule.code());
      assertEquals(rule.defaultSeverity().name().toLowerCase(Locale.ROOT), row.severity(),
          rule.code());
      assertEquals(rule.category().name().toLowerCase(Locale.ROOT), row.category(),
          rule.code());
    }
  }

  @Test
  void everyRowSaysWhatItChecksAndHowToFixIt() {
    for (Row row : rows.values()) {
      assertFalse(row.checks().isEmpty(), row.code());
      assertFalse(row.fix().isEmpty(), row.code());
      assertTrue(Set.of("error", "warning", "info").contains(row.severity()), row.code());
    }
  }

  @Test
  void everyRowIsARule() {
    Set<String> codes = Validator.standard().rules().stream().map(Rule::code)
        .collect(Collectors.toSet());
    for (Row row : rows.values()) {
      assertTrue(codes.contains(row.code()),
          "docs/rules.md lists a rule that does not exist: " + row.code());
    }
  }

  @Test
  void theReadingLevelIsSaidInTheMessagesOwnWords() {
    // The message says "school grade N"; the table says the same grade, not an age.
    String grade = String.format(Locale.ROOT, "school grade %.0f", LanguageRules.FAMILY_GRADE);
    assertTrue(rows.get("hard-to-read").checks().contains(grade + " or easier"),
        rows.get("hard-to-read").checks());
  }
}
