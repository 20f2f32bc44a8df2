package io.github.sixps.formulation.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The "Plain language" section of docs/rules.md stays true: every sentence it says the check
 * flags is flagged, and every plainer sentence it offers instead is not.
 */
class PlainLanguageDocumentTest {
  private static final Path DOCUMENT = Path.of("../docs/rules.md");
  private static final PlainLanguage PLAIN = PlainLanguage.standard();

  /** The rows of the tables under "## Plain language" whose header starts with {@code first}. */
  static List<List<String>> rows(String first) throws IOException {
    List<String> lines = Files.readAllLines(DOCUMENT);
    int start = lines.indexOf("## Plain language");
    assertTrue(start >= 0, "docs/rules.md has no \"## Plain language\" section");
    List<List<String>> rows = new ArrayList<>();
    boolean inTable = false;
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      String line = lines.get(i);
      if (!line.startsWith("|")) {
        inTable = false;
      } else if (line.startsWith("| " + first + " |")) {
        inTable = true;
      } else if (inTable && !line.startsWith("|---")) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
          cells.add(cell.strip());
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  @Test
  void everyInsteadOfIsFlaggedAndEveryTryIsNot() throws IOException {
    assertFirstColumnFlaggedAndSecondNot("Instead of", 3, 6 * 4);
  }

  @Test
  void everyFoundIsFlaggedAndEveryNotFoundIsNot() throws IOException {
    assertFirstColumnFlaggedAndSecondNot("Found", 2, 6);
  }

  private static void assertFirstColumnFlaggedAndSecondNot(String header, int columns,
      int fewestRows) throws IOException {
    List<List<String>> rows = rows(header);
    assertTrue(rows.size() >= fewestRows, header + " rows: " + rows.size());
    List<String> wrong = new ArrayList<>();
    for (List<String> row : rows) {
      assertEquals(columns, row.size(), row.toString());
      if (PLAIN.check(row.get(0)).isEmpty()) {
        wrong.add("not flagged: " + row.get(0));
      }
      if (!PLAIN.check(row.get(1)).isEmpty()) {
        wrong.add("flagged: " + row.get(1) + " " + PLAIN.check(row.get(1)));
      }
    }
    assertEquals(List.of(), wrong);
  }
}
